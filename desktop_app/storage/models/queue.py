"""The queue: service areas, counters, tickets and their events, priority groups, the board."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_app.storage.models.base import Base, utc_now, uuid_pk

if TYPE_CHECKING:
    from desktop_app.storage.models.bookings import Booking


class ServiceArea(Base):
    """A queue service area (lĩnh vực) with its ticket prefix."""

    __tablename__ = "service_area"
    __table_args__ = (
        UniqueConstraint("office_id", "code"),
        UniqueConstraint("office_id", "ticket_prefix"),
        CheckConstraint("number_width IN (3, 4)", name="number_width_3_or_4"),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"))
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    ticket_prefix: Mapped[str] = mapped_column(String(4))
    number_width: Mapped[int] = mapped_column(Integer, default=3)
    daily_cap: Mapped[int | None] = mapped_column(Integer)
    opens_at: Mapped[time | None] = mapped_column(Time)
    closes_at: Mapped[time | None] = mapped_column(Time)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Booked calls in a row that went before a waiting walk-in (the booking call rule's K).
    booking_streak: Mapped[int] = mapped_column(Integer, server_default="0")


class Counter(Base):
    __tablename__ = "counter"
    __table_args__ = (UniqueConstraint("office_id", "number"),)

    id: Mapped[uuid.UUID] = uuid_pk()
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"))
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    areas: Mapped[list[CounterArea]] = relationship(
        order_by="CounterArea.preference", cascade="all, delete-orphan"
    )


class CounterArea(Base):
    """A service area a counter serves, in its order of preference (1 first)."""

    __tablename__ = "counter_area"

    counter_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("counter.id"), primary_key=True)
    area_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_area.id"), primary_key=True)
    preference: Mapped[int] = mapped_column(Integer, default=1)


class QueueTicket(Base):
    """A numbered queue ticket; the number is unique per office, area and local day."""

    __tablename__ = "queue_ticket"
    __table_args__ = (
        UniqueConstraint("office_id", "area_id", "local_day", "number"),
        CheckConstraint(
            "status IN ('waiting', 'called', 'serving', 'done', 'no_show', 'transferred',"
            " 'cancelled')",
            name="status_known",
        ),
        Index("ix_queue_ticket_waiting", "office_id", "local_day", "status", "area_id"),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"))
    area_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_area.id"))
    local_day: Mapped[date] = mapped_column(Date)
    number: Mapped[int] = mapped_column(Integer)
    display_number: Mapped[str] = mapped_column(String(10))
    priority_group: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20), default="waiting")
    issued_at: Mapped[datetime] = mapped_column(default=utc_now)
    arrival_at: Mapped[datetime] = mapped_column(default=utc_now)
    called_at: Mapped[datetime | None]
    serving_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]
    counter_number: Mapped[int | None] = mapped_column(Integer)
    target_counter: Mapped[int | None] = mapped_column(Integer)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    recall_count: Mapped[int] = mapped_column(Integer, default=0)
    # A checked-in booking's ticket, with its slot's start (calling needs no join).
    booking_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("booking.id", use_alter=True))
    booking_start: Mapped[datetime | None]
    booking: Mapped[Booking | None] = relationship(foreign_keys=[booking_id])


class TicketEvent(Base):
    """Each step of a ticket: when, which counter, which officer."""

    __tablename__ = "ticket_event"

    id: Mapped[uuid.UUID] = uuid_pk()
    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("queue_ticket.id"), index=True)
    at: Mapped[datetime] = mapped_column(default=utc_now)
    kind: Mapped[str] = mapped_column(String(20))
    counter_number: Mapped[int | None] = mapped_column(Integer)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str] = mapped_column(Text, default="")


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
