"""The steps of a ticket at a counter: call next, call a given ticket, recall, serve, done,
no-show (and reactivate), transfer, cancel; pausing and resuming a counter.

Every step records its moment, counter and officer (``TicketEvent``), writes an outbox op and
bumps the board's change number, all in the caller's transaction.

Concurrency of ``call_next``: on SQLite a writing transaction holds the database write lock
from its first statement (``BEGIN IMMEDIATE``), so calls are simply serialised. On PostgreSQL
the chosen ticket is locked with ``FOR UPDATE SKIP LOCKED`` and re-checked to be waiting; a
ticket another counter is calling at that instant is skipped and the next best one taken, so
every ticket is called exactly once without counters waiting on each other.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from desktop_app.services.audit import record_audit
from desktop_app.services.errors import NotFound, ServiceError
from desktop_app.services.numbering import allocate_number
from desktop_app.services.office.settings import fairness_overrides
from desktop_app.services.queue.config import get_area_row
from desktop_app.services.queue.tickets import (
    TicketInfo,
    add_event,
    bump_board,
    describe_ticket,
    find_ticket,
    local_day_of,
)
from desktop_app.services.ratings.rating_requests import request_after_ticket
from desktop_app.storage.models import Counter, QueueCounterState, QueueTicket
from motcua_core.domain.queue_order import Candidate, choose_next
from motcua_core.domain.ticket_state import AT_COUNTER, CALLABLE_BY_NUMBER, TicketState
from motcua_core.domain.ticket_state import check_transition as check_ticket_transition

ACTIVE_AT_COUNTER = tuple(state.value for state in AT_COUNTER)
_WAITING = TicketState.WAITING.value


def move_ticket(ticket: QueueTicket, target: TicketState) -> None:
    """Set the ticket's state after checking the move is allowed (``domain/ticket_state``)."""
    check_ticket_transition(ticket.status, target)
    ticket.status = target.value


@dataclass(frozen=True)
class CallPolicy:
    """The settings that shape ``call_next``."""

    fairness_n: int = 3
    strict: bool = False
    recall_limit: int = 3

    @classmethod
    def from_settings(cls, settings: object) -> CallPolicy:
        return cls(
            int(getattr(settings, "priority_fairness_n", 3)),
            bool(getattr(settings, "priority_strict", False)),
            int(getattr(settings, "recall_limit", 3)),
        )


@dataclass(frozen=True)
class Station:
    """Who acts: the office, the counter, the officer (if signed in), when, in which zone."""

    office_id: uuid.UUID
    counter_number: int
    at: datetime
    tz: ZoneInfo
    staff_id: uuid.UUID | None = None


def active_counter(session: Session, station: Station) -> Counter:
    counter = session.scalars(
        select(Counter).where(
            Counter.office_id == station.office_id, Counter.number == station.counter_number
        )
    ).one_or_none()
    if counter is None or not counter.active:
        raise NotFound(
            f"no active counter {station.counter_number}",
            f"Không có quầy số {station.counter_number} đang hoạt động.",
        )
    return counter


def counter_state(session: Session, counter: Counter, *, lock: bool = False) -> QueueCounterState:
    """The counter's live state row, created on first use."""
    query = select(QueueCounterState).where(QueueCounterState.counter_id == counter.id)
    if lock and session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    state = session.scalars(query).one_or_none()
    if state is None:
        state = QueueCounterState(
            counter_id=counter.id, paused=False, pause_reason="", priority_streak=0
        )
        session.add(state)
        session.flush()
    return state


def current_ticket_row(session: Session, station: Station) -> QueueTicket | None:
    """The ticket called or being served at the counter, if any."""
    return session.scalars(
        select(QueueTicket)
        .where(
            QueueTicket.office_id == station.office_id,
            QueueTicket.counter_number == station.counter_number,
            QueueTicket.status.in_(ACTIVE_AT_COUNTER),
        )
        .order_by(QueueTicket.called_at.desc())
    ).first()


