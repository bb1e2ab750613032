"""The wire protocol between an office and the central server (shared by both sides).

Plain pydantic models, no database and no Qt: the office's sync client builds and reads them,
the central server validates requests with them and FastAPI publishes them in its OpenAPI
description. Moments are timezone-aware ISO 8601; ids are UUIDs.

Push: the office sends a fixed batch of at most ``MAX_BATCH_OPS`` ops / ``MAX_BATCH_BYTES``;
the server answers one ``OpResult`` per op. Pull: the office asks for the changes after its
cursor (a server sequence number) and gets a ``PullPage``; ``epoch`` changes when the server
was restored from a backup.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field

from motcua_core.domain.field_limits import INT32_MAX, INT64_MAX
from motcua_core.payloads import Text

PROTOCOL_VERSION = 1
API_PREFIX = "/api/v1"
MAX_BATCH_OPS = 200
MAX_BATCH_BYTES = 1024 * 1024
#: The server refuses request bodies above this (a batch plus its envelope).
MAX_REQUEST_BYTES = MAX_BATCH_BYTES + 64 * 1024
MAX_PULL_PAGE = 1000
DEFAULT_PULL_PAGE = 500
#: The largest outbox position or change number (a 64-bit column); a larger ``seq`` or
#: ``after`` answers 422.
MAX_SEQ = INT64_MAX
#: The largest count an office reports (ops waiting, rejected: a 32-bit column).
MAX_COUNT = INT32_MAX

#: Entities an office pushes, with the operation each one uses.
OFFICE_ENTITIES: dict[str, str] = {
    "dossier": "upsert",
    "dossier_event": "insert",
    "ticket": "upsert",
    "handover_batch": "upsert",
    "rating": "insert",
    "attachment": "upsert",
    "office_setting": "upsert",
    "notification": "insert",
    "booking_config": "upsert",
    "office_calendar_day": "upsert",
    "booking_visit": "upsert",
}

OpOutcome = Literal["applied", "duplicate", "rejected", "conflict"]
ChangeKind = Literal[
    "procedure", "calendar_override", "dossier_event", "dossier", "notification_status", "booking"
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


def _storable_moment(value: datetime) -> datetime:
    """Refuse a moment that leaves the calendar once in UTC (``9999-12-31T23:59-23:59``)."""
    try:
        value.astimezone(UTC)
    except OverflowError:
        raise ValueError("out of range once converted to UTC") from None
    return value


#: A device's clock reading: any moment that can be stored (a wrong clock is information).
ClockMoment = Annotated[AwareDatetime, AfterValidator(_storable_moment)]
Count = Annotated[int, Field(ge=0, le=MAX_COUNT)]


class PushOp(_Model):
    """One outbox op as sent; ``op_id`` is the idempotency key."""

    op_id: uuid.UUID
    seq: int = Field(ge=1, le=MAX_SEQ, description="the op's position in the office outbox")
    entity: Annotated[str, Text(40)]
    entity_id: Annotated[str, Text(80)]
    operation: Annotated[str, Text(40)]
    payload: dict[str, Any]
    schema_version: int = Field(ge=1, le=INT32_MAX)
    device_time: ClockMoment = Field(description="the office clock when recorded (info only)")


class PushRequest(_Model):
    """A fixed batch: a retry sends the same ``batch_id`` with the same ops."""

    batch_id: uuid.UUID
    epoch: Annotated[str, Text(64)] | None = Field(
        None, description="the server epoch the office last saw"
    )
    ops: list[PushOp] = Field(min_length=1, max_length=MAX_BATCH_OPS)


class OpResult(_Model):
    """What became of one op; a repeat answers ``duplicate`` with the result stored first."""

    op_id: uuid.UUID
    outcome: OpOutcome
    reason: str | None = None
    stored_outcome: OpOutcome | None = Field(None, description="for duplicates: the first result")


class PushResponse(_Model):
    epoch: str
    server_time: AwareDatetime
    results: list[OpResult]


class Change(_Model):
    """One server-side change the office applies, in ``seq`` order."""

    seq: int
    kind: ChangeKind
    entity_id: str
    operation: Literal["upsert", "delete", "insert"]
    payload: dict[str, Any]


class PullPage(_Model):
    epoch: str
    changes: list[Change]
    next_cursor: int = Field(description="pass as ?after= for the next page")
    has_more: bool


class EnrolRequest(_Model):
    token: Annotated[str, Text(200, min_length=16)]
    device_name: Annotated[str, Text(200)] = ""
    app_version: Annotated[str, Text(40)] = ""


class EnrolResponse(_Model):
    device_id: uuid.UUID
    secret: str = Field(description="shown once; the server keeps only its hash")
    office_code: str
    office_name: str
    epoch: str


class StatusReport(_Model):
    """What an office tells the server about itself after a sync (no personal data)."""

    device_time: ClockMoment
    ops_waiting: Count
    ops_rejected: Count
    ops_conflict: Count = 0
    last_success: ClockMoment | None = None
    pull_cursor: int = Field(0, ge=0, le=MAX_SEQ)
    app_version: Annotated[str, Text(40)] = ""
    clock_skew_seconds: float | None = None


class StatusAck(_Model):
    server_time: AwareDatetime
    epoch: str
    clock_skew_seconds: float = Field(description="device time minus server time")


class PublicDossierStatus(_Model):
    """The public lookup by dossier code and the owner's last four ID characters: status and
    dates only, no name."""

    code: str
    status: int
    status_label: str
    received_at: datetime | None
    due_at: datetime | None
    finished_at: datetime | None
    returned_at: datetime | None


class OfficeStats(_Model):
    unit_code: str
    dossiers: int
    dossier_events: int
    tickets: int
    handover_batches: int
    ratings: int
    applied_ops: int
    rejected_ops: int
    #: Files the centre holds for the office (each SHA-256 once, uploads verified).
    attachments: int = 0


class ErrorBody(_Model):
    detail: str


#: Attachment uploads go in chunks of this size (the last one shorter): far inside the
#: server's body limit. Chunk ``i`` holds the file's bytes ``i * size`` up to ``(i + 1) * size``.
ATTACHMENT_CHUNK_BYTES = 512 * 1024
#: The largest attachment the centre takes (a long scan at 300 dpi is tens of megabytes).
MAX_ATTACHMENT_BYTES = 512 * 1024 * 1024
Sha256 = Annotated[str, Field(pattern="^[0-9a-f]{64}$")]


class AttachmentStatus(_Model):
    """Where an office's upload of one file stands: the chunks the centre holds, the first one
    it lacks (None once all arrived), and whether the file is verified and held."""

    sha256: Sha256
    bytes: Annotated[int, Field(ge=0, le=MAX_ATTACHMENT_BYTES)]
    chunk_bytes: int = ATTACHMENT_CHUNK_BYTES
    received: list[int]
    next_chunk: int | None
    complete: bool


def online_submission_event_id(dossier_id: uuid.UUID) -> uuid.UUID:
    """The id of the "submitted online" event both sides record for an online dossier."""
    return uuid.uuid5(dossier_id, "submitted_online")
