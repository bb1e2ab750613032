"""Queue tickets: issuing (numbering per office, area and local day) and finding tickets.

The lifecycle steps (call, recall, no-show, transfer, done, pause) are in ``queue_calls``; the
configuration of areas, counters and priority groups in ``queue_config``; what displays show in
``queue_board``. Every step writes a ``TicketEvent``, an outbox op and bumps the office's
``queue_board.change_seq`` in the caller's transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from desktop_app.services.errors import NotFound, ServiceError
from desktop_app.services.numbering import allocate_number
from desktop_app.services.outbox import record_ticket
from desktop_app.services.queue.config import effective_priority_groups, open_counter_count
from desktop_app.storage.models import QueueBoard, QueueTicket, ServiceArea, TicketEvent, utc_now
from motcua_core.domain.queue_order import (
    estimate_wait_minutes,
    format_ticket_number,
    parse_ticket_ref,
    ticket_barcode,
)
from motcua_core.domain.ticket_state import TicketState

__all__ = [
    "TicketInfo",
    "bump_board",
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


def local_day_of(at: datetime, tz: ZoneInfo) -> date:
    """The office's local date of the moment ``at``."""
    return at.astimezone(tz).date()


def day_start_utc(day: date, tz: ZoneInfo) -> datetime:
    """The first moment of the local ``day``."""
    return datetime.combine(day, time(0, 0), tz)


def bump_board(session: Session, office_id: uuid.UUID) -> int:
    """Raise the office's change number by one (creating the board row); returns the new one.

    Called in every transaction that changes what a display or counter panel shows. On
    PostgreSQL the row lock also orders concurrent changes, so a display that sees number N has
    every change up to N committed.
    """
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    table = QueueBoard.__table__
    statement = (
        insert(table)
        .values(office_id=office_id, change_seq=1, notice="", updated_at=utc_now())
        .on_conflict_do_update(
            index_elements=[table.c.office_id],
            set_={"change_seq": table.c.change_seq + 1, "updated_at": utc_now()},
        )
        .returning(table.c.change_seq)
    )
    return int(session.execute(statement).scalar_one())


def add_event(
    session: Session,
    ticket: QueueTicket,
    kind: str,
    at: datetime,
    *,
    counter_number: int | None = None,
    staff_id: uuid.UUID | None = None,
    note: str = "",
) -> None:
    """Record one step of ``ticket``: the event row, the outbox op, the board's change number."""
    session.add(
        TicketEvent(
            id=uuid.uuid4(),
            ticket_id=ticket.id,
            at=at,
            kind=kind,
            counter_number=counter_number,
            staff_id=staff_id,
            note=note,
        )
    )
    session.flush()
    record_ticket(session, ticket)
    bump_board(session, ticket.office_id)


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
    if (
        area.opens_at
        and local_time < area.opens_at
        or area.closes_at
        and local_time >= area.closes_at
    ):
        raise ServiceError(
            f"area {area.code} issues tickets only during its opening hours",
            f"Lĩnh vực {area.name} chỉ cấp số trong giờ làm việc.",
        )


def _priority_label(session: Session, office_id: uuid.UUID, group: str | None) -> str:
    if group is None:
        return ""
    labels = {g.code: g.label for g in effective_priority_groups(session, office_id)}
    if group not in labels:
        raise ServiceError(f"unknown priority group {group!r}", "Nhóm ưu tiên không hợp lệ.")
    return labels[group]


