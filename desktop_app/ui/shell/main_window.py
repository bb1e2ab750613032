"""The main window of every station role: title, menus, status bar and the role's page.

Public screens (kiosk, display, rating) show their page alone: no menu bar, no status bar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

import desktop_app
from desktop_app.ui.common.status_bar import StationStatusBar
from desktop_app.ui.shell.role_pages import page_factory
from desktop_app.ui.shell.roles import is_public_screen, opens_full_screen, role_title
from desktop_app.ui.shell.welcome_page import WelcomePage

if TYPE_CHECKING:
    from desktop_app.app import AppContext
    from desktop_app.config import Settings


class MainWindow(QMainWindow):
    """One window per station process; what it shows depends on the station's role.

    Built with a context it shows the role's page at once. Built with ``settings`` only (how a
    station starts) it shows a "starting" page until ``attach_context`` brings the database in,
    so the window is on screen before the heavy imports and the schema check.
    """

    page_ready = Signal()

    def __init__(
        self,
        context: AppContext | None,
        parent: QWidget | None = None,
        *,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.context: AppContext | None = None
        self.settings: Settings = settings if settings is not None else context.settings  # type: ignore[union-attr]
        self.role: str = self.settings.role
        self.setObjectName("mainWindow")
        self.setWindowTitle(f"{self.settings.office_name} — {role_title(self.role)}")
        if not is_public_screen(self.role):  # public screens fit any screen, portrait too
            self.setMinimumSize(800, 560)
        self.page: QWidget = self._starting_page()
        self.setCentralWidget(self.page)
        self.station_status: StationStatusBar | None = None
        self.sync_status = None
        self._build_actions()
        if not is_public_screen(self.role):
            self.station_status = StationStatusBar(
                self.settings.office_code,
                self.settings.office_name,
                self.settings.database_url,
                self,
            )
            self.setStatusBar(self.station_status)
            self._build_menus()
        if context is not None:
            self.attach_context(context)

    def attach_context(self, context: AppContext) -> None:
        """Bring in the database: the role's page replaces the starting page."""
        self.context = context
        self.page = self._make_page()
        self.setCentralWidget(self.page)
        if self.settings.central_server_url and self.station_status is not None:
            from desktop_app.ui.common.sync_status import install_sync_status

            self.sync_status = install_sync_status(context, self.station_status)
        if self.role != "display":  # displays and kiosks on a shared file leave it to others
            from desktop_app.ui.common.auto_backup import DailyBackup

            self.daily_backup = DailyBackup(context, self)
        self.page_ready.emit()

    def show_start_failure(self, message: str) -> None:
        """The database could not be opened: say so on the starting page, in Vietnamese."""
        if isinstance(self.page, WelcomePage):
            self.page.status_label.setText(
                self.tr("The office database cannot be opened: {reason}").format(reason=message)
            )

    def _starting_page(self) -> WelcomePage:
        counter = self.settings.counter_number if self.role == "counter" else None
        page = WelcomePage(self.role, self.settings.office_name, counter, self)
        page.status_label.setText(self.tr("Starting…"))
        return page

    def _make_page(self) -> QWidget:
        factory = page_factory(self.role)
        if factory is not None:
            return factory(self.context, self)
        counter = self.settings.counter_number if self.role == "counter" else None
        return WelcomePage(self.role, self.settings.office_name, counter, self)

    @property
    def wants_full_screen(self) -> bool:
        """True for kiosks, public displays, and stations configured to fill the screen."""
        return opens_full_screen(self.role, self.settings.fullscreen)

    def show_for_role(self) -> None:
        """Show the window full screen or normally, as the role and settings ask."""
        if self.wants_full_screen:
            # Without a window manager (a kiosk or a TV on a bare X server) showFullScreen
            # alone keeps the window at its last size: cover the screen first.
            self.setGeometry(self.full_screen_target().geometry())
            self.showFullScreen()
        else:
            self.resize(1100, 720)
            self.show()

    def full_screen_target(self) -> QScreen:
        """The screen to fill: the one ``display_screen`` names on a display, else this one."""
        screens = QGuiApplication.screens()
        index = self.settings.display_screen
        if self.role == "display" and 0 < index < len(screens):
            return screens[index]
        return self.screen() or QGuiApplication.primaryScreen()

    def _build_actions(self) -> None:
        """Exit (Ctrl+Q, also on public screens, for staff) and About."""
        self.quit_action = QAction(self.tr("E&xit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.addAction(self.quit_action)
        self.about_action = QAction(self.tr("&About"), self)
        self.about_action.triggered.connect(self.show_about)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def show_about(self) -> QMessageBox:
        """Open the About box without blocking the event loop."""
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(self.tr("One-stop counter software"))
        box.setInformativeText(
            self.tr("Version {version}\nOffice: {office}").format(
                version=desktop_app.__version__, office=self.settings.office_name
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.button(QMessageBox.StandardButton.Close).setText(self.tr("Close"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box
