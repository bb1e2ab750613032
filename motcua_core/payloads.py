"""The payload of every op kind an office pushes: one pydantic model per (entity, operation).

The office builds each outbox payload with these models (``wire_payload``) and the central
server validates each pushed payload with the same model (``op_payloads.OP_PAYLOADS``), so both
sides agree on the shape by construction. The wire form is unchanged from the plain dicts the office
wrote before: the same keys, moments as ``datetime.isoformat()`` (``+00:00``), dates as ISO
8601, UUIDs as text. Fields the server did not require stay optional and unknown keys are kept
(``extra="allow"``), so outbox rows written by older versions are still accepted.

The other direction uses the same models: a status change made centrally and a dossier
submitted online reach the office as the same op kinds (``dossier_event``, ``dossier``), and
the office's sync inbox reads them with ``DossierEventPayload`` and ``DossierPayload``.
"""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Annotated, Any, ClassVar, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    PlainSerializer,
    StrictBool,
    model_validator,
)
from pydantic_core import CoreSchema, core_schema

from motcua_core.domain import field_limits as limits
from motcua_core.domain.rating_level import RatingLevel

#: Control characters refused in a one-line text (C0, DEL, C1) and in prose (the same, but
#: tabs and line breaks are allowed).
_LINE_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")
_PROSE_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: How deep a payload's JSON may nest (the deepest op kind, a handover item, needs 3).
_MAX_DEPTH = 8


class Text:
    """Metadata of a text field: at most ``limit`` characters (the size of its columns, from
    ``field_limits``) and no control characters; ``prose`` also allows tabs and line breaks.

    Errors name the rule, never the value, so a rejection reason carries no personal data.
    """

    def __init__(self, limit: int, *, prose: bool = False, min_length: int | None = None) -> None:
        self.limit, self.min_length = limit, min_length
        self.controls = _PROSE_CONTROLS if prose else _LINE_CONTROLS

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        return core_schema.no_info_after_validator_function(
            self._check, core_schema.str_schema(min_length=self.min_length, max_length=self.limit)
        )

    def _check(self, value: str) -> str:
        if self.controls.search(value):
            raise ValueError("control characters are not allowed")
        return value


def _isoformat(value: datetime) -> str:
    return value.isoformat()


def _day_check(earliest: date) -> Callable[[date], date]:
    def check(value: date) -> date:
        if not earliest <= value <= limits.LATEST_DAY:
            raise ValueError(f"outside {earliest.isoformat()} … {limits.LATEST_DAY.isoformat()}")
        return value

    return check


def _moment_in_range(value: datetime) -> datetime:
    """The moment, if both its wall-clock day and its UTC day are in the allowed range (the
    wall clock first, so that converting to UTC can never overflow)."""
    _day_check(limits.EARLIEST_DAY)(value.replace(tzinfo=None).date())
    _day_check(limits.EARLIEST_DAY)(value.astimezone(UTC).date())
    return value


#: A timezone-aware moment between ``field_limits.EARLIEST_DAY`` and ``LATEST_DAY``, on the
#: wire exactly as ``datetime.isoformat()`` writes it.
Moment = Annotated[
    AwareDatetime,
    AfterValidator(_moment_in_range),
    PlainSerializer(_isoformat, return_type=str, when_used="json"),
]
Day = Annotated[date, AfterValidator(_day_check(limits.EARLIEST_DAY))]
BirthDay = Annotated[date, AfterValidator(_day_check(limits.EARLIEST_BIRTH_DAY))]
Status = Annotated[int, Field(ge=1, le=10)]
Count = Annotated[int, Field(ge=0, le=limits.INT32_MAX)]


def hostile_value(value: Any, depth: int = 0) -> str | None:
    """What makes a raw JSON value unfit to store, or None: a NUL or other control character
    in any text or key, a whole number beyond 64 bits, a float that is not finite, nesting
    deeper than any op kind needs. The answer names the rule only, never the value."""
    if depth > _MAX_DEPTH:
        return "nested too deeply"
    if isinstance(value, str):
        return "control characters are not allowed" if _PROSE_CONTROLS.search(value) else None
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return None if abs(value) <= limits.INT64_MAX else "a number beyond 64 bits"
    if isinstance(value, float):
        return None if math.isfinite(value) else "a number that is not finite"
    if isinstance(value, dict):
        items: list[Any] = [*value.keys(), *value.values()]
    elif isinstance(value, list | tuple):
        items = list(value)
    else:
        return None
    return next((r for r in (hostile_value(v, depth + 1) for v in items) if r), None)


