"""The steps of a ticket at a counter: call next, call a given ticket, recall, serve, done,
no-show (and reactivate), transfer, cancel; pausing and resuming a counter.

Every step records its moment, counter and officer (``TicketEvent``), writes an outbox op and
bumps the board's change number, all in the caller's transaction. How ``call_next`` chooses
and claims a ticket when counters call at the same instant is in ``next_ticket``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy.orm import Session

from desktop_app.services.audit import record_audit
from desktop_app.services.errors import ServiceError
from desktop_app.services.office.settings import fairness_overrides
from desktop_app.services.queue.areas import get_area_row
from desktop_app.services.queue.change_number import bump_board
from desktop_app.services.queue.next_ticket import claim_next, claim_waiting
from desktop_app.services.queue.station import (
    ACTIVE_AT_COUNTER,
    CallPolicy,
    Station,
    active_counter,
    check_not_paused,
    counter_state,
    current_ticket_row,
    require_current,
)
from desktop_app.services.queue.ticket_events import EventKind, add_event
from desktop_app.services.queue.tickets import (
    TicketInfo,
    allocate_ticket_number,
    describe_ticket,
    find_ticket,
    local_day_of,
)
from desktop_app.services.ratings.rating_requests import request_after_ticket
from desktop_app.storage.models import QueueTicket
from motcua_core.domain.ticket_state import CALLABLE_BY_NUMBER, TicketState
from motcua_core.domain.ticket_state import check_transition as check_ticket_transition

__all__ = [
    "ACTIVE_AT_COUNTER",
    "CallPolicy",
    "Station",
    "call_next",
    "call_ticket",
    "cancel",
    "finish",
    "move_ticket",
    "no_show",
    "pause_counter",
    "reactivate",
    "recall",
    "resume_counter",
    "start_serving",
    "transfer",
]


def move_ticket(ticket: QueueTicket, target: TicketState) -> None:
    """Set the ticket's state after checking the move is allowed (``domain/ticket_state``)."""
    check_ticket_transition(ticket.status, target)
    ticket.status = target.value


def _record_step(
    session: Session, ticket: QueueTicket, station: Station, kind: EventKind, note: str = ""
) -> None:
    """Record ``kind`` for ``ticket`` at the station's counter, by its officer, at its moment."""
    add_event(
        session,
        ticket,
        kind,
        station.at,
        counter_number=station.counter_number,
        staff_id=station.staff_id,
        note=note,
    )


def _today(station: Station) -> date:
    return local_day_of(station.at, station.tz)


def _finish_current(session: Session, station: Station) -> None:
    """Close what the counter was serving before it calls someone else."""
    ticket = current_ticket_row(session, station)
    if ticket is not None:
        _mark_done(session, ticket, station, note="next call")


def _mark_called(session: Session, ticket: QueueTicket, station: Station, note: str) -> None:
    move_ticket(ticket, TicketState.CALLED)
    ticket.called_at = station.at
    ticket.counter_number = station.counter_number
    ticket.target_counter = None
    ticket.staff_id = station.staff_id
    _record_step(session, ticket, station, EventKind.CALLED, note)


def _mark_done(session: Session, ticket: QueueTicket, station: Station, *, note: str = "") -> None:
    move_ticket(ticket, TicketState.DONE)
    ticket.serving_at = ticket.serving_at or ticket.called_at or station.at
    ticket.finished_at = station.at
    _record_step(session, ticket, station, EventKind.DONE, note)
    # The rating station at this counter asks the citizen (issue 6, services/rating_requests).
    request_after_ticket(session, ticket, at=station.at, staff_id=station.staff_id)


