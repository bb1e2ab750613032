"""The main window of every station role: title, menus, status bar and the role's page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

import desktop_app
from desktop_app.ui.common.status_bar import StationStatusBar
from desktop_app.ui.shell.role_pages import page_factory
from desktop_app.ui.shell.roles import opens_full_screen, role_title
from desktop_app.ui.shell.welcome_page import WelcomePage

if TYPE_CHECKING:
    from desktop_app.app import AppContext


class MainWindow(QMainWindow):
    """One window per station process; what it shows depends on the station's role."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        settings = context.settings
        self.role: str = settings.role
        self.setObjectName("mainWindow")
        self.setWindowTitle(f"{settings.office_name} — {role_title(self.role)}")
        self.setMinimumSize(800, 560)

        self.page = self._make_page()
        self.setCentralWidget(self.page)

        self.station_status = StationStatusBar(
            settings.office_code, settings.office_name, settings.database_url, self
        )
        self.setStatusBar(self.station_status)
        self.sync_status = None
        if settings.central_server_url:
            from desktop_app.ui.common.sync_status import install_sync_status

            self.sync_status = install_sync_status(context, self.station_status)
        self._build_menus()

    def _make_page(self) -> QWidget:
        factory = page_factory(self.role)
        if factory is not None:
            return factory(self.context, self)
        settings = self.context.settings
        counter = settings.counter_number if self.role == "counter" else None
        return WelcomePage(self.role, settings.office_name, counter, self)

    @property
    def wants_full_screen(self) -> bool:
        """True for kiosks, public displays, and stations configured to fill the screen."""
        return opens_full_screen(self.role, bool(self.context.settings.fullscreen))

    def show_for_role(self) -> None:
        """Show the window full screen or normally, as the role and settings ask."""
        if self.wants_full_screen:
            self.showFullScreen()
        else:
            self.resize(1100, 720)
            self.show()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.quit_action = QAction(self.tr("E&xit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About"), self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def show_about(self) -> QMessageBox:
        """Open the About box without blocking the event loop."""
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(self.tr("One-stop counter software"))
        box.setInformativeText(
            self.tr("Version {version}\nOffice: {office}").format(
                version=desktop_app.__version__, office=self.context.settings.office_name
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.button(QMessageBox.StandardButton.Close).setText(self.tr("Close"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box
