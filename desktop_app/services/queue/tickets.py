"""Queue tickets: issuing (numbering per office, area and local day) and finding tickets.

The lifecycle steps (call, recall, no-show, transfer, done, pause) are in ``calls``; the
configuration of areas, counters and priority groups in ``areas``, ``counters`` and
``priority_groups``; what displays show in ``board``. Every step writes a ``TicketEvent``, an
outbox op and bumps the office's ``queue_board.change_seq`` in the caller's transaction
(``ticket_events``).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from desktop_app.services.errors import NotFound, ServiceError
from desktop_app.services.numbering import allocate_number
from desktop_app.services.queue.areas import within_hours
from desktop_app.services.queue.counters import open_counter_count
from desktop_app.services.queue.priority_groups import priority_labels
from desktop_app.services.queue.ticket_events import EventKind, add_event
from desktop_app.storage.models import QueueTicket, ServiceArea
from motcua_core.domain.queue_order import (
    estimate_wait_minutes,
    format_ticket_number,
    parse_ticket_ref,
    ticket_barcode,
)
from motcua_core.domain.ticket_state import TicketState

__all__ = [
    "TicketInfo",
    "allocate_ticket_number",
    "find_ticket",
    "format_ticket_number",
    "issue_ticket",
    "ticket_info",
]
RECENT_SERVICE_SAMPLE = 20


@dataclass(frozen=True)
class TicketInfo:
    """A ticket as people see it (no personal data: tickets carry none)."""

    id: uuid.UUID
    display_number: str
    area_code: str
    area_name: str
    priority_group: str | None
    issued_at: datetime
    waiting_ahead: int
    number: int = 0
    local_day: date | None = None
    barcode: str = ""
    status: str = TicketState.WAITING.value
    priority_label: str = ""
    estimated_wait_minutes: int = 0
    counter_number: int | None = None
    arrival_at: datetime | None = None
    called_at: datetime | None = None
    recall_count: int = 0
    booking_start: datetime | None = None  # a checked-in booking's slot start


def local_day_of(at: datetime, tz: ZoneInfo) -> date:
    """The office's local date of the moment ``at``."""
    return at.astimezone(tz).date()


def day_start_utc(day: date, tz: ZoneInfo) -> datetime:
    """The first moment of the local ``day``."""
    return datetime.combine(day, time(0, 0), tz)


def _open_area(session: Session, office_id: uuid.UUID, area_code: str) -> ServiceArea:
    area = session.scalars(
        select(ServiceArea).where(
            ServiceArea.office_id == office_id,
            ServiceArea.code == area_code,
            ServiceArea.active.is_(True),
        )
    ).one_or_none()
    if area is None:
        raise NotFound(f"no open service area {area_code!r}", f"Không có lĩnh vực {area_code}.")
    return area


def _check_hours(area: ServiceArea, local_time: time) -> None:
    """Refuse a ticket outside the area's opening hours."""
    if not within_hours(area.opens_at, area.closes_at, local_time):
        raise ServiceError(
            f"area {area.code} issues tickets only during its opening hours",
            f"Lĩnh vực {area.name} chỉ cấp số trong giờ làm việc.",
        )


def _priority_label(session: Session, office_id: uuid.UUID, group: str | None) -> str:
    """The label of ``group`` ("" for none); refuses a group that is not an active one."""
    if group is None:
        return ""
    labels = priority_labels(session, office_id)
    if group not in labels:
        raise ServiceError(f"unknown priority group {group!r}", "Nhóm ưu tiên không hợp lệ.")
    return labels[group]


def allocate_ticket_number(session: Session, area: ServiceArea, local_day: date) -> int:
    """The area's next internal number of ``local_day`` (unique per office, area and day)."""
    return allocate_number(session, f"ticket:{area.office_id}:{area.code}", local_day)


def _check_daily_cap(area: ServiceArea, number: int) -> None:
    if area.daily_cap is not None and number > area.daily_cap:
        raise ServiceError(
            f"area {area.code} has reached its daily cap of {area.daily_cap}",
            f"Lĩnh vực {area.name} đã hết số trong ngày ({area.daily_cap} số).",
        )