def call_next(session: Session, station: Station, policy: CallPolicy) -> TicketInfo | None:
    """Call the next ticket for the counter (closing its current one); None if nobody waits.

    Raises:
        NotFound: no such active counter.
        ServiceError: the counter is paused.
    """
    counter = active_counter(session, station)
    state = counter_state(session, counter, lock=True)
    check_not_paused(state, counter.number)
    # The administrator's fairness values (office_setting) win over the station's file.
    policy = replace(policy, **fairness_overrides(session, station.office_id))
    _finish_current(session, station)
    claimed = claim_next(session, station, counter, state, policy)
    if claimed is None:
        return None
    _mark_called(session, claimed.ticket, station, "fairness" if claimed.by_fairness else "")
    return describe_ticket(session, claimed.ticket)


def _is_at_counter(ticket: QueueTicket, station: Station) -> bool:
    """Already called to (or served at) the station's counter."""
    return ticket.status in ACTIVE_AT_COUNTER and ticket.counter_number == station.counter_number


def _claim_by_number(session: Session, ticket: QueueTicket, today: date) -> QueueTicket:
    """The ticket, held for the counter, if it may be called by its number today.

    Raises:
        ServiceError: it is not waiting (nor a no-show) today, or another counter holds it.
    """
    if ticket.status not in CALLABLE_BY_NUMBER or ticket.local_day != today:
        raise ServiceError(
            f"ticket {ticket.display_number} is not waiting ({ticket.status})",
            f"Số {ticket.display_number} không còn chờ gọi.",
        )
    claimed = claim_waiting(session, ticket.id) if ticket.status == TicketState.WAITING else ticket
    if claimed is None:
        raise ServiceError("another counter is calling this ticket", "Quầy khác đang gọi số này.")
    return claimed


def call_ticket(session: Session, station: Station, text: str) -> TicketInfo:
    """Call a given ticket (typed number, scanned barcode or id) to the counter.

    A ticket already called to this counter is simply returned; a no-show of today is
    reactivated and called.

    Raises:
        NotFound: no such ticket; ServiceError: paused counter, or the ticket is not waiting.
    """
    counter = active_counter(session, station)
    check_not_paused(counter_state(session, counter, lock=True), counter.number)
    ticket = find_ticket(session, station.office_id, text, at=station.at, tz=station.tz)
    if _is_at_counter(ticket, station):
        return describe_ticket(session, ticket)
    claimed = _claim_by_number(session, ticket, _today(station))
    _finish_current(session, station)
    _mark_called(session, claimed, station, "by number")
    return describe_ticket(session, claimed)


def _check_recall_limit(ticket: QueueTicket, policy: CallPolicy) -> None:
    if ticket.recall_count >= policy.recall_limit:
        raise ServiceError(
            f"ticket {ticket.display_number} was recalled {ticket.recall_count} times already",
            f"Đã gọi lại số {ticket.display_number} {ticket.recall_count} lần: "
            "hãy chuyển sang vắng mặt.",
        )


def recall(session: Session, station: Station, policy: CallPolicy) -> TicketInfo:
    """Announce the counter's current ticket again (at most ``policy.recall_limit`` times).

    Raises:
        ServiceError: no current ticket, or the recall limit is reached.
    """
    ticket = require_current(session, station)
    _check_recall_limit(ticket, policy)
    ticket.recall_count += 1
    ticket.called_at = station.at
    _record_step(session, ticket, station, EventKind.RECALLED)
    return describe_ticket(session, ticket)


def start_serving(session: Session, station: Station) -> TicketInfo:
    """The citizen has come to the counter: service starts (its time is measured from here)."""
    ticket = require_current(session, station)
    if ticket.status == TicketState.CALLED:
        move_ticket(ticket, TicketState.SERVING)
        ticket.serving_at = station.at
        _record_step(session, ticket, station, EventKind.SERVING)
    return describe_ticket(session, ticket)


def finish(session: Session, station: Station) -> TicketInfo:
    """The counter is done with its current ticket."""
    ticket = require_current(session, station)
    _mark_done(session, ticket, station)
    return describe_ticket(session, ticket)


