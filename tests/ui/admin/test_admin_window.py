"""The administration window offscreen: sign-in for admins only, a new officer, a new counter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop_app.app import build_context
from desktop_app.services.staff.auth import sign_in
from desktop_app.storage.models import AuditEntry
from desktop_app.ui.display.announcer import RecordingBackend
from desktop_app.ui.display.window import DisplayPage
from tests.ui.admin.conftest import NOW, sign_in_as
from tests.ui.conftest import settle_gui


def test_only_administrators_get_in(admin, qtbot):
    sign_in_as(admin, qtbot, "lanhdao")
    qtbot.waitUntil(
        lambda: "Chỉ quản trị viên" in admin.sign_in_panel.message.text(), timeout=10_000
    )
    assert admin.stack.currentWidget() is admin.sign_in_panel
    sign_in_as(admin, qtbot, "admin")
    qtbot.waitUntil(lambda: admin.stack.currentWidget() is admin.work_area, timeout=10_000)
    titles = [admin.tabs.tabText(i) for i in range(admin.tabs.count())]
    assert titles[:2] == ["Đơn vị và lịch làm việc", "Cán bộ"] and "Báo cáo" in titles


def test_admin_creates_an_officer_who_can_sign_in(admin, qtbot):
    sign_in_as(admin, qtbot, "admin")
    qtbot.waitUntil(lambda: admin.stack.currentWidget() is admin.work_area, timeout=10_000)
    tab = admin.tab_pages["staff"]
    qtbot.waitUntil(lambda: tab.table.rowCount() == 2, timeout=10_000)
    tab.username.setText("canbo9")
    tab.full_name.setText("võ thị thảo")
    tab.role.setCurrentIndex(tab.role.findData("reception"))
    tab.password.setText("matkhau-moi-1")
    qtbot.mouseClick(tab.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 3, timeout=10_000)
    assert "canbo9" in admin.status.text()
    with admin.context.session() as session:
        outcome = sign_in(session, "canbo9", "matkhau-moi-1", now=NOW)
    assert outcome.ok and outcome.staff.full_name == "Võ Thị Thảo"
    with admin.context.session(read_only=True) as session:
        assert "staff_created" in set(session.scalars(select(AuditEntry.action)))


def test_admin_creates_a_counter_that_appears_on_the_display(admin, qtbot):
    display_context = build_context(admin.context.settings.with_values("test", role="display"))
    display = DisplayPage(display_context, None, backend=RecordingBackend())
    qtbot.addWidget(display)
    try:
        qtbot.waitUntil(lambda: display.board is not None, timeout=10_000)
        assert display.tiles == {}
        sign_in_as(admin, qtbot, "admin")
        qtbot.waitUntil(lambda: admin.stack.currentWidget() is admin.work_area, timeout=10_000)
        tab = admin.tab_pages["queue"]
        qtbot.waitUntil(lambda: tab.areas.rowCount() >= 2, timeout=10_000)
        tab.counter_number.setValue(4)
        tab.counter_name.setText("Quầy 4")
        tab.counter_areas.setText("B, A")
        tab.save_counter()
        qtbot.waitUntil(lambda: tab.counters.rowCount() == 1, timeout=10_000)
        assert tab.counters.item(0, 2).text() == "B, A"
        qtbot.waitUntil(lambda: list(display.tiles) == [4], timeout=10_000)
    finally:
        display.close()
        settle_gui()
        display_context.close()