def _new_ticket(
    area: ServiceArea, number: int, local_day: date, priority_group: str | None, at: datetime
) -> QueueTicket:
    """A waiting ticket of ``area``, arrived at ``at``."""
    return QueueTicket(
        id=uuid.uuid4(),
        office_id=area.office_id,
        area_id=area.id,
        local_day=local_day,
        number=number,
        display_number=format_ticket_number(area.ticket_prefix, number, area.number_width),
        priority_group=priority_group,
        status=TicketState.WAITING.value,
        issued_at=at,
        arrival_at=at,
        recall_count=0,
    )


def issue_ticket(
    session: Session,
    office_id: uuid.UUID,
    area_code: str,
    *,
    at: datetime,
    tz: ZoneInfo,
    priority_group: str | None = None,
    booking: tuple[uuid.UUID, datetime] | None = None,
) -> TicketInfo:
    """Issue the next ticket of ``area_code`` for the local day of ``at``; the caller commits.

    ``booking`` (its id and slot start) makes it a booked ticket, in its first op already.

    Raises:
        NotFound: no such open area.
        ServiceError: outside the area's hours, its daily cap is reached, or an unknown
            priority group.
    """
    area = _open_area(session, office_id, area_code)
    local = at.astimezone(tz)
    _check_hours(area, local.time())
    label = _priority_label(session, office_id, priority_group)
    number = allocate_ticket_number(session, area, local.date())
    _check_daily_cap(area, number)
    ticket = _new_ticket(area, number, local.date(), priority_group, at)
    if booking is not None:
        ticket.booking_id, ticket.booking_start = booking
    session.add(ticket)
    add_event(session, ticket, EventKind.ISSUED, at)
    return _with_wait(session, ticket, area, label)


def _with_wait(
    session: Session, ticket: QueueTicket, area: ServiceArea, priority_label: str
) -> TicketInfo:
    """The ticket's view with who waits ahead of it and the estimated wait."""
    ahead = _waiting_ahead(session, ticket) if ticket.status == TicketState.WAITING else 0
    wait = _estimated_wait(session, area.id, ahead)
    return ticket_info(ticket, area, ahead=ahead, wait=wait, priority_label=priority_label)


def _estimated_wait(session: Session, area_id: uuid.UUID, ahead: int) -> int:
    """Minutes until a ticket with ``ahead`` tickets before it is called, from recent service."""
    recent = _recent_service_seconds(session, area_id)
    return estimate_wait_minutes(ahead, recent, open_counter_count(session, area_id))


def _waiting_ahead(session: Session, ticket: QueueTicket) -> int:
    """Tickets of the same area and day called before this one (priority ones before normal)."""
    query = (
        select(func.count())
        .select_from(QueueTicket)
        .where(
            QueueTicket.area_id == ticket.area_id,
            QueueTicket.local_day == ticket.local_day,
            QueueTicket.status == TicketState.WAITING.value,
            QueueTicket.id != ticket.id,
        )
    )
    if ticket.priority_group is not None:
        query = query.where(QueueTicket.priority_group.is_not(None))
    return int(session.scalar(query) or 0)


def _last_finished(session: Session, area_id: uuid.UUID) -> Sequence[Row[Any]]:
    """Called, serving and finished moments of the area's last finished tickets."""
    return session.execute(
        select(QueueTicket.called_at, QueueTicket.serving_at, QueueTicket.finished_at)
        .where(QueueTicket.area_id == area_id, QueueTicket.status == TicketState.DONE.value)
        .order_by(QueueTicket.finished_at.desc())
        .limit(RECENT_SERVICE_SAMPLE)
    ).all()


def _recent_service_seconds(session: Session, area_id: uuid.UUID) -> list[float]:
    """How long the area's last finished tickets took at the counter, in seconds."""
    durations = (_service_seconds(*row) for row in _last_finished(session, area_id))
    return [seconds for seconds in durations if seconds is not None]


def _service_seconds(
    called: datetime | None, serving: datetime | None, finished: datetime | None
) -> float | None:
    """From the start of service (or the call) to its end; None when unknown or not positive."""
    start = serving or called
    if start is None or finished is None or finished <= start:
        return None
    return (finished - start).total_seconds()


