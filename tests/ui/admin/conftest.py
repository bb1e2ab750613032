"""Fixtures of the administration window's tests: an office with an administrator and a
leader, the window shown, and signing in by keyboard."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from desktop_app.services.office.identity import current_office
from desktop_app.services.office.setup import set_up_office
from desktop_app.services.staff.accounts import StaffRole, add_staff
from desktop_app.ui.admin.window import AdminPage

NOW = datetime(2026, 11, 26, 2, 30, tzinfo=UTC)
PASSWORD = "motcua2026"


@pytest.fixture
def admin(make_context, qtbot):
    context = make_context(role="admin")
    with context.session() as session:
        set_up_office(session, context.settings.office_code, context.settings.office_name)
        office = current_office(session)
        for username, role in (("admin", StaffRole.ADMIN), ("lanhdao", StaffRole.LEADER)):
            add_staff(session, office.id, username=username, full_name="Nguyễn Văn Quản",
                      role=role, password=PASSWORD)  # fmt: skip
    page = AdminPage(context, None)
    page.clock = lambda: NOW
    qtbot.addWidget(page)
    page.resize(1500, 950)
    page.show()
    return page


def sign_in_as(page: AdminPage, qtbot, username: str) -> None:
    panel = page.sign_in_panel
    panel.username.setText(username)
    panel.password.setText(PASSWORD)
    qtbot.keyClick(panel.password, Qt.Key.Key_Return)
