"""Tables of the central database.

Offices and their enrolled devices; applied ops (one row per office and op id: the
de-duplication key, with the result answered); the change log offices pull, numbered by a
counter row updated inside each writing transaction so that commit order matches numbering;
projections of what offices pushed; the catalogue and calendar overrides the server owns.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from motcua_core.db import NAMING_CONVENTION, UtcDateTime


def utc_now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UtcDateTime, dict[str, Any]: JSON}


def _uuid_pk() -> Mapped[uuid.UUID]:
    return mapped_column(Uuid, primary_key=True, default=uuid.uuid4)


class ServerState(Base):
    """One row: the epoch, renewed when the database is restored from a backup."""

    __tablename__ = "server_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    epoch: Mapped[str] = mapped_column(String(64))
    epoch_started_at: Mapped[datetime] = mapped_column(default=utc_now)


class ChangeCounter(Base):
    """One row: the last change-log number handed out (locked by each writer until commit)."""

    __tablename__ = "change_counter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)


class CentralOffice(Base):
    __tablename__ = "office"

    id: Mapped[uuid.UUID] = _uuid_pk()
    unit_code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)


class EnrolmentToken(Base):
    """A one-time token district IT hands to an office; only its hash is kept."""

    __tablename__ = "enrolment_token"

    id: Mapped[uuid.UUID] = _uuid_pk()
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    device_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)


class Device(Base):
    """An enrolled device: its credential (hashed), scope (one office) and last report."""

    __tablename__ = "device"

    id: Mapped[uuid.UUID] = _uuid_pk()
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    secret_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    revoked_at: Mapped[datetime | None]
    last_seen_at: Mapped[datetime | None]
    last_sync_at: Mapped[datetime | None]
    ops_waiting: Mapped[int | None] = mapped_column(Integer)
    ops_rejected: Mapped[int | None] = mapped_column(Integer)
    clock_skew_seconds: Mapped[float | None] = mapped_column(Float)
    app_version: Mapped[str | None] = mapped_column(String(40))


class AppliedOp(Base):
    """Every op an office pushed, once per office and op id, with the result answered."""

    __tablename__ = "applied_op"
    __table_args__ = (
        CheckConstraint("outcome IN ('applied', 'rejected', 'conflict')", name="outcome_known"),
        #: Counts by office and outcome. ``outcome`` comes first so that no index but the primary
        #: key begins with the office: a push's lookup of repeats stays a key probe
        #: (``stored_outcomes``).
        Index("ix_applied_op_outcome_office", "outcome", "office_id"),
    )

    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"), primary_key=True)
    op_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("device.id"))
    batch_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(80))
    office_seq: Mapped[int] = mapped_column(BigInteger)
    device_time: Mapped[datetime]
    applied_at: Mapped[datetime] = mapped_column(default=utc_now)
    outcome: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(Text)


class ChangeLog(Base):
    """What offices pull, in ``seq`` order; ``office_id`` NULL means every office."""

    __tablename__ = "change_log"
    __table_args__ = (
        Index("ix_change_log_office_seq", "office_id", "seq"),
        #: The changes for every office, so that a page reads only its own entries (``changes``).
        Index(
            "ix_change_log_common_seq",
            "seq",
            postgresql_where=text("office_id IS NULL"),
            sqlite_where=text("office_id IS NULL"),
        ),
    )

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    office_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("office.id"))
    kind: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(80))
    operation: Mapped[str] = mapped_column(String(20))
    payload: Mapped[dict[str, Any]]
    at: Mapped[datetime] = mapped_column(default=utc_now)


class CentralDossier(Base):
    """A dossier as the centre knows it; ``status_origin`` says who set the status last."""

    __tablename__ = "dossier"
    __table_args__ = (
        CheckConstraint("status BETWEEN 1 AND 10", name="status_known"),
        CheckConstraint("status_origin IN ('office', 'central')", name="origin_known"),
    )

    id: Mapped[uuid.UUID] = _uuid_pk()
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"), index=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)
    procedure_code: Mapped[str] = mapped_column(String(60))
    channel: Mapped[int] = mapped_column(Integer)
    status: Mapped[int] = mapped_column(Integer)
    status_origin: Mapped[str] = mapped_column(String(10))
    received_at: Mapped[datetime | None]
    due_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]
    returned_at: Mapped[datetime | None]
    owner_name: Mapped[str | None] = mapped_column(String(200))
    last_office_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    payload: Mapped[dict[str, Any]]
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)


class CentralDossierEvent(Base):
    __tablename__ = "dossier_event"

    id: Mapped[uuid.UUID] = _uuid_pk()
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"), index=True)
    dossier_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    at: Mapped[datetime]
    kind: Mapped[str] = mapped_column(String(40))
    from_status: Mapped[int | None] = mapped_column(Integer)
    to_status: Mapped[int | None] = mapped_column(Integer)
    origin: Mapped[str] = mapped_column(String(10))
    payload: Mapped[dict[str, Any]]


class CentralTicket(Base):
    __tablename__ = "ticket"

    id: Mapped[uuid.UUID] = _uuid_pk()
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"), index=True)
    local_day: Mapped[date | None] = mapped_column(Date)
    display_number: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(20))
    last_office_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    payload: Mapped[dict[str, Any]]


class CentralHandoverBatch(Base):
    __tablename__ = "handover_batch"

    id: Mapped[uuid.UUID] = _uuid_pk()
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"), index=True)
    last_office_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    payload: Mapped[dict[str, Any]]


class CentralRating(Base):
    __tablename__ = "rating"

    id: Mapped[uuid.UUID] = _uuid_pk()
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"), index=True)
    level: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime | None]
    payload: Mapped[dict[str, Any]]


class CatalogueProcedure(Base):
    """The procedure catalogue, owned by the server; changes reach offices through the log."""

    __tablename__ = "procedure"

    code: Mapped[str] = mapped_column(String(60), primary_key=True)
    entry: Mapped[dict[str, Any]]
    #: The entry's online level as a column the index joins on (``full``, ``partial``, None).
    online_level: Mapped[str | None] = mapped_column(String(10))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)


class CentralCalendarOverride(Base):
    """An extra day off or working day for one office, set centrally."""

    __tablename__ = "calendar_override"
    __table_args__ = (UniqueConstraint("office_id", "day"),)

    id: Mapped[uuid.UUID] = _uuid_pk()
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"))
    day: Mapped[date] = mapped_column(Date)
    is_working_day: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text, default="")


class OnlineSequence(Base):
    """The last online-dossier number of an office on a local day."""

    __tablename__ = "online_sequence"

    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"), primary_key=True)
    local_day: Mapped[date] = mapped_column(Date, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class LookupAttempt(Base):
    """Public lookups from one client address in one minute (``rate_limit``): shared by every
    worker; ``window_start`` is the minute number since the Unix epoch."""

    __tablename__ = "lookup_attempt"

    address: Mapped[str] = mapped_column(String(64), primary_key=True)
    window_start: Mapped[int] = mapped_column(BigInteger, primary_key=True, index=True)
    attempts: Mapped[int] = mapped_column(Integer)


class AttachmentBlob(Base):
    """A file in the central attachment folder, stored once under its SHA-256 (``complete``
    once an office's upload of it was verified; ``bytes`` is then its true size)."""

    __tablename__ = "attachment_blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    bytes: Mapped[int] = mapped_column(BigInteger)
    complete: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    completed_at: Mapped[datetime | None]


class AttachmentHolding(Base):
    """An office's upload of a file (declared size) and, once ``held_at``, its right to read it:
    every office proves it has the bytes by sending them, even when another office did."""

    __tablename__ = "attachment_holding"

    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"), primary_key=True)
    sha256: Mapped[str] = mapped_column(
        ForeignKey("attachment_blob.sha256"), primary_key=True, index=True
    )
    bytes: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    held_at: Mapped[datetime | None]


class AttachmentChunk(Base):
    """A chunk of an office's upload that is on disk (written and synced before this row)."""

    __tablename__ = "attachment_chunk"
    __table_args__ = (
        ForeignKeyConstraint(
            ["office_id", "sha256"], ["attachment_holding.office_id", "attachment_holding.sha256"]
        ),
    )

    office_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    chunk_index: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    bytes: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[datetime] = mapped_column(default=utc_now)


class CentralAttachment(Base):
    """A digitised document or electronic result of a dossier, as the office described it."""

    __tablename__ = "central_attachment"
    __table_args__ = (CheckConstraint("role IN ('document', 'result')", name="role_known"),)

    id: Mapped[uuid.UUID] = _uuid_pk()
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"), index=True)
    dossier_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    dossier_code: Mapped[str] = mapped_column(String(60))
    role: Mapped[str] = mapped_column(String(10))
    document_index: Mapped[int | None] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    last_office_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    payload: Mapped[dict[str, Any]]
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)


class CentralOfficeSetting(Base):
    """An office setting the centre counts by (``office_setting_ops``); the newest op wins."""

    __tablename__ = "central_office_setting"
    __table_args__ = (UniqueConstraint("office_id", "key"),)

    id: Mapped[uuid.UUID] = _uuid_pk()
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"), index=True)
    key: Mapped[str] = mapped_column(String(64))
    value: Mapped[Any] = mapped_column(JSON)
    last_office_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)
