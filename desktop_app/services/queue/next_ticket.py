"""Choosing and claiming the next ticket for a counter (``calls.call_next``).

The choice itself is pure (``motcua_core.domain.booking_order.choose_with_bookings``: the
priority rule of ``queue_order``, then checked-in bookings at their slot before walk-ins, with
fairness to walk-ins); this module reads the candidates and the areas' booking streaks
(``booking_streaks``) and claims the chosen one.

Concurrency: on SQLite a writing transaction holds the database write lock from its first
statement (``BEGIN IMMEDIATE``), so calls are simply serialised. On PostgreSQL the chosen
ticket is locked with ``FOR UPDATE SKIP LOCKED`` and re-checked to be waiting; a ticket another
counter is calling at that instant is skipped and the next best one taken, so every ticket is
called exactly once without counters waiting on each other.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from desktop_app.services.queue.booking_streaks import any_booked, keep_streak, read_streaks
from desktop_app.services.queue.station import CallPolicy, Station
from desktop_app.services.queue.tickets import local_day_of
from desktop_app.storage.models import Counter, QueueCounterState, QueueTicket
from motcua_core.domain.booking_order import BookedChoice, choose_with_bookings
from motcua_core.domain.queue_order import Candidate
from motcua_core.domain.ticket_state import TicketState

_WAITING = TicketState.WAITING.value


@dataclass(frozen=True)
class Claimed:
    """The ticket claimed for the counter; ``by_fairness``: a normal ticket's turn came."""

    ticket: QueueTicket
    by_fairness: bool


def _for_counter(station: Station, area_ids: list[uuid.UUID]) -> ColumnElement[bool]:
    """Tickets of the counter's areas not sent to another counter, and tickets sent to it."""
    sent_here = QueueTicket.target_counter == station.counter_number
    not_sent_elsewhere = or_(QueueTicket.target_counter.is_(None), sent_here)
    return or_(and_(QueueTicket.area_id.in_(area_ids), not_sent_elsewhere), sent_here)


def _candidate(r: Any) -> Candidate:
    is_priority = r.priority_group is not None
    return Candidate(
        r.id, r.area_id, is_priority, r.arrival_at, r.number, r.target_counter, r.booking_start
    )


def _candidates(session: Session, station: Station, area_ids: list[uuid.UUID]) -> list[Candidate]:
    """Today's waiting tickets the counter may call."""
    rows = session.execute(
        select(
            QueueTicket.id,
            QueueTicket.area_id,
            QueueTicket.priority_group,
            QueueTicket.arrival_at,
            QueueTicket.number,
            QueueTicket.target_counter,
            QueueTicket.booking_start,
        ).where(
            QueueTicket.office_id == station.office_id,
            QueueTicket.local_day == local_day_of(station.at, station.tz),
            QueueTicket.status == _WAITING,
            _for_counter(station, area_ids),
        )
    ).all()
    return [_candidate(r) for r in rows]


def claim_waiting(session: Session, ticket_id: uuid.UUID) -> QueueTicket | None:
    """Lock the ticket if it is still waiting and nobody else holds it (PostgreSQL)."""
    query = select(QueueTicket).where(QueueTicket.id == ticket_id, QueueTicket.status == _WAITING)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    return session.scalars(query.execution_options(populate_existing=True)).one_or_none()


def _choose(
    candidates: list[Candidate],
    preference: dict[uuid.UUID, int],
    streaks: dict[uuid.UUID, int],
    station: Station,
    state: QueueCounterState,
    policy: CallPolicy,
) -> BookedChoice | None:
    return choose_with_bookings(
        candidates, counter_number=station.counter_number, preference=preference,
        priority_streak=state.priority_streak, booking_streaks=streaks, now=station.at,
        fairness_n=policy.fairness_n, strict=policy.strict, booking_k=policy.booking_k,
    )  # fmt: skip


def _streaks(
    session: Session, station: Station, candidates: list[Candidate]
) -> dict[uuid.UUID, int]:
    """The candidates' areas' booking streaks, read under the board's lock when one is booked."""
    areas = {c.area_id for c in candidates}
    return read_streaks(session, station.office_id, areas, lock=any_booked(candidates))


def _keep(
    session: Session, ticket: QueueTicket, state: QueueCounterState, streaks: dict, c: BookedChoice
) -> None:
    """The counter's priority streak and the area's booking streak after calling ``ticket``."""
    state.priority_streak = c.priority_streak
    keep_streak(session, ticket.office_id, streaks, ticket.area_id, c.booking_streak)


def claim_next(
    session: Session,
    station: Station,
    counter: Counter,
    state: QueueCounterState,
    policy: CallPolicy,
) -> Claimed | None:
    """The best waiting ticket for ``counter``, locked for it; None if nobody waits.

    A ticket another counter claims meanwhile is dropped and the next best one tried. The
    counter's priority streak and the area's booking streak move on with the ticket claimed.
    """
    preference = {link.area_id: link.preference for link in counter.areas}
    candidates = _candidates(session, station, list(preference))
    streaks = _streaks(session, station, candidates)
    while candidates:
        choice = _choose(candidates, preference, streaks, station, state, policy)
        if choice is None:
            return None
        ticket = claim_waiting(session, choice.ticket.id)
        if ticket is not None:
            _keep(session, ticket, state, streaks, choice)
            return Claimed(ticket, choice.by_fairness or choice.walk_in_turn)
        candidates = [c for c in candidates if c.id != choice.ticket.id]
    return None
