"""``CounterPage``: the counter officer's work area, behind a sign-in and an idle lock.

What pages and panels can rely on (extension points):

* ``counter.context`` (AppContext), ``counter.staff`` (StaffInfo of the signed-in officer),
  ``counter.staff_id``, ``counter.office``, ``counter.calendar``, ``counter.now()``,
  ``counter.serving_ticket_id`` (the queue ticket being served, or None);
* ``counter.actions`` (``CounterActions``): the database steps, one session each, to run
  through ``run_operation``;
* the signals ``signed_in(StaffInfo)``, ``signed_out()``, ``serving_changed(object)``;
* ``counter.add_page(title, widget)`` and page modules ``*_page.py`` (see the package doc);
* ``counter.show_lookup()`` — focus the search field (F3 / Ctrl+F from anywhere);
* scans: ``counter.scanner`` (keyboard-wedge bursts) and, with ``scanner_serial_port`` set,
  ``counter.serial_scanner`` deliver each scan to the current page's ``handle_scan(text) ->
  bool`` (then the queue panel's); a scan nobody takes is typed into the focused field.

The queue panel ``desktop_app.ui.queue.counter_panel.QueuePanel(context, counter_number,
parent)`` is embedded on the left when that module exists.
"""

from __future__ import annotations

import importlib
import pkgutil
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.common.operations import run_operation, user_message
from desktop_app.ui.common.scanner_input import ScannerInput
from desktop_app.ui.counter.actions import CounterActions
from desktop_app.ui.counter.sign_in import SignInPanel

if TYPE_CHECKING:
    from desktop_app.app import AppContext
    from desktop_app.services.staff.accounts import StaffInfo

# Sign out so that another officer (the department's) can sign in at this PC.
SIGN_OUT_KEY = "Ctrl+Shift+L"
_INPUT_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel})


