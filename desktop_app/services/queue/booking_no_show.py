"""No-shows: a booking whose slot ended more than the grace period ago without a check-in.

The sweep runs at every sync pass (so that the centre and the reports learn of a no-show even
when no one looks at the day's bookings), whenever a check-in happens and when the day's
bookings are listed; it is idempotent (only ``booked`` rows change). A no-show who still comes
the same day is checked in as ``late`` and gets a walk-in ticket.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.office.identity import current_office
from desktop_app.services.office.settings import office_values
from desktop_app.services.outbox_bookings import record_booking_visit
from desktop_app.storage.models import Booking


def grace_minutes(session: Session, office_id: uuid.UUID) -> int:
    """The office's grace period after a slot's start (``booking_grace_minutes``)."""
    return int(
        office_values(session, office_id, ("booking_grace_minutes",))["booking_grace_minutes"]
    )


def sweep_no_shows(session: Session, office_id: uuid.UUID, now: datetime, grace: int) -> int:
    """Mark the bookings missed by ``now`` as no-shows, each with its op; how many."""
    rows = session.scalars(
        select(Booking)
        .where(
            Booking.office_id == office_id,
            Booking.status == "booked",
            Booking.start < now - timedelta(minutes=grace),
        )
        .with_for_update()
    ).all()
    missed = [row for row in rows if _missed(row, now, grace)]
    for row in missed:
        row.status = "no_show"
        record_booking_visit(session, row, "no_show", now)
    return len(missed)


def sweep_office_no_shows(session: Session, now: datetime) -> int:
    """The sweep for this database's office with its own grace period."""
    office_id = current_office(session).id
    return sweep_no_shows(session, office_id, now, grace_minutes(session, office_id))


def _missed(booking: Booking, now: datetime, grace: int) -> bool:
    """The slot and the grace after it are over."""
    return booking.start + timedelta(minutes=booking.minutes + grace) <= now
