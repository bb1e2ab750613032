"""Queue tables beyond the core ticket: priority groups, counter state and the display board.

``queue_board.change_seq`` goes up by one in every transaction that changes what a display or a
counter panel shows (a ticket issued, called, finished; a counter paused; the notice line), so
stations learn of changes with one cheap query.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.storage.models.base import Base, utc_now, uuid_pk
from desktop_app.storage.models.core import QueueTicket, TicketEvent


class QueuePriorityGroup(Base):
    """A group of citizens served first (người cao tuổi, người khuyết tật, ...)."""

    __tablename__ = "queue_priority_group"
    __table_args__ = (UniqueConstraint("office_id", "code"),)

    id: Mapped[uuid.UUID] = uuid_pk()
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"))
    code: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(200))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class QueueCounterState(Base):
    """A counter's live queue state: paused (and why), priority calls in a row."""

    __tablename__ = "queue_counter_state"

    counter_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("counter.id"), primary_key=True)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    pause_reason: Mapped[str] = mapped_column(Text, default="")
    paused_at: Mapped[datetime | None]
    priority_streak: Mapped[int] = mapped_column(Integer, default=0)


class QueueBoard(Base):
    """One row per office: the change number displays poll, and the notice line they show."""

    __tablename__ = "queue_board"

    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"), primary_key=True)
    change_seq: Mapped[int] = mapped_column(Integer, default=0)
    notice: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)


# A ticket's number is unique per office and local day whatever its area (prefixes are unique),
# which lets the printed barcode (day + number) name exactly one ticket, also after a transfer.
Index(
    "uq_queue_ticket_day_display",
    QueueTicket.office_id,
    QueueTicket.local_day,
    QueueTicket.display_number,
    unique=True,
)
# The display's "last calls" list reads the newest call events.
Index("ix_ticket_event_kind_at", TicketEvent.kind, TicketEvent.at)