class OpPayload(BaseModel):
    """The payload of one op kind; ``ENTITY`` and ``OPERATION`` name the op it travels in.

    Every text has its limit (the columns' sizes, from ``field_limits``), every date its range,
    every number its column's width; kept unknown keys are checked by ``hostile_value``.
    """

    model_config = ConfigDict(extra="allow", allow_inf_nan=False)

    ENTITY: ClassVar[str]
    OPERATION: ClassVar[str]

    id: uuid.UUID

    @model_validator(mode="before")
    @classmethod
    def _storable(cls, data: Any) -> Any:
        """Refuse, before anything else, a payload no database column could hold."""
        reason = hostile_value(data)
        if reason is not None:
            raise ValueError(reason)
        return data


class ApplicantPayload(BaseModel):
    """The applicant travelling with a dossier (every field optional, as before)."""

    model_config = ConfigDict(extra="allow")

    id: uuid.UUID | None = None
    full_name: Annotated[str, Text(limits.FULL_NAME)] | None = None
    id_type: Annotated[str, Text(limits.ID_TYPE)] | None = None
    id_number: Annotated[str, Text(limits.ID_NUMBER)] | None = None
    birth_date: BirthDay | None = None
    phone: Annotated[str, Text(limits.PHONE)] | None = None
    email: Annotated[str, Text(limits.EMAIL)] | None = None
    address: Annotated[str, Text(limits.ADDRESS, prose=True)] | None = None


class DossierPayload(OpPayload):
    """The dossier's current state (created or changed); it is not due before it was received."""

    ENTITY: ClassVar[str] = "dossier"
    OPERATION: ClassVar[str] = "upsert"

    code: Annotated[str, Text(limits.DOSSIER_CODE)]
    office_id: uuid.UUID | None = None
    procedure_id: uuid.UUID | None = None
    applicant_id: uuid.UUID | None = None
    owner_name: Annotated[str, Text(limits.OWNER_NAME)] | None = None
    channel: int = Field(1, ge=1, le=3)
    status: Status
    received_at: Moment
    due_at: Moment | None = None
    original_due_at: Moment | None = None
    extended: bool | None = None
    paused_at: Moment | None = None
    finished_at: Moment | None = None
    returned_at: Moment | None = None
    sets_count: Count | None = None
    fee_text: Annotated[str, Text(limits.FEE_TEXT, prose=True)] | None = None
    documents: list[Any] | None = None
    return_method: Annotated[str, Text(limits.RETURN_METHOD)] | None = None
    return_address: Annotated[str, Text(limits.RETURN_ADDRESS, prose=True)] | None = None
    visit_ticket_id: uuid.UUID | None = None
    received_by_id: uuid.UUID | None = None
    procedure_code: Annotated[str, Text(limits.PROCEDURE_CODE)]
    applicant: ApplicantPayload | None = None

    @model_validator(mode="after")
    def _due_after_reception(self) -> DossierPayload:
        for name in ("due_at", "original_due_at"):
            due = getattr(self, name)
            if due is not None and due < self.received_at:
                raise ValueError(f"{name} is before received_at")
        return self


class DossierEventPayload(OpPayload):
    """A dossier event: append-only, identified by its own id."""

    ENTITY: ClassVar[str] = "dossier_event"
    OPERATION: ClassVar[str] = "insert"

    dossier_id: uuid.UUID
    dossier_code: Annotated[str, Text(limits.DOSSIER_CODE)]
    at: Moment
    kind: Annotated[str, Text(limits.EVENT_KIND)]
    staff_id: uuid.UUID | None = None
    from_status: Status | None = None
    to_status: Status | None = None
    from_unit: Annotated[str, Text(limits.UNIT_NAME)] | None = None
    to_unit: Annotated[str, Text(limits.UNIT_NAME)] | None = None
    note: Annotated[str, Text(limits.NOTE, prose=True)] | None = None


class TicketPayload(OpPayload):
    """A queue ticket's facts at one step (the latest op wins centrally)."""

    ENTITY: ClassVar[str] = "ticket"
    OPERATION: ClassVar[str] = "upsert"

    office_id: uuid.UUID | None = None
    area_id: uuid.UUID | None = None
    local_day: Day | None = None
    number: Count | None = None
    display_number: Annotated[str, Text(limits.DISPLAY_NUMBER)]
    priority_group: Annotated[str, Text(limits.PRIORITY_GROUP)] | None = None
    status: Annotated[str, Text(limits.TICKET_STATUS)]
    issued_at: Moment | None = None
    arrival_at: Moment | None = None
    called_at: Moment | None = None
    serving_at: Moment | None = None
    finished_at: Moment | None = None
    counter_number: Count | None = None
    staff_id: uuid.UUID | None = None
    recall_count: Count | None = None
    #: The booking a checked-in citizen's ticket was issued for (None: a walk-in).
    booking_code: Annotated[str, Text(20)] | None = None


