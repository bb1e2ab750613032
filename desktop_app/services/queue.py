"""Queue tickets: numbering per office, area and local day."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.services.errors import NotFound, ServiceError
from desktop_app.services.numbering import allocate_number
from desktop_app.services.outbox import record_ticket
from desktop_app.storage.models import QueueTicket, ServiceArea, TicketEvent


@dataclass(frozen=True)
class TicketInfo:
    id: uuid.UUID
    display_number: str
    area_code: str
    area_name: str
    priority_group: str | None
    issued_at: datetime
    waiting_ahead: int


def format_ticket_number(prefix: str, number: int, width: int) -> str:
    """``A`` + 12 with width 3 → ``A012``; numbers past the width keep all their digits."""
    return f"{prefix}{number:0{width}d}"


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
        ServiceError: the area's daily cap is reached.
    """
    area = session.scalars(
        select(ServiceArea).where(
            ServiceArea.office_id == office_id,
            ServiceArea.code == area_code,
            ServiceArea.active.is_(True),
        )
    ).one_or_none()
    if area is None:
        raise NotFound(f"no open service area {area_code!r}", f"Không có lĩnh vực {area_code}.")
    local_day = at.astimezone(tz).date()
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
        status="waiting",
        issued_at=at,
        arrival_at=at,
    )
    session.add(ticket)
    session.add(TicketEvent(id=uuid.uuid4(), ticket_id=ticket.id, at=at, kind="issued"))
    session.flush()
    record_ticket(session, ticket)
    ahead = session.scalar(
        select(func.count())
        .select_from(QueueTicket)
        .where(
            QueueTicket.area_id == area.id,
            QueueTicket.local_day == local_day,
            QueueTicket.status == "waiting",
            QueueTicket.id != ticket.id,
        )
    )
    return TicketInfo(
        ticket.id, ticket.display_number, area.code, area.name, priority_group, at, int(ahead or 0)
    )