def _require_current(session: Session, station: Station) -> QueueTicket:
    ticket = current_ticket_row(session, station)
    if ticket is None:
        raise ServiceError(
            f"counter {station.counter_number} has no ticket called",
            "Quầy chưa gọi số nào.",
        )
    return ticket


def _finish_current(session: Session, station: Station) -> None:
    """Close what the counter was serving before it calls someone else."""
    ticket = current_ticket_row(session, station)
    if ticket is not None:
        _mark_done(session, ticket, station, note="next call")


def _candidates(session: Session, station: Station, area_ids: list[uuid.UUID]) -> list[Candidate]:
    rows = session.execute(
        select(
            QueueTicket.id,
            QueueTicket.area_id,
            QueueTicket.priority_group,
            QueueTicket.arrival_at,
            QueueTicket.number,
            QueueTicket.target_counter,
        ).where(
            QueueTicket.office_id == station.office_id,
            QueueTicket.local_day == local_day_of(station.at, station.tz),
            QueueTicket.status == _WAITING,
            or_(
                and_(
                    QueueTicket.area_id.in_(area_ids),
                    or_(
                        QueueTicket.target_counter.is_(None),
                        QueueTicket.target_counter == station.counter_number,
                    ),
                ),
                QueueTicket.target_counter == station.counter_number,
            ),
        )
    ).all()
    return [
        Candidate(r.id, r.area_id, r.priority_group is not None, r.arrival_at, r.number,
                  r.target_counter)
        for r in rows
    ]  # fmt: skip


def _claim(session: Session, ticket_id: uuid.UUID) -> QueueTicket | None:
    """Lock the ticket if it is still waiting and nobody else holds it (PostgreSQL)."""
    query = select(QueueTicket).where(QueueTicket.id == ticket_id, QueueTicket.status == _WAITING)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    return session.scalars(query.execution_options(populate_existing=True)).one_or_none()


def _check_not_paused(state: QueueCounterState, number: int) -> None:
    if state.paused:
        raise ServiceError(
            f"counter {number} is paused: resume it first",
            f"Quầy {number} đang tạm dừng: hãy tiếp tục trước khi gọi số.",
        )


def call_next(session: Session, station: Station, policy: CallPolicy) -> TicketInfo | None:
    """Call the next ticket for the counter (closing its current one); None if nobody waits.

    Raises:
        NotFound: no such active counter.
        ServiceError: the counter is paused.
    """
    counter = active_counter(session, station)
    state = counter_state(session, counter, lock=True)
    _check_not_paused(state, counter.number)
    # The administrator's fairness values (office_setting) win over the station's file.
    policy = replace(policy, **fairness_overrides(session, station.office_id))
    _finish_current(session, station)
    preference = {link.area_id: link.preference for link in counter.areas}
    candidates = _candidates(session, station, list(preference))
    while candidates:
        choice = choose_next(
            candidates,
            counter_number=station.counter_number,
            preference=preference,
            priority_streak=state.priority_streak,
            fairness_n=policy.fairness_n,
            strict=policy.strict,
        )
        if choice is None:
            return None
        ticket = _claim(session, choice.ticket.id)
        if ticket is None:
            candidates = [c for c in candidates if c.id != choice.ticket.id]
            continue
        state.priority_streak = choice.priority_streak
        note = "fairness" if choice.by_fairness else ""
        _mark_called(session, ticket, station, kind="called", note=note)
        return describe_ticket(session, ticket)
    return None


def _mark_called(
    session: Session, ticket: QueueTicket, station: Station, *, kind: str, note: str = ""
) -> None:
    move_ticket(ticket, TicketState.CALLED)
    ticket.called_at = station.at
    ticket.counter_number = station.counter_number
    ticket.target_counter = None
    ticket.staff_id = station.staff_id
    add_event(
        session, ticket, kind, station.at, counter_number=station.counter_number,
        staff_id=station.staff_id, note=note,
    )  # fmt: skip


