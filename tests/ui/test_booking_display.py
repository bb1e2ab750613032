"""The public display marks the tickets of checked-in bookings, on the tile and in the calls."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from desktop_app.services.queue import calls
from desktop_app.services.queue.tickets import issue_ticket
from desktop_app.storage.models import Booking, QueueTicket, ServiceArea
from desktop_app.ui.display.announcer import RecordingBackend
from desktop_app.ui.display.window import DisplayPage
from tests.ui.test_public_screens import _office


def booked_ticket(context, office, area_code: str, start: datetime) -> QueueTicket:
    """A checked-in booking's ticket written as the check-in writes it (for display tests)."""
    tz = context.settings.zone
    with context.session() as session:
        ticket = issue_ticket(session, office.id, area_code, at=start, tz=tz)
        area = session.query(ServiceArea).filter_by(office_id=office.id, code=area_code).one()
        booking = Booking(
            id=uuid.uuid4(), code="DH7K3M9Q2X", office_id=office.id, area_id=area.id,
            start=start, minutes=30, name="Lê Văn Ắng", phone="0912345678",
            status="checked_in", ticket_id=ticket.id, checked_in_at=start,
        )  # fmt: skip
        session.add(booking)
        session.flush()
        row = session.get(QueueTicket, ticket.id)
        row.booking_id, row.booking_start = booking.id, start
        return row


def test_a_booked_ticket_is_marked_on_its_tile_and_in_the_last_calls(qtbot, make_context):
    context = make_context(role="display", announcer_backend="off")
    office = _office(context)
    now, tz = datetime.now(UTC), context.settings.zone
    booked_ticket(context, office, "A", now - timedelta(minutes=5))
    with context.session() as session:
        issue_ticket(session, office.id, "B", at=now, tz=tz)
    for number, ticket in ((1, "A001"), (2, "B001")):
        with context.session() as session:
            station = calls.Station(office.id, number, now + timedelta(seconds=number), tz, None)
            calls.call_ticket(session, station, ticket)
    page = DisplayPage(context, None, backend=RecordingBackend())
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.board is not None and 2 in page.tiles)
    tiles = {n: (t.number.text(), t.state.text()) for n, t in page.tiles.items() if n <= 2}
    assert tiles == {1: ("A001", "ĐẶT HẸN"), 2: ("B001", "")}
    assert page.tiles[1].state.property("booked") == "true"
    assert page.tiles[2].state.property("booked") != "true"
    texts = page.call_list.texts()
    assert texts[1].startswith("A001 · Đặt hẹn") and "Đặt hẹn" not in texts[0], texts
    page.close()