def ticket_info(
    ticket: QueueTicket,
    area: ServiceArea,
    *,
    ahead: int = 0,
    wait: int = 0,
    priority_label: str = "",
) -> TicketInfo:
    """The plain view of ``ticket`` (of ``area``)."""
    return TicketInfo(
        id=ticket.id,
        display_number=ticket.display_number,
        area_code=area.code,
        area_name=area.name,
        priority_group=ticket.priority_group,
        issued_at=ticket.issued_at,
        waiting_ahead=ahead,
        number=ticket.number,
        local_day=ticket.local_day,
        barcode=ticket_barcode(ticket.display_number, ticket.local_day),
        status=ticket.status,
        priority_label=priority_label,
        estimated_wait_minutes=wait,
        counter_number=ticket.counter_number,
        arrival_at=ticket.arrival_at,
        called_at=ticket.called_at,
        recall_count=ticket.recall_count,
        booking_start=ticket.booking_start,
    )


def _ticket_id(text: str) -> uuid.UUID | None:
    """The ticket id ``text`` holds, if it is one."""
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        return None


def _ticket_by_ref(
    session: Session, office_id: uuid.UUID, text: str, today: date
) -> QueueTicket | None:
    """The ticket a typed number (of ``today``) or a scanned barcode (of its day) names."""
    ref = parse_ticket_ref(text)
    if ref is None:
        return None
    return session.scalars(
        select(QueueTicket).where(
            QueueTicket.office_id == office_id,
            QueueTicket.local_day == (ref.local_day or today),
            QueueTicket.display_number == ref.display_number,
        )
    ).one_or_none()


def _lookup(session: Session, office_id: uuid.UUID, text: str, today: date) -> QueueTicket | None:
    """By id when ``text`` is one, else by number or barcode."""
    ticket_id = _ticket_id(text)
    if ticket_id is not None:
        return session.get(QueueTicket, ticket_id)
    return _ticket_by_ref(session, office_id, text, today)


def find_ticket(
    session: Session, office_id: uuid.UUID, text: str, *, at: datetime, tz: ZoneInfo
) -> QueueTicket:
    """The ticket a typed number (today's ``A012``), a scanned barcode or a ticket id names.

    Raises:
        NotFound: nothing matches.
    """
    ticket = _lookup(session, office_id, text, local_day_of(at, tz))
    if ticket is None or ticket.office_id != office_id:
        raise NotFound(f"no ticket {text.strip()!r}", f"Không tìm thấy phiếu số {text.strip()}.")
    return ticket


def _area_of(session: Session, ticket: QueueTicket) -> ServiceArea:
    area = session.get(ServiceArea, ticket.area_id)
    assert area is not None
    return area


def describe_ticket(session: Session, ticket: QueueTicket) -> TicketInfo:
    """The plain view of a stored ticket, with its priority label."""
    label = _priority_label_or_code(session, ticket)
    return ticket_info(ticket, _area_of(session, ticket), priority_label=label)


def _priority_label_or_code(session: Session, ticket: QueueTicket) -> str:
    """The label of the ticket's group; its code when the group is gone or inactive."""
    if ticket.priority_group is None:
        return ""
    labels = priority_labels(session, ticket.office_id)
    return labels.get(ticket.priority_group, ticket.priority_group)


def _ticket_row(session: Session, ticket_id: uuid.UUID) -> QueueTicket:
    ticket = session.get(QueueTicket, ticket_id)
    if ticket is None:
        raise NotFound(f"no ticket {ticket_id}", "Không tìm thấy phiếu.")
    return ticket


def get_ticket(session: Session, ticket_id: uuid.UUID) -> TicketInfo:
    """A ticket by id.

    Raises:
        NotFound: no such ticket.
    """
    return describe_ticket(session, _ticket_row(session, ticket_id))


def ticket_for_print(session: Session, ticket_id: uuid.UUID) -> TicketInfo:
    """A ticket with its current waiting-ahead count and estimated wait (for a reprint).

    Raises:
        NotFound: no such ticket.
    """
    ticket = _ticket_row(session, ticket_id)
    label = _priority_label_or_code(session, ticket)
    return _with_wait(session, ticket, _area_of(session, ticket), label)
