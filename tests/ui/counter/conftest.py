"""Fixtures of the counter window's tests: an office with one officer, a signed-in window."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from desktop_app.services.office.setup import set_up_office
from desktop_app.services.staff.accounts import StaffRole, add_staff
from desktop_app.ui.counter.window import CounterPage

NOW = datetime(2026, 11, 26, 2, 30, tzinfo=UTC)  # Thursday 09:30 in Hà Nội
PASSWORD = "motcua2026"


def make_office(context) -> None:
    with context.session() as session:
        office = set_up_office(session, "000.00.31.H29", "UBND Phường Thử").office
        add_staff(session, office.id, username="canbo1", full_name="Nguyễn Thị Hồng Nhung",
                  role=StaffRole.RECEPTION, password=PASSWORD)  # fmt: skip


@pytest.fixture
def signed_in_counter(context, qtbot, tmp_path: Path) -> CounterPage:
    """The counter page at the window's default size, signed in, procedures loaded."""
    make_office(context)
    page = CounterPage(context, None)
    page.clock = lambda: NOW
    page.print_folder = tmp_path / "prints"
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    page.sign_in_panel.username.setText("canbo1")
    page.sign_in_panel.password.setText(PASSWORD)
    qtbot.keyClick(page.sign_in_panel.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.work_area, timeout=10_000)
    reception = page.page("reception_page")
    qtbot.waitUntil(lambda: reception.form.procedure.count() > 5, timeout=10_000)
    return page


def flush_deletes() -> None:
    """Run the deferred deletions (closed dialogs with WA_DeleteOnClose)."""
    app = QApplication.instance()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


@pytest.fixture
def counter_office() -> Callable[[object], None]:
    """Sets an office with the officer ``canbo1`` up in a context."""
    return make_office


@pytest.fixture
def deleted() -> Callable[[], None]:
    return flush_deletes