def _mark_done(session: Session, ticket: QueueTicket, station: Station, *, note: str = "") -> None:
    move_ticket(ticket, TicketState.DONE)
    ticket.serving_at = ticket.serving_at or ticket.called_at or station.at
    ticket.finished_at = station.at
    add_event(
        session, ticket, "done", station.at, counter_number=station.counter_number,
        staff_id=station.staff_id, note=note,
    )  # fmt: skip
    # The rating station at this counter asks the citizen (issue 6, services/rating_requests).
    request_after_ticket(session, ticket, at=station.at, staff_id=station.staff_id)


def call_ticket(session: Session, station: Station, text: str) -> TicketInfo:
    """Call a given ticket (typed number, scanned barcode or id) to the counter.

    A ticket already called to this counter is simply returned; a no-show of today is
    reactivated and called.

    Raises:
        NotFound: no such ticket; ServiceError: paused counter, or the ticket is not waiting.
    """
    counter = active_counter(session, station)
    _check_not_paused(counter_state(session, counter, lock=True), counter.number)
    ticket = find_ticket(session, station.office_id, text, at=station.at, tz=station.tz)
    if ticket.status in ACTIVE_AT_COUNTER and ticket.counter_number == station.counter_number:
        return describe_ticket(session, ticket)
    today = local_day_of(station.at, station.tz)
    if ticket.status not in CALLABLE_BY_NUMBER or ticket.local_day != today:
        raise ServiceError(
            f"ticket {ticket.display_number} is not waiting ({ticket.status})",
            f"Số {ticket.display_number} không còn chờ gọi.",
        )
    claimed = _claim(session, ticket.id) if ticket.status == _WAITING else ticket
    if claimed is None:
        raise ServiceError("another counter is calling this ticket", "Quầy khác đang gọi số này.")
    _finish_current(session, station)
    _mark_called(session, claimed, station, kind="called", note="by number")
    return describe_ticket(session, claimed)


def recall(session: Session, station: Station, policy: CallPolicy) -> TicketInfo:
    """Announce the counter's current ticket again (at most ``policy.recall_limit`` times).

    Raises:
        ServiceError: no current ticket, or the recall limit is reached.
    """
    ticket = _require_current(session, station)
    if ticket.recall_count >= policy.recall_limit:
        raise ServiceError(
            f"ticket {ticket.display_number} was recalled {ticket.recall_count} times already",
            f"Đã gọi lại số {ticket.display_number} {ticket.recall_count} lần: "
            "hãy chuyển sang vắng mặt.",
        )
    ticket.recall_count += 1
    ticket.called_at = station.at
    add_event(
        session, ticket, "recalled", station.at, counter_number=station.counter_number,
        staff_id=station.staff_id,
    )  # fmt: skip
    return describe_ticket(session, ticket)


def start_serving(session: Session, station: Station) -> TicketInfo:
    """The citizen has come to the counter: service starts (its time is measured from here)."""
    ticket = _require_current(session, station)
    if ticket.status == TicketState.CALLED:
        move_ticket(ticket, TicketState.SERVING)
        ticket.serving_at = station.at
        add_event(
            session, ticket, "serving", station.at, counter_number=station.counter_number,
            staff_id=station.staff_id,
        )  # fmt: skip
    return describe_ticket(session, ticket)


def finish(session: Session, station: Station) -> TicketInfo:
    """The counter is done with its current ticket."""
    ticket = _require_current(session, station)
    _mark_done(session, ticket, station)
    return describe_ticket(session, ticket)


def no_show(session: Session, station: Station) -> TicketInfo:
    """The called citizen did not come; the ticket can be reactivated the same day."""
    ticket = _require_current(session, station)
    move_ticket(ticket, TicketState.NO_SHOW)
    add_event(
        session, ticket, "no_show", station.at, counter_number=station.counter_number,
        staff_id=station.staff_id,
    )  # fmt: skip
    return describe_ticket(session, ticket)


