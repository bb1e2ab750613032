"""Bookings at the office: checking a citizen in, and the day's list for the counter.

A booking is pulled from the centre (``sync/booking_inbox``). The citizen checks in at the
kiosk or the counter with the booking's QR (its code), the code typed, or their chip card
(``booking_lookup``). Within ``booking_grace_minutes`` of the slot's start (or before it) the
ticket carries the booking (``booking_id``, ``booking_start``) and the call rule serves it at
its slot before the area's walk-ins (``motcua_core.domain.booking_order``); later, the booking
is ``late`` and the ticket is an ordinary walk-in one. The ticket, the booking's new status
and its ``booking_visit`` op are written in the caller's transaction. No-shows are swept here
(``booking_no_show``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.errors import ServiceError
from desktop_app.services.outbox_bookings import record_booking_visit
from desktop_app.services.queue.booking_lookup import (
    DEFAULT_TZ,
    booking_by_card,
    booking_by_code,
    check_usable,
    day_bounds,
)
from desktop_app.services.queue.booking_no_show import grace_minutes, sweep_no_shows
from desktop_app.services.queue.tickets import issue_ticket
from desktop_app.storage.models import Booking, QueueTicket, ServiceArea
from motcua_core.domain.identifiers import mask_identifier

__all__ = ["BookingView", "check_in", "day_bookings", "sweep_no_shows"]


@dataclass(frozen=True)
class BookingView:
    """A booking as the counter lists it (the phone shows only its last three digits)."""

    code: str
    area_code: str
    area_name: str
    start: datetime
    name: str
    phone: str
    status: str
    ticket_number: str | None


def check_in(
    session: Session,
    office_id: uuid.UUID,
    *,
    booking_code: str | None = None,
    cccd_payload: str | None = None,
    now: datetime,
    tz: ZoneInfo = DEFAULT_TZ,
) -> QueueTicket:
    """Check a citizen in by booking code or chip-card QR and give the ticket; caller commits.

    Raises:
        ServiceError: no code nor card; an unknown, cancelled, already used or another
            day's booking; the area gives no ticket now (hours, daily cap).
    """
    grace = grace_minutes(session, office_id)
    sweep_no_shows(session, office_id, now, grace)
    booking = _find(session, office_id, booking_code, cccd_payload, now.astimezone(tz).date(), tz)
    check_usable(booking, now.astimezone(tz).date(), tz)
    late = now > booking.start + timedelta(minutes=grace)
    ticket = _issue(session, booking, now, tz, booked=not late)
    booking.status = "late" if late else "checked_in"
    booking.ticket_id, booking.checked_in_at = ticket.id, now
    record_booking_visit(session, booking, "late" if late else "checked_in", now)
    return ticket


def _find(
    session: Session,
    office_id: uuid.UUID,
    code: str | None,
    card: str | None,
    today: date,
    tz: ZoneInfo,
) -> Booking:
    if code:
        return booking_by_code(session, office_id, code)
    if card:
        return booking_by_card(session, office_id, card, today, tz)
    raise ServiceError("a booking code or a card is needed", "Cần mã lịch hẹn hoặc thẻ căn cước.")


def _issue(
    session: Session, booking: Booking, now: datetime, tz: ZoneInfo, *, booked: bool
) -> QueueTicket:
    """A new waiting ticket of the booking's area (its hours and daily cap apply); ``booked``
    ties it to the booking's slot, else it is a walk-in one."""
    area = session.get_one(ServiceArea, booking.area_id)
    slot = (booking.id, booking.start) if booked else None
    issued = issue_ticket(session, booking.office_id, area.code, at=now, tz=tz, booking=slot)
    return session.get_one(QueueTicket, issued.id)


def day_bookings(
    session: Session,
    office_id: uuid.UUID,
    day: date,
    *,
    now: datetime | None = None,
    tz: ZoneInfo = DEFAULT_TZ,
) -> list[BookingView]:
    """The bookings of the local ``day``, by start (no-shows swept first when ``now`` given)."""
    if now is not None:
        sweep_no_shows(session, office_id, now, grace_minutes(session, office_id))
    lower, upper = day_bounds(day, tz)
    rows = session.execute(
        select(Booking, ServiceArea, QueueTicket.display_number)
        .join(ServiceArea, ServiceArea.id == Booking.area_id)
        .outerjoin(QueueTicket, QueueTicket.id == Booking.ticket_id)
        .where(Booking.office_id == office_id, Booking.start >= lower, Booking.start < upper)
        .order_by(Booking.start, ServiceArea.code, Booking.code)
    ).all()
    return [_view(booking, area, number) for booking, area, number in rows]


def _view(booking: Booking, area: ServiceArea, ticket_number: str | None) -> BookingView:
    return BookingView(
        booking.code, area.code, area.name, booking.start, booking.name,
        mask_identifier(booking.phone, 0, 3), booking.status, ticket_number,
    )  # fmt: skip
