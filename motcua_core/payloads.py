"""The payload of every op kind an office pushes: one pydantic model per (entity, operation).

The office builds each outbox payload with these models (``wire_payload``) and the central
server validates each pushed payload with the same model (``OP_PAYLOADS``), so both sides
agree on the shape by construction. The wire form is unchanged from the plain dicts the office
wrote before: the same keys, moments as ``datetime.isoformat()`` (``+00:00``), dates as ISO
8601, UUIDs as text. Fields the server did not require stay optional and unknown keys are kept
(``extra="allow"``), so outbox rows written by older versions are still accepted.

The other direction uses the same models: a status change made centrally and a dossier
submitted online reach the office as the same op kinds (``dossier_event``, ``dossier``), and
the office's sync inbox reads them with ``DossierEventPayload`` and ``DossierPayload``.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Any, ClassVar

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, PlainSerializer

from motcua_core.domain.rating_level import RatingLevel


def _isoformat(value: datetime) -> str:
    return value.isoformat()


#: A timezone-aware moment, on the wire exactly as ``datetime.isoformat()`` writes it.
Moment = Annotated[AwareDatetime, PlainSerializer(_isoformat, return_type=str, when_used="json")]
Status = Annotated[int, Field(ge=1, le=10)]


class OpPayload(BaseModel):
    """The payload of one op kind; ``ENTITY`` and ``OPERATION`` name the op it travels in."""

    model_config = ConfigDict(extra="allow")

    ENTITY: ClassVar[str]
    OPERATION: ClassVar[str]

    id: uuid.UUID


class ApplicantPayload(BaseModel):
    """The applicant travelling with a dossier (every field optional, as before)."""

    model_config = ConfigDict(extra="allow")

    id: uuid.UUID | None = None
    full_name: str | None = None
    id_type: str | None = None
    id_number: str | None = None
    birth_date: date | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None


class DossierPayload(OpPayload):
    """The dossier's current state (created or changed)."""

    ENTITY: ClassVar[str] = "dossier"
    OPERATION: ClassVar[str] = "upsert"

    code: str = Field(max_length=60)
    office_id: uuid.UUID | None = None
    procedure_id: uuid.UUID | None = None
    applicant_id: uuid.UUID | None = None
    owner_name: str | None = Field(None, max_length=200)
    channel: int = Field(1, ge=1, le=3)
    status: Status
    received_at: Moment
    due_at: Moment | None = None
    original_due_at: Moment | None = None
    extended: bool | None = None
    paused_at: Moment | None = None
    finished_at: Moment | None = None
    returned_at: Moment | None = None
    sets_count: int | None = None
    fee_text: str | None = None
    documents: list[Any] | None = None
    return_method: str | None = None
    return_address: str | None = None
    visit_ticket_id: uuid.UUID | None = None
    received_by_id: uuid.UUID | None = None
    procedure_code: str = Field(max_length=60)
    applicant: ApplicantPayload | None = None


class DossierEventPayload(OpPayload):
    """A dossier event: append-only, identified by its own id."""

    ENTITY: ClassVar[str] = "dossier_event"
    OPERATION: ClassVar[str] = "insert"

    dossier_id: uuid.UUID
    dossier_code: str = Field(max_length=60)
    at: Moment
    kind: str = Field(max_length=40)
    staff_id: uuid.UUID | None = None
    from_status: Status | None = None
    to_status: Status | None = None
    from_unit: str | None = None
    to_unit: str | None = None
    note: str | None = None


class TicketPayload(OpPayload):
    """A queue ticket's facts at one step (the latest op wins centrally)."""

    ENTITY: ClassVar[str] = "ticket"
    OPERATION: ClassVar[str] = "upsert"

    office_id: uuid.UUID | None = None
    area_id: uuid.UUID | None = None
    local_day: date | None = None
    number: int | None = None
    display_number: str = Field(max_length=10)
    priority_group: str | None = None
    status: str = Field(max_length=20)
    issued_at: Moment | None = None
    arrival_at: Moment | None = None
    called_at: Moment | None = None
    serving_at: Moment | None = None
    finished_at: Moment | None = None
    counter_number: int | None = None
    staff_id: uuid.UUID | None = None
    recall_count: int | None = None


class HandoverItemPayload(BaseModel):
    """One dossier in a handover batch."""

    model_config = ConfigDict(extra="allow")

    id: uuid.UUID | None = None
    dossier_id: uuid.UUID | None = None
    handed_at: Moment | None = None
    received_at: Moment | None = None
    sender_id: uuid.UUID | None = None
    receiver_id: uuid.UUID | None = None
    result_note: str | None = None


class HandoverBatchPayload(OpPayload):
    """A handover batch's current state with every item."""

    ENTITY: ClassVar[str] = "handover_batch"
    OPERATION: ClassVar[str] = "upsert"

    office_id: uuid.UUID | None = None
    number: int | None = None
    direction: str | None = None
    from_unit: str | None = None
    to_unit: str | None = None
    sender_id: uuid.UUID | None = None
    receiver_id: uuid.UUID | None = None
    receiver_name: str | None = None
    created_at: Moment | None = None
    sent_at: Moment | None = None
    received_at: Moment | None = None
    note: str | None = None
    items: list[HandoverItemPayload] = Field(default_factory=list)


class RatingPayload(OpPayload):
    """A citizen's rating: append-only."""

    ENTITY: ClassVar[str] = "rating"
    OPERATION: ClassVar[str] = "insert"

    office_id: uuid.UUID | None = None
    dossier_id: uuid.UUID | None = None
    ticket_id: uuid.UUID | None = None
    staff_id: uuid.UUID | None = None
    level: RatingLevel
    reason: str | None = None
    at: Moment | None = None


#: The payload model of each op kind, by (entity, operation).
OP_PAYLOADS: dict[tuple[str, str], type[OpPayload]] = {
    (model.ENTITY, model.OPERATION): model
    for model in (
        DossierPayload,
        DossierEventPayload,
        TicketPayload,
        HandoverBatchPayload,
        RatingPayload,
    )
}


def wire_payload(payload: OpPayload) -> dict[str, Any]:
    """The JSON form of ``payload``: the keys its builder set (an optional part left out, such
    as a dossier's missing applicant, stays out of the wire, as before)."""
    return payload.model_dump(mode="json", exclude_unset=True)
