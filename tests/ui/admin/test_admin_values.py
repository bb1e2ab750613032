"""The administration window shows values in Vietnamese, never the codes it stores."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QTableWidget, QTableWidgetItem

from desktop_app.services.office.identity import current_office
from desktop_app.services.office.settings import read_office_settings
from tests.ui.admin.conftest import sign_in_as

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]


def _signed_in(page, qtbot):
    sign_in_as(page, qtbot, "admin")
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.work_area, timeout=10_000)


def _column(table: QTableWidget, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]


def _cell_text(table: QTableWidget, row: int, column: int) -> str | None:
    item = table.item(row, column)
    return item.text() if item is not None else None


def _stored(page, key: str):
    with page.context.session(read_only=True) as session:
        setting = read_office_settings(session, current_office(session).id).get(key)
    return setting.value if setting else None


def test_working_days_are_ticked_weekdays_and_saved_as_the_setting_reads_them(admin, qtbot):
    _signed_in(admin, qtbot)
    tab = admin.tab_pages["office"]
    admin.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.days[0].isChecked(), timeout=10_000)
    assert all(isinstance(check, QCheckBox) for check in tab.days)
    assert [check.text() for check in tab.days] == WEEKDAYS
    assert [check.isChecked() for check in tab.days] == [True] * 5 + [False] * 2
    tab.days[5].setFocus()
    QTest.keyClick(tab.days[5], Qt.Key.Key_Space)  # Saturday, by keyboard
    assert tab.days[5].isChecked()
    tab.save_hours()
    qtbot.waitUntil(lambda: _stored(admin, "working_days") is not None, timeout=10_000)
    assert _stored(admin, "working_days") == "mon,tue,wed,thu,fri,sat"
    qtbot.waitUntil(lambda: admin.status.text() == "Đã lưu.", timeout=10_000)
    assert [check.isChecked() for check in tab.days] == [True] * 6 + [False]


def test_priority_groups_show_their_labels_and_keep_their_codes(admin, qtbot):
    _signed_in(admin, qtbot)
    tab = admin.tab_pages["queue"]
    qtbot.waitUntil(lambda: tab.groups.rowCount() >= 3, timeout=10_000)
    shown = [tab.groups.item(r, c).text() for r in range(tab.groups.rowCount()) for c in range(3)]
    assert "Người cao tuổi" in shown and "elderly" not in shown
    assert set(_column(tab.groups, 2)) == {"Có"}
    row = _column(tab.groups, 0).index("Người cao tuổi")
    tab.groups.selectRow(row)
    assert tab.group_label.text() == "Người cao tuổi" and tab.group_code == "elderly"
    tab.group_label.setText("Người cao tuổi (từ 75)")
    tab.save_group()
    qtbot.waitUntil(lambda: "Người cao tuổi (từ 75)" in _column(tab.groups, 0), timeout=10_000)
    assert "Người cao tuổi" not in _column(tab.groups, 0)  # the same group, renamed
    tab.new_group()
    tab.group_label.setText("Phụ nữ có thai")
    count = tab.groups.rowCount()
    tab.save_group()
    qtbot.waitUntil(lambda: tab.groups.rowCount() == count + 1, timeout=10_000)
    assert tab._data["groups"][_column(tab.groups, 0).index("Phụ nữ có thai")].code == (
        "phu_nu_co_thai"
    )


def test_staff_audit_and_catalogue_show_words_not_codes(admin, qtbot):
    _signed_in(admin, qtbot)
    staff = admin.tab_pages["staff"]
    qtbot.waitUntil(lambda: staff.table.rowCount() == 2, timeout=10_000)
    assert set(_column(staff.table, 2)) == {"Quản trị", "Lãnh đạo"}
    assert set(_column(staff.table, 4)) == {"Có"}
    staff.table.selectRow(_column(staff.table, 0).index("lanhdao"))
    staff.role.setCurrentIndex(staff.role.findData("reception"))
    staff.save_changes()
    qtbot.waitUntil(lambda: "Cán bộ tiếp nhận" in _column(staff.table, 2), timeout=10_000)
    admin.tab_pages["office"].save_hours()
    qtbot.waitUntil(lambda: _stored(admin, "working_days") is not None, timeout=10_000)
    audit = admin.tab_pages["audit"]
    audit.search()
    qtbot.waitUntil(lambda: "Sửa tài khoản" in _column(audit.table, 3), timeout=10_000)
    assert "vai trò: Cán bộ tiếp nhận" in _column(audit.table, 7)
    assert "Ngày làm việc" in _column(audit.table, 5) and "working_days" not in _column(
        audit.table, 5
    )
    assert "Đăng nhập" in _column(audit.table, 3) and "signed_in" not in _column(audit.table, 3)
    assert "Tài khoản" in _column(audit.table, 4) and "staff" not in _column(audit.table, 4)
    actions = [audit.action.itemText(i) for i in range(audit.action.count())]
    assert "Đăng nhập" in actions and "signed_in" not in actions
    assert _column(audit.table, 0)[0][2] == "/" and _column(audit.table, 0)[0][5] == "/"
    catalogue = admin.tab_pages["catalogue"]
    qtbot.waitUntil(lambda: catalogue.table.rowCount() > 5, timeout=10_000)
    limits = _column(catalogue.table, 3)
    assert all("_" not in text and "days" not in text for text in limits), limits
    assert any(text.endswith("ngày làm việc") for text in limits)
    assert "3 ngày làm việc" in limits and not any(",00" in text for text in limits), limits


def test_printers_name_stations_in_words(admin, qtbot):
    _signed_in(admin, qtbot)
    tab = admin.tab_pages["office"]
    admin.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.code.text() != "", timeout=10_000)  # the sign-in load has shown
    header = tab.printers.horizontalHeaderItem(0).text()
    assert "role" not in header and "vai trò" not in header
    tab._add_printer_row()
    for column, text in enumerate(("quay 2", "Máy in nhiệt", "Máy in A5")):
        tab.printers.setItem(0, column, QTableWidgetItem(text))
    tab.save_printers()
    qtbot.waitUntil(lambda: _stored(admin, "station_printers") is not None, timeout=10_000)
    assert _stored(admin, "station_printers") == {
        "counter:2": {"ticket_printer": "Máy in nhiệt", "form_printer": "Máy in A5"}
    }
    qtbot.waitUntil(lambda: _cell_text(tab.printers, 0, 0) == "Quầy 2", timeout=10_000)
    tab.printers.setItem(0, 0, QTableWidgetItem("Phòng họp"))
    tab.save_printers()
    assert "không phải tên máy trạm" in admin.status.text()
