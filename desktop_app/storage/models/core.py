"""The core office models: office, staff, catalogue, dossiers, handovers, tickets, audit."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    Time,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_app.storage.models.base import Base, utc_now, uuid_pk
from motcua_core.domain import field_limits as limits


class Office(Base):
    __tablename__ = "office"

    id: Mapped[uuid.UUID] = uuid_pk()
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    address: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)


class Staff(Base):
    __tablename__ = "staff"
    __table_args__ = (
        CheckConstraint(
            "role IN ('reception', 'specialist', 'leader', 'admin')", name="role_known"
        ),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"))
    username: Mapped[str] = mapped_column(String(80), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    department: Mapped[str | None] = mapped_column(String(200))
    password_hash: Mapped[str | None] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utc_now)


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


class Procedure(Base):
    """A procedure of the catalogue (thủ tục hành chính) with its legal time limit."""

    __tablename__ = "procedure"
    __table_args__ = (
        CheckConstraint(
            "limit_unit IN ('hours', 'working_days', 'half_days', 'calendar_days', 'same_day')",
            name="limit_unit_known",
        ),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    code: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(500))
    name_key: Mapped[str] = mapped_column(String(500), index=True)
    field: Mapped[str] = mapped_column(String(200))
    limit_amount: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    limit_unit: Mapped[str] = mapped_column(String(20))
    same_day: Mapped[bool] = mapped_column(Boolean, default=False)
    fee_text: Mapped[str] = mapped_column(Text, default="")
    local_fee_text: Mapped[str | None] = mapped_column(Text)
    required_documents: Mapped[list[Any]] = mapped_column(default=list)
    area_code: Mapped[str | None] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)


class Applicant(Base):
    """A citizen who hands in dossiers; column sizes are the form's limits (field_limits)."""

    __tablename__ = "applicant"
    __table_args__ = (Index("ix_applicant_id_number", "id_number"),)

    id: Mapped[uuid.UUID] = uuid_pk()
    full_name: Mapped[str] = mapped_column(String(limits.FULL_NAME))
    name_key: Mapped[str] = mapped_column(String(limits.FULL_NAME), index=True)
    id_type: Mapped[str | None] = mapped_column(String(limits.ID_TYPE))
    id_number: Mapped[str | None] = mapped_column(String(limits.ID_NUMBER))
    # The 9-digit CMND a citizen's card records, and the sex ("male"/"female") it states.
    old_id_number: Mapped[str | None] = mapped_column(String(limits.OLD_ID_NUMBER))
    sex: Mapped[str | None] = mapped_column(String(limits.SEX))
    birth_date: Mapped[date | None] = mapped_column(Date)
    phone: Mapped[str | None] = mapped_column(String(limits.PHONE))
    email: Mapped[str | None] = mapped_column(String(limits.EMAIL))
    address: Mapped[str] = mapped_column(String(limits.ADDRESS), default="")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)


class Dossier(Base):
    """An administrative dossier (hồ sơ); its status is the national code 1–10."""

    __tablename__ = "dossier"
    __table_args__ = (
        CheckConstraint("status BETWEEN 1 AND 10", name="status_known"),
        CheckConstraint("channel IN (1, 2, 3)", name="channel_known"),
        Index("ix_dossier_name_key", "name_key"),
        Index("ix_dossier_id_number", "id_number"),
        Index("ix_dossier_phone", "phone"),
        Index("ix_dossier_status_due", "status", "due_at"),
        Index("ix_dossier_received_at", "received_at"),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    code: Mapped[str] = mapped_column(String(60), unique=True)
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"))
    procedure_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("procedure.id"))
    applicant_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("applicant.id"))
    # Denormalised for fast search on millions of rows: folded name, ID number, phone.
    name_key: Mapped[str] = mapped_column(String(200), default="")
    id_number: Mapped[str | None] = mapped_column(String(20))
    phone: Mapped[str | None] = mapped_column(String(20))
    owner_name: Mapped[str | None] = mapped_column(String(200))
    channel: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[int] = mapped_column(Integer, default=2)
    received_at: Mapped[datetime]
    due_at: Mapped[datetime | None]
    original_due_at: Mapped[datetime | None]
    extended: Mapped[bool] = mapped_column(Boolean, default=False)
    paused_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]
    returned_at: Mapped[datetime | None]
    sets_count: Mapped[int] = mapped_column(Integer, default=1)
    fee_text: Mapped[str] = mapped_column(Text, default="")
    documents: Mapped[list[Any]] = mapped_column(default=list)
    return_method: Mapped[str] = mapped_column(String(20), default="counter")
    return_address: Mapped[str | None] = mapped_column(String(500))
    visit_ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("queue_ticket.id"))
    # One citizen visit (lượt công dân) brings one or more dossiers: the ticket served, or the
    # visit id of an imported register. Reports count distinct visits.
    visit_key: Mapped[str | None] = mapped_column(String(80), index=True)
    # Idempotency key made by the client for one "Receive" action: a retried or doubled save
    # finds the dossier already made instead of making a second one.
    request_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, unique=True)
    received_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)
    # handover/return (3B): what the department asked or decided, and who took the result.
    supplement_request: Mapped[str | None] = mapped_column(Text)
    stop_reason: Mapped[str | None] = mapped_column(Text)
    extension_reason: Mapped[str | None] = mapped_column(Text)
    returned_to_name: Mapped[str | None] = mapped_column(String(200))
    returned_to_id_number: Mapped[str | None] = mapped_column(String(20))
    returned_to_authorised: Mapped[bool | None] = mapped_column(Boolean)
    returned_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    fee_collected: Mapped[Decimal | None] = mapped_column(Numeric(12, 0))

    applicant: Mapped[Applicant | None] = relationship()
    procedure: Mapped[Procedure] = relationship()
    events: Mapped[list[DossierEvent]] = relationship(
        back_populates="dossier", order_by="DossierEvent.at"
    )


