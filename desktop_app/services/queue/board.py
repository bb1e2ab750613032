"""What the public display and a counter's queue panel show, read with a few light queries.

Stations poll ``change_seq`` (``change_number``: one primary-key read) several times a second
and read the full board only when it moved. Nothing here carries personal data: numbers and
counters only.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.services.queue.change_number import change_seq
from desktop_app.services.queue.counters import list_counters
from desktop_app.services.queue.station import (
    ACTIVE_AT_COUNTER,
    Station,
    active_counter,
    current_ticket_row,
)
from desktop_app.services.queue.ticket_events import CALL_KINDS
from desktop_app.services.queue.tickets import (
    TicketInfo,
    day_start_utc,
    describe_ticket,
    local_day_of,
)
from desktop_app.storage.models import (
    Counter,
    CounterArea,
    QueueBoard,
    QueueCounterState,
    QueueTicket,
    ServiceArea,
    TicketEvent,
)
from motcua_core.domain.ticket_state import TicketState

__all__ = [
    "AreaWaiting",
    "Board",
    "CallView",
    "CounterQueueView",
    "CounterView",
    "change_seq",
    "read_board",
    "read_counter_queue",
    "waiting_by_area",
]
LAST_CALLS = 8


@dataclass(frozen=True)
class CounterView:
    number: int
    name: str
    display_number: str | None
    status: str | None
    paused: bool
    booked: bool = False  # the ticket at the counter is a checked-in booking's


@dataclass(frozen=True)
class CallView:
    """One call as the display lists and announces it (``event_id`` tells new from seen)."""

    event_id: uuid.UUID
    display_number: str
    counter_number: int
    at: datetime
    kind: str
    booked: bool = False  # the called ticket is a checked-in booking's


@dataclass(frozen=True)
class AreaWaiting:
    code: str
    name: str
    waiting: int


@dataclass(frozen=True)
class Board:
    """The public display's content."""

    change_seq: int
    local_day: date
    notice: str
    counters: tuple[CounterView, ...]
    last_calls: tuple[CallView, ...]
    waiting: tuple[AreaWaiting, ...]


@dataclass(frozen=True)
class CounterQueueView:
    """A counter's queue panel: its state, its current ticket, who waits in its areas."""

    change_seq: int
    counter_number: int
    counter_name: str
    paused: bool
    pause_reason: str
    current: TicketInfo | None
    waiting: tuple[AreaWaiting, ...]


def _notice(session: Session, office_id: uuid.UUID) -> str:
    return session.scalar(select(QueueBoard.notice).where(QueueBoard.office_id == office_id)) or ""


def _waiting_counts(session: Session, office_id: uuid.UUID, day: date) -> dict[uuid.UUID, int]:
    """Waiting tickets of ``day`` per area id (areas nobody waits in are left out)."""
    rows = session.execute(
        select(QueueTicket.area_id, func.count())
        .where(
            QueueTicket.office_id == office_id,
            QueueTicket.local_day == day,
            QueueTicket.status == TicketState.WAITING.value,
        )
        .group_by(QueueTicket.area_id)
    ).all()
    return {area_id: int(count) for area_id, count in rows}


def _active_areas(session: Session, office_id: uuid.UUID) -> dict[str, ServiceArea]:
    """The office's active areas by code, in code order."""
    areas = session.scalars(
        select(ServiceArea)
        .where(ServiceArea.office_id == office_id, ServiceArea.active.is_(True))
        .order_by(ServiceArea.code)
    ).all()
    return {a.code: a for a in areas}


def waiting_by_area(
    session: Session, office_id: uuid.UUID, day: date, area_codes: list[str] | None = None
) -> list[AreaWaiting]:
    """Waiting tickets per active area (all areas, or ``area_codes`` in that order)."""
    counts = _waiting_counts(session, office_id, day)
    by_code = _active_areas(session, office_id)
    codes = area_codes if area_codes is not None else list(by_code)
    return [
        AreaWaiting(code, by_code[code].name, counts.get(by_code[code].id, 0))
        for code in codes
        if code in by_code
    ]