def issue_ticket(
    session: Session,
    office_id: uuid.UUID,
    area_code: str,
    *,
    at: datetime,
    tz: ZoneInfo,
    priority_group: str | None = None,
) -> TicketInfo:
    """Issue the next ticket of ``area_code`` for the local day of ``at``; the caller commits.

    Raises:
        NotFound: no such open area.
        ServiceError: outside the area's hours, its daily cap is reached, or an unknown
            priority group.
    """
    area = _open_area(session, office_id, area_code)
    local = at.astimezone(tz)
    _check_hours(area, local.time())
    label = _priority_label(session, office_id, priority_group)
    local_day = local.date()
    number = allocate_number(session, f"ticket:{office_id}:{area.code}", local_day)
    if area.daily_cap is not None and number > area.daily_cap:
        raise ServiceError(
            f"area {area.code} has reached its daily cap of {area.daily_cap}",
            f"Lĩnh vực {area.name} đã hết số trong ngày ({area.daily_cap} số).",
        )
    ticket = QueueTicket(
        id=uuid.uuid4(),
        office_id=office_id,
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
    session.add(ticket)
    add_event(session, ticket, "issued", at)
    ahead = _waiting_ahead(session, ticket)
    wait = estimate_wait_minutes(
        ahead, _recent_service_seconds(session, area.id), open_counter_count(session, area.id)
    )
    return ticket_info(ticket, area, ahead=ahead, wait=wait, priority_label=label)


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


def _recent_service_seconds(session: Session, area_id: uuid.UUID) -> list[float]:
    rows = session.execute(
        select(QueueTicket.called_at, QueueTicket.serving_at, QueueTicket.finished_at)
        .where(QueueTicket.area_id == area_id, QueueTicket.status == TicketState.DONE.value)
        .order_by(QueueTicket.finished_at.desc())
        .limit(RECENT_SERVICE_SAMPLE)
    ).all()
    seconds = []
    for called, serving, finished in rows:
        start = serving or called
        if start is not None and finished is not None and finished > start:
            seconds.append((finished - start).total_seconds())
    return seconds


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
    )


def find_ticket(
    session: Session, office_id: uuid.UUID, text: str, *, at: datetime, tz: ZoneInfo
) -> QueueTicket:
    """The ticket a typed number (today's ``A012``), a scanned barcode or a ticket id names.

    Raises:
        NotFound: nothing matches.
    """
    ticket: QueueTicket | None = None
    try:
        ticket = session.get(QueueTicket, uuid.UUID(text.strip()))
    except ValueError:
        ref = parse_ticket_ref(text)
        if ref is not None:
            day = ref.local_day or local_day_of(at, tz)
            ticket = session.scalars(
                select(QueueTicket).where(
                    QueueTicket.office_id == office_id,
                    QueueTicket.local_day == day,
                    QueueTicket.display_number == ref.display_number,
                )
            ).one_or_none()
    if ticket is None or ticket.office_id != office_id:
        raise NotFound(f"no ticket {text.strip()!r}", f"Không tìm thấy phiếu số {text.strip()}.")
    return ticket


def describe_ticket(session: Session, ticket: QueueTicket) -> TicketInfo:
    """The plain view of a stored ticket, with its priority label."""
    area = session.get(ServiceArea, ticket.area_id)
    assert area is not None
    label = _priority_label_or_code(session, ticket)
    return ticket_info(ticket, area, priority_label=label)


def _priority_label_or_code(session: Session, ticket: QueueTicket) -> str:
    if ticket.priority_group is None:
        return ""
    labels = {g.code: g.label for g in effective_priority_groups(session, ticket.office_id)}
    return labels.get(ticket.priority_group, ticket.priority_group)


def get_ticket(session: Session, ticket_id: uuid.UUID) -> TicketInfo:
    """A ticket by id.

    Raises:
        NotFound: no such ticket.
    """
    ticket = session.get(QueueTicket, ticket_id)
    if ticket is None:
        raise NotFound(f"no ticket {ticket_id}", "Không tìm thấy phiếu.")
    return describe_ticket(session, ticket)


def ticket_for_print(session: Session, ticket_id: uuid.UUID) -> TicketInfo:
    """A ticket with its current waiting-ahead count and estimated wait (for a reprint).

    Raises:
        NotFound: no such ticket.
    """
    ticket = session.get(QueueTicket, ticket_id)
    if ticket is None:
        raise NotFound(f"no ticket {ticket_id}", "Không tìm thấy phiếu.")
    area = session.get(ServiceArea, ticket.area_id)
    assert area is not None
    ahead = _waiting_ahead(session, ticket) if ticket.status == TicketState.WAITING else 0
    wait = estimate_wait_minutes(
        ahead, _recent_service_seconds(session, area.id), open_counter_count(session, area.id)
    )
    label = _priority_label_or_code(session, ticket)
    return ticket_info(ticket, area, ahead=ahead, wait=wait, priority_label=label)
