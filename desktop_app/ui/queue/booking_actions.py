"""Bookings at the office, off the UI thread: the day's list, and checking a citizen in.

Used by the counter's bookings page and by the kiosk. One transaction per check-in; the ticket
it gives is read back as people see it (number, area, waiting ahead, the slot's start).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.app import AppContext
from desktop_app.services.office.identity import current_office
from desktop_app.services.queue.bookings import BookingView, check_in, day_bookings
from desktop_app.services.queue.tickets import TicketInfo, ticket_for_print
from desktop_app.storage.models import Booking, QueueTicket


@dataclass(frozen=True)
class CheckedIn:
    """A check-in's ticket; ``late_for`` is the slot start when it came too late (a walk-in)."""

    ticket: TicketInfo
    late_for: datetime | None = None


def check_in_ticket(
    session: Session,
    office_id: uuid.UUID,
    *,
    booking_code: str | None,
    cccd_payload: str | None,
    now: datetime,
    tz: ZoneInfo,
) -> CheckedIn:
    """Check in by code or card and describe the ticket (the caller's transaction).

    Raises:
        ServiceError: unknown, cancelled or another day's booking (a Vietnamese message).
    """
    row = check_in(session, office_id, booking_code=booking_code, cccd_payload=cccd_payload,
                   now=now, tz=tz)  # fmt: skip
    session.flush()
    return CheckedIn(ticket_for_print(session, row.id), _late_slot(session, row))


def _late_slot(session: Session, ticket: QueueTicket) -> datetime | None:
    """The slot start of the booking a walk-in ticket was given for (a late arrival)."""
    if ticket.booking_start is not None:
        return None
    return session.scalar(select(Booking.start).where(Booking.ticket_id == ticket.id))


class CounterBookings:
    """The day's bookings as a counter sees them; methods block (call through run_operation)."""

    def __init__(self, context: AppContext) -> None:
        self.context = context
        self.office_id: uuid.UUID | None = None

    def _office(self, session: Session) -> uuid.UUID:
        if self.office_id is None:
            self.office_id = current_office(session).id
        return self.office_id

    def today(self) -> date:
        return datetime.now(UTC).astimezone(self.context.settings.zone).date()

    def day(self, day: date | None = None) -> list[BookingView]:
        """The bookings of ``day`` (today by default), by slot; past no-shows marked first."""
        tz = self.context.settings.zone
        with self.context.session() as session:
            return day_bookings(session, self._office(session), day or self.today(),
                                now=datetime.now(UTC), tz=tz)  # fmt: skip

    def check_in(
        self, *, booking_code: str | None = None, cccd_payload: str | None = None
    ) -> CheckedIn:
        """Check a citizen in at the counter (committed)."""
        with self.context.session() as session:
            return check_in_ticket(session, self._office(session), booking_code=booking_code,
                                   cccd_payload=cccd_payload, now=datetime.now(UTC),
                                   tz=self.context.settings.zone)  # fmt: skip