def no_show(session: Session, station: Station) -> TicketInfo:
    """The called citizen did not come; the ticket can be reactivated the same day."""
    ticket = require_current(session, station)
    move_ticket(ticket, TicketState.NO_SHOW)
    _record_step(session, ticket, station, EventKind.NO_SHOW)
    return describe_ticket(session, ticket)


def _check_no_show_of(ticket: QueueTicket, today: date) -> None:
    if ticket.status != TicketState.NO_SHOW or ticket.local_day != today:
        raise ServiceError(
            f"ticket {ticket.display_number} is not a no-show of today",
            f"Số {ticket.display_number} không phải số vắng mặt trong ngày.",
        )


def reactivate(session: Session, station: Station, text: str) -> TicketInfo:
    """Put a no-show ticket of today back in the queue, keeping its original arrival time.

    Raises:
        NotFound: no such ticket; ServiceError: not a no-show of today.
    """
    ticket = find_ticket(session, station.office_id, text, at=station.at, tz=station.tz)
    _check_no_show_of(ticket, _today(station))
    move_ticket(ticket, TicketState.WAITING)
    ticket.counter_number = None
    _record_step(session, ticket, station, EventKind.REACTIVATED)
    return describe_ticket(session, ticket)


def _move_to_area(session: Session, station: Station, ticket: QueueTicket, code: str) -> str:
    """Put the ticket in area ``code``, with that area's next internal number; the note."""
    area = get_area_row(session, station.office_id, code)
    if area.id != ticket.area_id:
        ticket.number = allocate_ticket_number(session, area, ticket.local_day)
        ticket.area_id = area.id
    return f"area {area.code}"


def _check_target_counter(session: Session, station: Station, number: int) -> str:
    """Refuse a counter that is not active; the note."""
    active_counter(session, Station(station.office_id, number, station.at, station.tz))
    return f"counter {number}"


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
    ticket = require_current(session, station)
    notes = []
    if to_area is not None:
        notes.append(_move_to_area(session, station, ticket, to_area))
    if to_counter is not None:
        notes.append(_check_target_counter(session, station, to_counter))
    ticket.target_counter = to_counter
    move_ticket(ticket, TicketState.WAITING)
    ticket.counter_number = None
    _record_step(session, ticket, station, EventKind.TRANSFERRED, "to " + ", ".join(notes))
    return describe_ticket(session, ticket)


def _check_waiting(ticket: QueueTicket) -> None:
    if ticket.status != TicketState.WAITING:
        raise ServiceError(
            f"ticket {ticket.display_number} is not waiting", "Chỉ hủy được số đang chờ."
        )


def cancel(session: Session, station: Station, text: str) -> TicketInfo:
    """Cancel a waiting ticket (the citizen left)."""
    ticket = find_ticket(session, station.office_id, text, at=station.at, tz=station.tz)
    _check_waiting(ticket)
    move_ticket(ticket, TicketState.CANCELLED)
    ticket.finished_at = station.at
    _record_step(session, ticket, station, EventKind.CANCELLED)
    return describe_ticket(session, ticket)


def _write_pause(session: Session, station: Station, action: str, reason: str) -> None:
    """Pause the counter for ``reason`` (empty: resume it); audited as ``action``."""
    counter = active_counter(session, station)
    state = counter_state(session, counter, lock=True)
    state.paused, state.pause_reason = bool(reason), reason
    state.paused_at = station.at if reason else None
    record_audit(session, action, "counter", counter.id, staff_id=station.staff_id, at=station.at)
    bump_board(session, station.office_id)


def pause_counter(session: Session, station: Station, reason: str) -> None:
    """Stop calling at the counter for a while (the reason shows to supervisors)."""
    if not reason.strip():
        raise ServiceError("give a reason to pause the counter", "Hãy nhập lý do tạm dừng.")
    _write_pause(session, station, "counter_paused", reason.strip())


def resume_counter(session: Session, station: Station) -> None:
    """Calling at the counter can go on."""
    _write_pause(session, station, "counter_resumed", "")