def _serving(session: Session, office_id: uuid.UUID) -> dict[int, tuple[str, str, bool]]:
    """The ticket number, state and booked mark held at each counter, by counter number."""
    rows = session.execute(
        select(
            QueueTicket.counter_number,
            QueueTicket.display_number,
            QueueTicket.status,
            QueueTicket.booking_id.is_not(None),
        )
        .where(QueueTicket.office_id == office_id, QueueTicket.status.in_(ACTIVE_AT_COUNTER))
        .order_by(QueueTicket.called_at)
    ).all()
    return {r[0]: (r[1], r[2], bool(r[3])) for r in rows}


def _last_calls(session: Session, office_id: uuid.UUID, day: date, tz: ZoneInfo) -> list[CallView]:
    """The latest calls and recalls of ``day``, newest first."""
    rows = session.execute(
        select(
            TicketEvent.id,
            QueueTicket.display_number,
            TicketEvent.counter_number,
            TicketEvent.at,
            TicketEvent.kind,
            QueueTicket.booking_id.is_not(None),
        )
        .join(QueueTicket, QueueTicket.id == TicketEvent.ticket_id)
        .where(
            TicketEvent.kind.in_(CALL_KINDS),
            TicketEvent.at >= day_start_utc(day, tz),
            QueueTicket.office_id == office_id,
        )
        .order_by(TicketEvent.at.desc())
        .limit(LAST_CALLS)
    ).all()
    return [CallView(r[0], r[1], int(r[2] or 0), r[3], r[4], bool(r[5])) for r in rows]


def _counter_views(session: Session, office_id: uuid.UUID) -> tuple[CounterView, ...]:
    """Every active counter with the ticket it holds (if any)."""
    serving = _serving(session, office_id)
    views = []
    for c in list_counters(session, office_id):
        if c.active:
            number, status, booked = serving.get(c.number, (None, None, False))
            views.append(CounterView(c.number, c.name, number, status, c.paused, booked))
    return tuple(views)


def read_board(session: Session, office_id: uuid.UUID, *, at: datetime, tz: ZoneInfo) -> Board:
    """Everything the public display shows, as of ``at``."""
    seq = change_seq(session, office_id)
    day = local_day_of(at, tz)
    return Board(
        seq,
        day,
        _notice(session, office_id),
        _counter_views(session, office_id),
        tuple(_last_calls(session, office_id, day, tz)),
        tuple(waiting_by_area(session, office_id, day)),
    )


def _area_codes(session: Session, counter: Counter) -> list[str]:
    """The codes of the counter's areas, most preferred first."""
    return list(
        session.scalars(
            select(ServiceArea.code)
            .join(CounterArea, CounterArea.area_id == ServiceArea.id)
            .where(CounterArea.counter_id == counter.id)
            .order_by(CounterArea.preference)
        )
    )


def _current_view(session: Session, station: Station) -> TicketInfo | None:
    """The ticket at the counter, if any, as people see it."""
    current = current_ticket_row(session, station)
    return describe_ticket(session, current) if current is not None else None


def read_counter_queue(session: Session, station: Station) -> CounterQueueView:
    """A counter's panel: paused or not, its current ticket, waiting counts of its areas.

    Raises:
        NotFound: no such active counter.
    """
    counter: Counter = active_counter(session, station)
    codes = _area_codes(session, counter)
    paused, reason = _paused(session, counter.id)
    day = local_day_of(station.at, station.tz)
    return CounterQueueView(
        change_seq(session, station.office_id),
        counter.number,
        counter.name,
        paused,
        reason,
        _current_view(session, station),
        tuple(waiting_by_area(session, station.office_id, day, codes)),
    )


def _paused(session: Session, counter_id: uuid.UUID) -> tuple[bool, str]:
    row = session.execute(
        select(QueueCounterState.paused, QueueCounterState.pause_reason).where(
            QueueCounterState.counter_id == counter_id
        )
    ).first()
    return (bool(row[0]), row[1]) if row else (False, "")
