"""``AdminPage``: the administrator's window (role ``admin``), behind a sign-in.

Only administrators get in (leaders see the reports from the counter window). Tabs: office
(identity, logo, working windows and calendar overrides), staff, queue (areas, counters,
priority groups, fairness, display notice), procedure catalogue, printers per station, audit
log, and the period report. Every change runs through ``run_admin``: one transaction on the
worker thread that first checks the signed-in account is still an active administrator; the
services audit each change. The database work itself is ``AdminActions`` (``actions.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.admin.actions import AdminActions, AdminScope
from desktop_app.ui.common.operations import run_operation, user_message
from desktop_app.ui.counter.sign_in import SignInPanel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop_app.app import AppContext
    from desktop_app.services.office.identity import OfficeInfo
    from desktop_app.services.staff.accounts import StaffInfo

T = TypeVar("T")


class AdminPage(QWidget):
    """Sign-in, then the administration tabs; ``signed_in(StaffInfo)``, ``changed()``."""

    signed_in = Signal(object)
    changed = Signal()

    def __init__(self, context: AppContext, main_window: QWidget | None = None) -> None:
        super().__init__(main_window)
        self.setObjectName("adminPage")
        self.context = context
        self.actions = AdminActions(context)
        self.main_window = main_window
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.staff: StaffInfo | None = None
        self.office: OfficeInfo | None = None
        self.tab_pages: dict[str, QWidget] = {}
        self.sign_in_panel = SignInPanel()
        self.sign_in_panel.heading.setText(self.tr("Administration: sign in"))
        self.sign_in_panel.submitted.connect(self._sign_in)
        self.tabs = QTabWidget(objectName="adminTabs")
        self.staff_label = QLabel()
        self.status = QLabel(objectName="adminStatus", wordWrap=True)
        self.stack = QStackedWidget()
        self._build()

    def _build(self) -> None:
        work = QWidget()
        top = QHBoxLayout()
        top.addWidget(self.staff_label, 1)
        sign_out = QPushButton(self.tr("Sign out"))
        sign_out.clicked.connect(self.sign_out)
        top.addWidget(sign_out)
        column = QVBoxLayout(work)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.tabs, 1)
        column.addWidget(self.status)
        self.work_area = work
        self.stack.addWidget(self.sign_in_panel)
        self.stack.addWidget(work)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.stack)

    # --- sign-in --------------------------------------------------------------------------

    def _sign_in(self, username: str, password: str) -> None:
        self.sign_in_panel.set_busy(True)
        now = self.clock()
        run_operation(self, lambda: self.actions.sign_in(username, password, now),
                      self._signed_in, self._refused)  # fmt: skip

    def _refused(self, error: Exception) -> None:
        self.sign_in_panel.set_busy(False)
        self.sign_in_panel.show_message(
            user_message(error, self.tr("The database cannot be reached. Please try again."))
        )

    def _signed_in(self, result: tuple[Any, Any]) -> None:
        self.staff, self.office = result
        self.sign_in_panel.set_busy(False)
        self.staff_label.setText(self.tr("Administrator: {name}").format(
            name=self.staff.full_name))  # type: ignore[union-attr]  # fmt: skip
        if not self.tab_pages:
            self._load_tabs()
        self.stack.setCurrentWidget(self.work_area)
        status_bar = getattr(self.main_window, "station_status", None)
        if status_bar is not None:
            status_bar.set_user(self.staff.full_name)  # type: ignore[union-attr]
        for page in self.tab_pages.values():
            if hasattr(page, "refresh"):
                page.refresh()
        self.signed_in.emit(self.staff)

    def sign_out(self) -> None:
        self.staff = None
        self.sign_in_panel.reset_for_sign_in()
        self.sign_in_panel.heading.setText(self.tr("Administration: sign in"))
        self.stack.setCurrentWidget(self.sign_in_panel)
        status_bar = getattr(self.main_window, "station_status", None)
        if status_bar is not None:
            status_bar.set_user(None)

    def _load_tabs(self) -> None:
        from desktop_app.ui.admin.audit_tab import AuditTab
        from desktop_app.ui.admin.catalogue_tab import CatalogueTab
        from desktop_app.ui.admin.office_tab import OfficeTab
        from desktop_app.ui.admin.queue_tab import QueueTab
        from desktop_app.ui.admin.staff_tab import StaffTab
        from desktop_app.ui.reports.window import ReportsPage, reports_title

        reports = ReportsPage(self.context, None)
        reports.clock = self.clock
        pages = (
            ("office", OfficeTab(self), self.tr("Office and calendar")),
            ("staff", StaffTab(self), self.tr("Staff")),
            ("queue", QueueTab(self), self.tr("Queue and display")),
            ("catalogue", CatalogueTab(self), self.tr("Procedures")),
            ("audit", AuditTab(self), self.tr("Audit log")),
            ("reports", reports, reports_title()),
        )
        for key, page, title in pages:
            self.tab_pages[key] = page
            self.tabs.addTab(page, title)

    # --- running admin actions ---------------------------------------------------------------

    def scope(self) -> AdminScope:
        assert self.staff is not None and self.office is not None
        return AdminScope(self.office.id, self.staff.id, self.clock())

    def run_admin(
        self,
        work: Callable[[Session, AdminScope], T],
        on_success: Callable[[T], None],
        *,
        write: bool = True,
        done_message: str = "",
    ) -> None:
        """Run ``work`` in one transaction on the worker thread, as the signed-in admin."""
        if self.staff is None:
            return
        scope = self.scope()

        def success(result: T) -> None:
            if write or done_message:
                self.status.setStyleSheet("color: #1f5a2a")
                self.status.setText(done_message)
            on_success(result)
            if write:
                self.changed.emit()

        run_operation(self, lambda: self.actions.run(work, scope, write=write), success,
                      self.show_error)  # fmt: skip

    def show_error(self, error: Exception) -> None:
        message = user_message(
            error,
            QCoreApplication.translate(
                "AdminPage", "The change could not be saved. Please try again."
            ),
        )
        self.status.setStyleSheet("color: #b00020")
        self.status.setText(message)

    def saved_text(self) -> str:
        return self.tr("Saved.")
