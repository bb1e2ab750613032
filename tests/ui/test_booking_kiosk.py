"""Check-in at the kiosk: a scanned booking QR, a scanned ID card, a typed code; and refusals."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop_app.storage.models import Booking, QueueTicket
from desktop_app.ui.kiosk.window import KioskPage
from tests.support.bookings import CARD, pull_booking
from tests.ui.test_public_screens import _office


@pytest.fixture
def kiosk(qtbot, make_context, tmp_path):
    context = make_context(role="kiosk", ticket_pdf_dir=str(tmp_path / "tickets"))
    office = _office(context)
    page = KioskPage(context, None)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitUntil(lambda: len(page.area_buttons()) == 4)
    page.office = office
    return page


def _pull(page, minutes_ago: int, **fields) -> str:
    """A booking pulled from the centre whose slot began ``minutes_ago``; its code."""
    start = datetime.now(UTC) - timedelta(minutes=minutes_ago)
    with page.context.session() as session:
        return pull_booking(session, page.office.id, start, **fields)["code"]


def _result(qtbot, page, act) -> object:
    with qtbot.waitSignal(page.ticket_issued, timeout=10_000) as issued:
        act()
    return issued.args[0]


def test_a_scanned_booking_qr_checks_in_and_prints_a_booked_ticket(qtbot, kiosk):
    code = _pull(kiosk, 5)
    result = _result(qtbot, kiosk, lambda: kiosk.scanner.deliver_scan(code))
    assert result.printed and Path(result.output).stat().st_size > 1000
    assert kiosk.stack.currentWidget() is kiosk.result_page
    assert kiosk.number_label.text() == "A001"
    assert kiosk.result_details.text().startswith("Lịch hẹn lúc ")
    assert kiosk.result_warning.text() == ""
    with kiosk.context.session(read_only=True) as session:
        ticket = session.scalars(select(QueueTicket)).one()
        booking = session.scalars(select(Booking)).one()
    assert ticket.booking_id == booking.id and booking.status == "checked_in"


def test_a_scanned_id_card_checks_in_its_booking(qtbot, kiosk):
    _pull(kiosk, 0)
    kiosk.show_check_in()  # a scan works on the check-in page too
    result = _result(qtbot, kiosk, lambda: kiosk.scanner.deliver_scan(CARD))
    assert result.ticket.booking_start is not None
    assert kiosk.number_label.text() == result.ticket.display_number


def test_a_code_typed_on_the_keypad_checks_in(qtbot, kiosk):
    code = _pull(kiosk, 5)
    qtbot.mouseClick(kiosk.booking_button, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.check_in_page
    keys = {b.text(): b for b in kiosk.check_in_page.findChildren(type(kiosk.booking_button))}
    for char in code[2:]:  # the field starts with DH
        qtbot.mouseClick(keys[char], Qt.MouseButton.LeftButton)
    assert kiosk.check_in_page.code_input.text() == code
    result = _result(qtbot, kiosk, kiosk.check_in_page.ok_button.click)
    assert result.ticket.booking_start is not None


def test_a_code_typed_on_a_keyboard_with_enter_checks_in(qtbot, kiosk):
    code = _pull(kiosk, 5)
    kiosk.show_check_in()
    field = kiosk.check_in_page.code_input
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field or not kiosk.isActiveWindow())
    field.clear()
    qtbot.keyClicks(field, code.lower())  # any case, as a person types it
    result = _result(qtbot, kiosk, lambda: qtbot.keyClick(field, Qt.Key.Key_Return))
    assert result.ticket.booking_start is not None


def test_a_late_arrival_gets_a_walk_in_ticket_and_is_told_why(qtbot, kiosk):
    code = _pull(kiosk, 40)  # the grace period is 15 minutes
    result = _result(qtbot, kiosk, lambda: kiosk.scanner.deliver_scan(code))
    assert result.ticket.booking_start is None and result.late_for is not None
    assert kiosk.number_label.text() == "A001"
    assert kiosk.result_warning.text().startswith("Bạn đến muộn so với giờ hẹn ")
    assert "Lịch hẹn" not in kiosk.result_details.text()


@pytest.mark.parametrize(
    ("how", "message"),
    [
        ("unknown", "Không tìm thấy lịch hẹn với mã này."),
        ("cancelled", "Lịch hẹn này đã bị hủy."),
        ("other_day", "không phải hôm nay"),
    ],
)
def test_a_booking_that_cannot_be_used_is_refused_in_large_vietnamese_text(
    qtbot, kiosk, how, message
):
    if how == "unknown":
        code = "DH7K3M9Q2X"
    elif how == "cancelled":
        code = _pull(kiosk, 0, status="cancelled")
    else:
        code = _pull(kiosk, -24 * 60)
    kiosk.scanner.deliver_scan(code)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.result_page, timeout=10_000)
    qtbot.waitUntil(lambda: bool(kiosk.failure_label.text()), timeout=10_000)
    assert kiosk.result_title.text() == "Chưa nhận được lịch hẹn"
    assert message in kiosk.failure_label.text()
    assert kiosk.number_label.isHidden() and kiosk.result_warning.text() == ""
    assert kiosk.failure_label.font().pixelSize() >= 30  # readable from a metre away
    with kiosk.context.session(read_only=True) as session:
        assert session.scalars(select(QueueTicket)).all() == []


def test_text_that_is_not_a_code_is_explained_before_asking_the_database(qtbot, kiosk):
    kiosk.show_check_in()
    kiosk.check_in_page.code_input.setText("DH12")
    kiosk.check_in_page.submit()
    assert kiosk.check_in_page.message.text() == "Đây không phải mã đặt hẹn. Mã có dạng DH7K3M9Q2X."
    kiosk.reset()
    kiosk.scanner.deliver_scan("Q261202A007")  # a ticket's barcode on the start page
    assert kiosk.stack.currentWidget() is kiosk.check_in_page
    assert kiosk.check_in_page.message.text().startswith("Mã vừa quét không phải mã đặt hẹn")


def test_keys_typed_on_the_start_page_go_to_the_code_field(qtbot, kiosk):
    """Found on a real X server: a keyboard (or a scan slower than a scanner's pace) typed on
    the start page was lost; now it opens the check-in page with what was typed."""
    code = _pull(kiosk, 5)
    kiosk.reset()
    for char in code.lower():  # at a person's pace: the scanner filter gives the keys back
        qtbot.keyClick(QApplication.focusWidget() or kiosk, char)
        qtbot.wait(60)
    qtbot.waitUntil(lambda: kiosk.check_in_page.code_input.text() == code, timeout=3000)
    assert kiosk.stack.currentWidget() is kiosk.check_in_page
    field = kiosk.check_in_page.code_input
    result = _result(qtbot, kiosk, lambda: qtbot.keyClick(field, Qt.Key.Key_Return))
    assert result.ticket.booking_start is not None