def reactivate(session: Session, station: Station, text: str) -> TicketInfo:
    """Put a no-show ticket of today back in the queue, keeping its original arrival time.

    Raises:
        NotFound: no such ticket; ServiceError: not a no-show of today.
    """
    ticket = find_ticket(session, station.office_id, text, at=station.at, tz=station.tz)
    if ticket.status != TicketState.NO_SHOW or ticket.local_day != local_day_of(
        station.at, station.tz
    ):
        raise ServiceError(
            f"ticket {ticket.display_number} is not a no-show of today",
            f"Số {ticket.display_number} không phải số vắng mặt trong ngày.",
        )
    move_ticket(ticket, TicketState.WAITING)
    ticket.counter_number = None
    add_event(
        session, ticket, "reactivated", station.at, counter_number=station.counter_number,
        staff_id=station.staff_id,
    )  # fmt: skip
    return describe_ticket(session, ticket)


def transfer(
    session: Session,
    station: Station,
    *,
    to_area: str | None = None,
    to_counter: int | None = None,
) -> TicketInfo:
    """Send the counter's current ticket to another area and/or a given counter.

    The ticket waits again with its original arrival time (so it keeps its place) and keeps the
    number printed on the citizen's paper; in a new area it takes that area's next internal
    sequence number so numbers stay unique per area and day.

    Raises:
        ServiceError: nothing to transfer, or no target given; NotFound: unknown area/counter.
    """
    if to_area is None and to_counter is None:
        raise ServiceError("give an area or a counter to transfer to", "Chọn nơi chuyển đến.")
    ticket = _require_current(session, station)
    notes = []
    if to_area is not None:
        area = get_area_row(session, station.office_id, to_area)
        if area.id != ticket.area_id:
            scope = f"ticket:{station.office_id}:{area.code}"
            ticket.number = allocate_number(session, scope, ticket.local_day)
            ticket.area_id = area.id
        notes.append(f"area {area.code}")
    if to_counter is not None:
        active_counter(session, Station(station.office_id, to_counter, station.at, station.tz))
        notes.append(f"counter {to_counter}")
    ticket.target_counter = to_counter
    move_ticket(ticket, TicketState.WAITING)
    ticket.counter_number = None
    add_event(
        session, ticket, "transferred", station.at, counter_number=station.counter_number,
        staff_id=station.staff_id, note="to " + ", ".join(notes),
    )  # fmt: skip
    return describe_ticket(session, ticket)


def cancel(session: Session, station: Station, text: str) -> TicketInfo:
    """Cancel a waiting ticket (the citizen left)."""
    ticket = find_ticket(session, station.office_id, text, at=station.at, tz=station.tz)
    if ticket.status != TicketState.WAITING:
        raise ServiceError(
            f"ticket {ticket.display_number} is not waiting", "Chỉ hủy được số đang chờ."
        )
    move_ticket(ticket, TicketState.CANCELLED)
    ticket.finished_at = station.at
    add_event(
        session, ticket, "cancelled", station.at, counter_number=station.counter_number,
        staff_id=station.staff_id,
    )  # fmt: skip
    return describe_ticket(session, ticket)


def pause_counter(session: Session, station: Station, reason: str) -> None:
    """Stop calling at the counter for a while (the reason shows to supervisors)."""
    if not reason.strip():
        raise ServiceError("give a reason to pause the counter", "Hãy nhập lý do tạm dừng.")
    counter = active_counter(session, station)
    state = counter_state(session, counter, lock=True)
    state.paused, state.pause_reason, state.paused_at = True, reason.strip(), station.at
    record_audit(
        session, "counter_paused", "counter", counter.id, staff_id=station.staff_id, at=station.at
    )
    bump_board(session, station.office_id)


def resume_counter(session: Session, station: Station) -> None:
    """Calling at the counter can go on."""
    counter = active_counter(session, station)
    state = counter_state(session, counter, lock=True)
    state.paused, state.pause_reason, state.paused_at = False, "", None
    record_audit(
        session, "counter_resumed", "counter", counter.id, staff_id=station.staff_id, at=station.at
    )
    bump_board(session, station.office_id)
