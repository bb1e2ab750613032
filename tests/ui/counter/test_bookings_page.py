"""The counter's list of the day's bookings (F4) and check-in by scan or typed code."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.services.office.identity import current_office
from tests.support.bookings import CARD, pull_booking


def _pull(counter, minutes_from_now: int, **fields) -> str:
    start = datetime.now(UTC) + timedelta(minutes=minutes_from_now)
    with counter.context.session() as session:
        office = current_office(session)
        return pull_booking(session, office.id, start, **fields)["code"]


def _rows(page) -> list[list[str]]:
    table = page.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_f4_shows_the_days_bookings_by_slot_with_masked_phones(signed_in_counter, qtbot):
    counter = signed_in_counter
    late_code = _pull(counter, 30, name="Trần Thị Bình", phone="0987654321")
    early_code = _pull(counter, 0)
    _pull(counter, 24 * 60)  # tomorrow's: not in today's list
    QTest.keyClick(counter, Qt.Key.Key_F4)
    page = counter.page("bookings_tab_page")
    assert counter.tabs.currentWidget() is page
    assert QApplication.focusWidget() is page.code_input
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=5000)
    rows = _rows(page)
    assert [r[2] for r in rows] == [early_code, late_code]
    assert rows[1][3:7] == ["Trần Thị Bình", "*******321", "Chưa đến", ""]
    assert rows[0][1] and rows[0][1] != "A"  # the area's name, not its code
    assert page.title.text().startswith("Lịch hẹn ngày ")
    counter.sign_out()
    assert page.table.rowCount() == 0  # no names left on screen


def test_a_booking_scanned_on_another_tab_checks_in_and_shows_the_list(signed_in_counter, qtbot):
    counter = signed_in_counter
    code = _pull(counter, -5)
    assert counter.tabs.currentWidget() is counter.page("reception_page")
    counter.scanner.deliver_scan(code)
    page = counter.page("bookings_tab_page")
    assert counter.tabs.currentWidget() is page
    qtbot.waitUntil(
        lambda: page.message.text().startswith("Đã nhận lịch hẹn: số A001"), timeout=5000
    )
    qtbot.waitUntil(lambda: _rows(page) and _rows(page)[0][5:] == ["Đã đến", "A001"], timeout=5000)


def test_a_card_scanned_on_the_bookings_tab_checks_in(signed_in_counter, qtbot):
    counter = signed_in_counter
    _pull(counter, -40)  # past the grace period: a walk-in ticket
    QTest.keyClick(counter, Qt.Key.Key_F4)
    page = counter.page("bookings_tab_page")
    counter.scanner.deliver_scan(CARD)
    qtbot.waitUntil(lambda: page.message.text().startswith("Đến muộn so với giờ hẹn"), timeout=5000)
    qtbot.waitUntil(
        lambda: _rows(page) and _rows(page)[0][5] == "Đến muộn (số thường)", timeout=5000
    )


def test_a_typed_code_checks_in_and_a_wrong_one_is_explained(signed_in_counter, qtbot):
    counter = signed_in_counter
    code = _pull(counter, 0)
    QTest.keyClick(counter, Qt.Key.Key_F4)
    page = counter.page("bookings_tab_page")
    qtbot.keyClicks(page.code_input, "A012")
    qtbot.keyClick(page.code_input, Qt.Key.Key_Return)
    assert page.message.text() == "A012 không phải mã đặt hẹn (ví dụ DH7K3M9Q2X)."
    assert page.message.property("problem") == "true"
    qtbot.keyClicks(page.code_input, code[:5] + "-" + code[5:].lower())
    qtbot.keyClick(page.code_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.message.text().startswith("Đã nhận lịch hẹn"), timeout=5000)
    qtbot.keyClicks(page.code_input, code)  # twice: the service refuses it, said in red
    qtbot.keyClick(page.code_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.message.property("problem") == "true", timeout=5000)
    assert "đã được xác nhận" in page.message.text()
