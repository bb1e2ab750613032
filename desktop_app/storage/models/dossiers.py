"""Dossiers, their applicants, their events and the word index of applicants' names."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

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
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_app.storage.models.base import Base, utc_now, uuid_pk
from motcua_core.domain import field_limits as limits

if TYPE_CHECKING:
    from desktop_app.storage.models.catalogue import Procedure


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
    visit_key: Mapped[str | None] = mapped_column(String(limits.VISIT_KEY), index=True)
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
    # The citizen's consent to be told of the dossier's events: the medium chosen at reception
    # (sms|zalo|email; "none" without consent) and when consent was given. The default is the
    # database's only, so rows written by older versions (and their tests) need not name it.
    notify_medium: Mapped[str] = mapped_column(String(10), server_default="none")
    notify_consent_at: Mapped[datetime | None]

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


class DossierNameWord(Base):
    """One folded word of a dossier's applicant name after the first (``"nhung"``).

    The full folded name (``dossier.name_key``) serves prefix searches ("nguyen thi h…"); this
    table lets a search for a word inside the name ("nhung", "hong nhung") use an index too:
    ``word >= key AND word < key || '\\uffff'`` is a range on the primary key on SQLite and
    PostgreSQL alike.
    """

    __tablename__ = "dossier_name_word"

    word: Mapped[str] = mapped_column(String(60), primary_key=True)
    dossier_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dossier.id"), primary_key=True)


# The period report counts dossiers that ever had a status (supplement requested) with one
# indexed set read (services/reports/period.py).
Index("ix_dossier_event_to_status", DossierEvent.to_status, DossierEvent.dossier_id)