class HandoverItemPayload(BaseModel):
    """One dossier in a handover batch."""

    model_config = ConfigDict(extra="allow")

    id: uuid.UUID | None = None
    dossier_id: uuid.UUID | None = None
    handed_at: Moment | None = None
    received_at: Moment | None = None
    sender_id: uuid.UUID | None = None
    receiver_id: uuid.UUID | None = None
    result_note: Annotated[str, Text(limits.NOTE, prose=True)] | None = None


class HandoverBatchPayload(OpPayload):
    """A handover batch's current state with every item."""

    ENTITY: ClassVar[str] = "handover_batch"
    OPERATION: ClassVar[str] = "upsert"

    office_id: uuid.UUID | None = None
    number: Count | None = None
    direction: Annotated[str, Text(limits.HANDOVER_DIRECTION)] | None = None
    from_unit: Annotated[str, Text(limits.UNIT_NAME)] | None = None
    to_unit: Annotated[str, Text(limits.UNIT_NAME)] | None = None
    sender_id: uuid.UUID | None = None
    receiver_id: uuid.UUID | None = None
    receiver_name: Annotated[str, Text(limits.PERSON_NAME)] | None = None
    created_at: Moment | None = None
    sent_at: Moment | None = None
    received_at: Moment | None = None
    note: Annotated[str, Text(limits.NOTE, prose=True)] | None = None
    items: list[HandoverItemPayload] = Field(default_factory=list, max_length=10_000)


class RatingPayload(OpPayload):
    """A citizen's rating: append-only."""

    ENTITY: ClassVar[str] = "rating"
    OPERATION: ClassVar[str] = "insert"

    office_id: uuid.UUID | None = None
    dossier_id: uuid.UUID | None = None
    ticket_id: uuid.UUID | None = None
    staff_id: uuid.UUID | None = None
    level: RatingLevel
    reason: Annotated[str, Text(limits.REASON, prose=True)] | None = None
    at: Moment | None = None


class AttachmentPayload(OpPayload):
    """A digitised document of a dossier (role ``document``, checklist line ``document_index``
    as numbered on form 01) or its electronic result (role ``result``): the metadata; the file
    itself travels by its ``sha256`` through the attachment upload. The owner's ID number never
    travels. The latest op of an attachment id wins (attaching again to a line replaces it)."""

    ENTITY: ClassVar[str] = "attachment"
    OPERATION: ClassVar[str] = "upsert"

    dossier_id: uuid.UUID
    dossier_code: Annotated[str, Text(limits.DOSSIER_CODE)]
    role: Literal["document", "result"]
    document_index: Annotated[int, Field(ge=1, le=limits.INT32_MAX)] | None = None
    sha256: Annotated[str, Field(pattern="^[0-9a-f]{64}$")]
    bytes: Annotated[int, Field(ge=0, le=limits.INT64_MAX)]
    pages: Count
    name: Annotated[str, Text(limits.DOCUMENT_NAME)] | None = None
    kind: Annotated[str, Text(limits.ATTACHMENT_KIND)] | None = None
    number: Annotated[str, Text(limits.ATTACHMENT_NUMBER)] | None = None
    issued_on: Day | None = None
    issuer: Annotated[str, Text(limits.ATTACHMENT_ISSUER)] | None = None
    valid_until: Day | None = None
    permanent: bool = False
    digitised_at: Moment
    reused: bool = False


#: The office settings that travel to the centre, which counts by them (form II.06a).
SYNCED_OFFICE_SETTINGS = ("report_withdrawn_as_resolved",)
_SETTING_IDS = uuid.UUID("5d1c43a2-8d0e-4f57-9a52-0c6e3c1f7b21")


def office_setting_id(unit_code: str, key: str) -> uuid.UUID:
    """The id an office setting travels under: the same for every op of one (office, key),
    named by the office's unit code (the office and the centre give an office different ids)."""
    return uuid.uuid5(_SETTING_IDS, f"{unit_code}/{key}")


class OfficeSettingPayload(OpPayload):
    """An office setting the centre counts by (``SYNCED_OFFICE_SETTINGS``), parsed: the
    newest op of an (office, key) wins."""

    ENTITY: ClassVar[str] = "office_setting"
    OPERATION: ClassVar[str] = "upsert"

    key: Literal["report_withdrawn_as_resolved"]
    value: StrictBool
    updated_at: Moment | None = None


def wire_payload(payload: OpPayload) -> dict[str, Any]:
    """The JSON form of ``payload``: the keys its builder set (an optional part left out, such
    as a dossier's missing applicant, stays out of the wire, as before)."""
    return payload.model_dump(mode="json", exclude_unset=True)
