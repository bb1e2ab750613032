"""The steps of a ticket as recorded: one ``TicketEvent`` per step, with its outbox op.

The kinds are stored in ``ticket_event.kind``, read by reports and sent to the central server;
keep their values unchanged. Recording a step also raises the office's change number, so every
display and counter panel shows it within a second.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy.orm import Session

from desktop_app.services.outbox import record_ticket
from desktop_app.services.queue.change_number import bump_board
from desktop_app.storage.models import QueueTicket, TicketEvent


class EventKind(StrEnum):
    """What happened to a ticket at one step."""

    ISSUED = "issued"
    CALLED = "called"
    RECALLED = "recalled"
    SERVING = "serving"
    DONE = "done"
    NO_SHOW = "no_show"
    REACTIVATED = "reactivated"
    TRANSFERRED = "transferred"
    CANCELLED = "cancelled"


#: The steps a display announces.
CALL_KINDS: tuple[str, ...] = (EventKind.CALLED.value, EventKind.RECALLED.value)


def add_event(
    session: Session,
    ticket: QueueTicket,
    kind: EventKind,
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
            kind=kind.value,
            counter_number=counter_number,
            staff_id=staff_id,
            note=note,
        )
    )
    session.flush()
    record_ticket(session, ticket)
    bump_board(session, ticket.office_id)