class _ActivityWatcher(QObject):
    """Restarts the idle timer on any key press, click or wheel turn in the application."""

    def __init__(self, on_activity: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._on_activity = on_activity

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in _INPUT_EVENTS:
            self._on_activity()
        return False


class CounterPage(QWidget):
    """Sign-in first, then the counter's pages; locks itself after idle minutes."""

    signed_in = Signal(object)
    signed_out = Signal()
    serving_changed = Signal(object)

    def __init__(self, context: AppContext, main_window: QWidget | None = None) -> None:
        super().__init__(main_window)
        self.setObjectName("counterPage")
        self.context = context
        self.actions = CounterActions(self)
        self.main_window = main_window
        self.staff: StaffInfo | None = None
        self.office: Any = None
        self.calendar: Any = None
        self.serving_ticket_id: uuid.UUID | None = None
        self.print_folder: Path | None = None
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.pages: dict[str, QWidget] = {}
        self.idle_lock_ms = context.settings.idle_lock_minutes * 60_000
        self.sign_in_panel = SignInPanel()
        self.lock_panel = SignInPanel()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("counterTabs")
        self.staff_label = QLabel()
        self.queue_panel = self._make_queue_panel()
        self.stack = QStackedWidget()
        self._build()
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.timeout.connect(self.lock)
        self._watcher = _ActivityWatcher(self._restart_idle_timer, self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._watcher)
        self.sign_in_panel.submitted.connect(self._sign_in)
        self.lock_panel.submitted.connect(self._unlock)
        self.lock_panel.sign_out_requested.connect(self.sign_out)
        self._add_shortcuts()
        self.scanner = ScannerInput(self)
        self.scanner.handlers.append(self._handle_scan)
        self.serial_scanner: Any = None
        self.scanner_message = ""
        self._open_serial_scanner()
        self.sign_in_panel.reset_for_sign_in()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        work = QWidget()
        top = QHBoxLayout()
        top.addWidget(self.staff_label, 1)
        sign_out = QPushButton(self.tr("Sign out (Ctrl+Shift+L)"))
        sign_out.setObjectName("signOut")
        sign_out.setShortcut(QKeySequence(SIGN_OUT_KEY))
        sign_out.clicked.connect(self.sign_out)
        top.addWidget(sign_out)
        column = QVBoxLayout()
        column.addLayout(top)
        column.addWidget(self.tabs, 1)
        right = QWidget()
        right.setLayout(column)
        layout = QHBoxLayout(work)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.queue_panel is not None:
            splitter = QSplitter(Qt.Orientation.Horizontal)
            splitter.addWidget(self.queue_panel)
            splitter.addWidget(right)
            splitter.setStretchFactor(1, 1)
            layout.addWidget(splitter)
        else:
            layout.addWidget(right)
        self.work_area = work
        for widget in (self.sign_in_panel, work, self.lock_panel):
            self.stack.addWidget(widget)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addWidget(self.stack)

    def _make_queue_panel(self) -> QWidget | None:
        try:
            module = importlib.import_module("desktop_app.ui.queue.counter_panel")
        except ModuleNotFoundError as exc:
            if exc.name and "desktop_app.ui.queue.counter_panel".startswith(exc.name):
                return None
            raise
        number = self.context.settings.counter_number
        panel: QWidget = module.QueuePanel(self.context, number, self)
        panel.serving_changed.connect(self._serving_changed)  # type: ignore[attr-defined]
        return panel

    def _add_shortcuts(self) -> None:
        for keys in ("F3", "Ctrl+F"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.show_lookup)
        for number in range(1, 10):
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda index=number - 1: self.show_tab(index))

    def show_tab(self, index: int) -> None:
        """Alt+1 … Alt+9: the tab at ``index`` with its first field focused (no mouse needed)."""
        page = self.tabs.widget(index)
        if self.staff is None or page is None or self.stack.currentWidget() is not self.work_area:
            return
        self.tabs.setCurrentWidget(page)
        if hasattr(page, "focus_first"):
            page.focus_first()
        else:
            page.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _open_serial_scanner(self) -> None:
        """Serial mode when ``scanner_serial_port`` names a port; keyboard mode otherwise."""
        port = self.context.settings.scanner_serial_port
        if not port:
            return
        from desktop_app.ui.common.serial_scanner import SerialScanner

        scanner = SerialScanner(port, self.context.settings.scanner_baud_rate, self)
        if scanner.open():
            scanner.scanned.connect(self._serial_scan)
            self.serial_scanner = scanner
            return
        self.scanner_message = self.tr(
            "The scanner's port {port} cannot be opened ({reason}): check the scanner's cable"
            " and the port in the settings (scanner_serial_port). Until then scan in keyboard"
            " mode."
        ).format(port=port, reason=scanner.error)
        self._show_scanner_message()

    def _show_scanner_message(self) -> None:
        if self.scanner_message and isinstance(self.main_window, QMainWindow):
            self.main_window.statusBar().showMessage(self.scanner_message)

    def _serial_scan(self, text: str) -> None:
        if self.staff is not None and not self.is_locked:
            self.scanner.deliver_scan(text)

    def _handle_scan(self, text: str) -> bool:
        """The current page first, then the queue panel (a ticket's barcode)."""
        if self.staff is None or self.is_locked:
            return False
        page = self.tabs.currentWidget()
        if page is not None and hasattr(page, "handle_scan") and page.handle_scan(text):
            return True
        panel = self.queue_panel
        return bool(panel is not None and panel.handle_scan(text))  # type: ignore[attr-defined]

    def _load_pages(self) -> None:
        """The page modules of this package, in their order, built for the signed-in officer."""
        package = importlib.import_module("desktop_app.ui.counter")
        modules = []
        for info in pkgutil.iter_modules(package.__path__):
            if info.name.endswith("_page"):
                modules.append(importlib.import_module(f"desktop_app.ui.counter.{info.name}"))
        for module in sorted(modules, key=lambda m: getattr(m, "PAGE_ORDER", 100)):
            widget = module.make_page(self)
            if widget is not None:
                self.add_page(module.page_title(), widget, key=module.__name__.rsplit(".", 1)[1])

    def add_page(self, title: str, widget: QWidget, *, key: str | None = None) -> int:
        """Add a tab; ``key`` (default: the title) names it in ``self.pages``."""
        self.pages[key or title] = widget
        index = self.tabs.addTab(widget, title)
        if index < 9:
            self.tabs.setTabToolTip(index, self.tr("Alt+{number}").format(number=index + 1))
        return index

    def page(self, key: str) -> QWidget | None:
        return self.pages.get(key)

    # --- state ----------------------------------------------------------------------------

    @property
    def staff_id(self) -> uuid.UUID | None:
        return self.staff.id if self.staff else None

    def now(self) -> datetime:
        return self.clock()

    def _serving_changed(self, ticket_id: object) -> None:
        self.serving_ticket_id = ticket_id if isinstance(ticket_id, uuid.UUID) else None
        self.serving_changed.emit(self.serving_ticket_id)

    def show_lookup(self) -> None:
        """Bring the lookup page forward with its search field focused and selected."""
        page = self.pages.get("lookup_page")
        if self.staff is None or page is None or self.stack.currentWidget() is not self.work_area:
            return
        self.tabs.setCurrentWidget(page)
        page.focus_search()  # type: ignore[attr-defined]

    # --- sign-in, lock --------------------------------------------------------------------

    def _sign_in(self, username: str, password: str) -> None:
        self.sign_in_panel.set_busy(True)
        run_operation(
            self,
            lambda: self.actions.sign_in(username, password, load_office=True),
            self._signed_in,
            lambda error: self._refused(self.sign_in_panel, error),
        )

    def _refused(self, panel: SignInPanel, error: Exception) -> None:
        panel.set_busy(False)
        panel.show_message(
            user_message(error, self.tr("The database cannot be reached. Please try again."))
        )

    def _signed_in(self, result: tuple[Any, Any, Any]) -> None:
        self.staff, self.office, self.calendar = result
        self.sign_in_panel.set_busy(False)
        self.staff_label.setText(
            self.tr("Officer: {name}").format(name=self.staff.full_name)  # type: ignore[union-attr]
        )
        if not self.pages:
            self._load_pages()
        if self.queue_panel is not None:
            self.queue_panel.set_staff(self.staff_id)  # type: ignore[attr-defined]
        self.stack.setCurrentWidget(self.work_area)
        self._restart_idle_timer()
        self._show_user(self.staff.full_name)  # type: ignore[union-attr]
        self.signed_in.emit(self.staff)
        current = self.tabs.currentWidget()
        if current is not None and hasattr(current, "focus_first"):
            current.focus_first()

    def sign_out(self) -> None:
        self.staff = None
        self._idle_timer.stop()
        if self.queue_panel is not None:
            self.queue_panel.set_staff(None)  # type: ignore[attr-defined]
        for page in self.pages.values():
            if hasattr(page, "clear_personal_data"):
                page.clear_personal_data()
        self.sign_in_panel.reset_for_sign_in()
        self.stack.setCurrentWidget(self.sign_in_panel)
        self._show_user(None)
        self.signed_out.emit()

    def _show_user(self, name: str | None) -> None:
        """The main window's status bar names the signed-in officer (when there is one)."""
        status_bar = getattr(self.main_window, "station_status", None)
        if status_bar is not None:
            status_bar.set_user(name)

    def lock(self) -> None:
        """Hide the work behind the lock screen until the officer's password is given again."""
        if self.staff is None or self.stack.currentWidget() is not self.work_area:
            return
        self.lock_panel.lock_for(self.staff.username, self.staff.full_name)
        self.stack.setCurrentWidget(self.lock_panel)

    @property
    def is_locked(self) -> bool:
        return self.stack.currentWidget() is self.lock_panel

    def _unlock(self, username: str, password: str) -> None:
        self.lock_panel.set_busy(True)
        run_operation(
            self,
            lambda: self.actions.sign_in(username, password, load_office=False),
            self._unlocked,
            lambda error: self._refused(self.lock_panel, error),
        )

    def _unlocked(self, _result: object) -> None:
        self.lock_panel.set_busy(False)
        self.stack.setCurrentWidget(self.work_area)
        self._restart_idle_timer()

    def _restart_idle_timer(self) -> None:
        if self.staff is not None and not self.is_locked:
            self._idle_timer.start(self.idle_lock_ms)