class DossierEvent(Base):
    """Every status change and handover of a dossier: who, when, from, to, note."""

    __tablename__ = "dossier_event"

    id: Mapped[uuid.UUID] = uuid_pk()
    dossier_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dossier.id"), index=True)
    at: Mapped[datetime] = mapped_column(default=utc_now)
    kind: Mapped[str] = mapped_column(String(40))
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    from_status: Mapped[int | None] = mapped_column(Integer)
    to_status: Mapped[int | None] = mapped_column(Integer)
    from_unit: Mapped[str | None] = mapped_column(String(200))
    to_unit: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(Text, default="")

    dossier: Mapped[Dossier] = relationship(back_populates="events")


class HandoverBatch(Base):
    """A batch of dossiers handed to a department, back to the counter, or to the post."""

    __tablename__ = "handover_batch"
    __table_args__ = (
        CheckConstraint(
            "direction IN ('to_department', 'to_counter', 'to_post')", name="direction_known"
        ),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"))
    direction: Mapped[str] = mapped_column(String(20))
    from_unit: Mapped[str] = mapped_column(String(200))
    to_unit: Mapped[str] = mapped_column(String(200))
    sender_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    receiver_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    receiver_name: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    sent_at: Mapped[datetime | None]
    received_at: Mapped[datetime | None]
    note: Mapped[str] = mapped_column(Text, default="")
    # handover/return (3B): the printed number of the batch, per office local day.
    number: Mapped[int | None] = mapped_column(Integer)

    items: Mapped[list[HandoverItem]] = relationship(back_populates="batch")


class HandoverItem(Base):
    __tablename__ = "handover_item"
    __table_args__ = (UniqueConstraint("batch_id", "dossier_id"),)

    id: Mapped[uuid.UUID] = uuid_pk()
    batch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("handover_batch.id"))
    dossier_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dossier.id"), index=True)
    handed_at: Mapped[datetime | None]
    received_at: Mapped[datetime | None]
    result_note: Mapped[str] = mapped_column(Text, default="")
    # handover/return (3B): who gave and who took this dossier.
    sender_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    receiver_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))

    batch: Mapped[HandoverBatch] = relationship(back_populates="items")


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


class DailyCounter(Base):
    """The last number handed out for a scope on a local day (dossier sequence, ticket numbers).

    Allocation increments this row inside the transaction that uses the number, so concurrent
    stations serialise on the row (PostgreSQL) or the database write lock (SQLite).
    """

    __tablename__ = "daily_counter"

    scope: Mapped[str] = mapped_column(String(120), primary_key=True)
    local_day: Mapped[date] = mapped_column(Date, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class Rating(Base):
    __tablename__ = "rating"
    __table_args__ = (
        CheckConstraint(
            "level IN ('very_satisfied', 'satisfied', 'dissatisfied')", name="level_known"
        ),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"))
    dossier_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("dossier.id"))
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("queue_ticket.id"))
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    level: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(default=utc_now)


class CalendarOverride(Base):
    """A local change to the work calendar: an extra day off or an extra working day."""

    __tablename__ = "calendar_override"
    __table_args__ = (UniqueConstraint("office_id", "day"),)

    id: Mapped[uuid.UUID] = uuid_pk()
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"))
    day: Mapped[date] = mapped_column(Date)
    is_working_day: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text, default="")


class AuditEntry(Base):
    """Who viewed or changed what, when. Written by services; never edited by the application."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_at", "at"),)

    id: Mapped[uuid.UUID] = uuid_pk()
    at: Mapped[datetime] = mapped_column(default=utc_now)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(String(80))
    detail: Mapped[str] = mapped_column(Text, default="")
