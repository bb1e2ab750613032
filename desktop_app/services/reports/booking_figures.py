"""Bookings in a period: how many were made for it, used, missed, and whether booking helped.

Bookings count by their slot's start inside the period (local days); a cancelled booking is
counted apart. The wait compares the tickets of booked citizens (``booking_start`` set: they
checked in within the grace period) with walk-in tickets (late arrivals among them) of the
period's local days: from arrival to the first call, in minutes, as median and mean rounded to
one decimal (None without a called ticket).
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.services.reports.scope import Period
from desktop_app.storage.models import Booking, QueueTicket


@dataclass(frozen=True)
class BookingFigures:
    bookings: int
    checked_in: int
    late: int
    no_shows: int
    cancelled: int
    booked_tickets: int
    booked_wait_median: float | None
    booked_wait_mean: float | None
    walk_in_tickets: int
    walk_in_wait_median: float | None
    walk_in_wait_mean: float | None


def booking_figures(
    session: Session, period: Period, start_utc: datetime, end_utc: datetime
) -> BookingFigures:
    """The bookings of slots in ``[start_utc, end_utc)`` and the waits of the period's tickets."""
    states = _statuses(session, start_utc, end_utc)
    booked, walk_in = _waits(session, period)
    return BookingFigures(
        bookings=sum(n for status, n in states.items() if status != "cancelled"),
        checked_in=states["checked_in"],
        late=states["late"],
        no_shows=states["no_show"],
        cancelled=states["cancelled"],
        booked_tickets=len(booked),
        booked_wait_median=_median(booked),
        booked_wait_mean=_mean(booked),
        walk_in_tickets=len(walk_in),
        walk_in_wait_median=_median(walk_in),
        walk_in_wait_mean=_mean(walk_in),
    )


def _statuses(session: Session, start_utc: datetime, end_utc: datetime) -> Counter[str]:
    rows = session.execute(
        select(Booking.status, func.count())
        .where(Booking.start >= start_utc, Booking.start < end_utc)
        .group_by(Booking.status)
    )
    return Counter({status: int(n) for status, n in rows})


def _waits(session: Session, period: Period) -> tuple[list[float], list[float]]:
    """Minutes from arrival to call of the called tickets: (booked, walk-in)."""
    rows = session.execute(
        select(QueueTicket.booking_start, QueueTicket.arrival_at, QueueTicket.called_at).where(
            QueueTicket.local_day >= period.start,
            QueueTicket.local_day <= period.end,
            QueueTicket.called_at.is_not(None),
        )
    )
    booked: list[float] = []
    walk_in: list[float] = []
    for slot, arrival, called in rows:
        (walk_in if slot is None else booked).append(_minutes(arrival, called))
    return booked, walk_in


def _minutes(arrival: datetime, called: datetime) -> float:
    return max(0.0, (called - arrival).total_seconds() / 60)


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 1) if values else None


def _mean(values: list[float]) -> float | None:
    return round(statistics.fmean(values), 1) if values else None
