"""The kiosk's check-in pages and the display's booked marks at common screen sizes: no text
cut or clipped, the code readable. ``DESKTOP_APP_SCREENSHOTS=DIR`` saves each screen there."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFontInfo

from desktop_app.services.queue import calls
from desktop_app.ui.shell.main_window import MainWindow
from tests.support.bookings import pull_booking
from tests.ui.test_booking_display import booked_ticket
from tests.ui.test_public_screens import _busy_queue, _check, _office, _save, _settle, _show

SIZES = [(1280, 720), (1366, 768), (1920, 1080)]


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_kiosk_check_in_pages_fit_at(size, qtbot, make_context):
    context = make_context(role="kiosk", ticket_printer="No Such Printer 42")
    office = _office(context)
    late = datetime.now(UTC) - timedelta(minutes=40)
    with context.session() as session:
        on_time = pull_booking(session, office.id, datetime.now(UTC))["code"]
        late_code = pull_booking(session, office.id, late)["code"]
    window = MainWindow(context)
    qtbot.addWidget(window)
    page = window.page
    _show(qtbot, window, size)
    qtbot.waitUntil(lambda: len(page.area_buttons()) == 4)
    _settle(qtbot, window, QSize(*size))
    problems = _check(window, "areas")
    page.show_check_in(page.tr("This code is not a booking. Please scan the QR code of"
                               " your booking or your ID card."))  # fmt: skip
    page.check_in_page.code_input.setText(on_time)
    _settle(qtbot, window, QSize(*size))
    _save(window, f"kiosk-check-in-{size[0]}x{size[1]}")
    problems += _check(window, "check-in")
    code_px = QFontInfo(page.check_in_page.code_input.font()).pixelSize()
    for code, name in ((on_time, "booked"), (late_code, "late"), ("DH7K3M9Q2X", "unknown")):
        page.reset()
        page.scanner.deliver_scan(code)
        qtbot.waitUntil(lambda: page.stack.currentWidget() is page.result_page, timeout=10_000)
        qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
        _settle(qtbot, window, QSize(*size))
        _save(window, f"kiosk-{name}-{size[0]}x{size[1]}")
        problems += _check(window, name)
    assert problems == []
    assert code_px >= min(size) * 0.04  # the typed code reads from a metre away


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_display_with_booked_tickets_fits_at(size, qtbot, make_context):
    context = make_context(role="display", announcer_backend="off")
    office = _office(context)
    _busy_queue(context, office)
    now, tz = datetime.now(UTC), context.settings.zone
    booked_ticket(context, office, "B", now - timedelta(minutes=3))
    with context.session() as session:
        calls.finish(session, calls.Station(office.id, 2, now, tz, None))
    with context.session() as session:
        [row] = [t for t in _tickets(session) if t.booking_id is not None]
        calls.call_ticket(session, calls.Station(office.id, 2, now, tz, None), row.display_number)
    window = MainWindow(context)
    qtbot.addWidget(window)
    page = window.page
    _show(qtbot, window, size)
    qtbot.waitUntil(lambda: page.board is not None and len(page.tiles) == 6)
    _settle(qtbot, window, QSize(*size))
    _save(window, f"display-booked-{size[0]}x{size[1]}")
    assert page.tiles[2].state.text() == "ĐẶT HẸN"
    assert any("Đặt hẹn" in text for text in page.call_list.texts())
    assert _check(window, "display") == []


def _tickets(session):
    from sqlalchemy import select

    from desktop_app.storage.models import QueueTicket

    return session.scalars(select(QueueTicket)).all()
