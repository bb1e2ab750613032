"""Writes the sync outbox: one op per syncable change, in the same transaction as the change.

Payloads are the wire form of the entity at the moment of the change, built with the shared
payload models of ``motcua_core.payloads`` (the server validates them with the same models):
plain JSON, ISO 8601 moments in UTC, UUIDs as text. The sync client pushes them in ``seq``
order; the server de-duplicates on ``op_id``.

A row stored before today's limits (a register row received before 2000, a name with a
control character written by an older version) would not pass its model: its op travels as
stored, for the centre to answer ``rejected`` with a reason, so the officer's action never
fails because of its sync op. Only the op id and kind are logged, never the values.
"""

from __future__ import annotations

import logging
import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from pydantic import BaseModel, ValidationError
from sqlalchemy.orm import Session

from desktop_app.storage.models import (
    Dossier,
    DossierAttachment,
    DossierEvent,
    DossierNotification,
    HandoverBatch,
    OutboxOp,
    QueueTicket,
    Rating,
    utc_now,
)
from motcua_core.notification_payloads import NotificationRequestPayload
from motcua_core.payloads import (
    ApplicantPayload,
    AttachmentPayload,
    DossierEventPayload,
    DossierPayload,
    HandoverBatchPayload,
    HandoverItemPayload,
    OfficeSettingPayload,
    OpPayload,
    RatingPayload,
    TicketPayload,
    office_setting_id,
    wire_payload,
)

SCHEMA_VERSION = 1

log = logging.getLogger(__name__)


def wire_value(value: Any) -> Any:
    """A JSON-safe form of ``value``."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {str(k): wire_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [wire_value(v) for v in value]
    return value


def record_change(
    session: Session, entity: str, entity_id: Any, operation: str, payload: dict[str, Any]
) -> OutboxOp:
    """Queue one op for the central server; the caller's transaction commits it with the change."""
    op = OutboxOp(
        op_id=uuid.uuid4(),
        entity=entity,
        entity_id=str(entity_id),
        operation=operation,
        payload=wire_value(payload),
        schema_version=SCHEMA_VERSION,
        device_time=utc_now(),
        state="pending",
        attempts=0,
    )
    session.add(op)
    return op


def record_payload(session: Session, payload: OpPayload) -> OutboxOp:
    """Queue the op ``payload`` travels in (its model names the entity and the operation)."""
    kind = type(payload)
    return record_change(session, kind.ENTITY, payload.id, kind.OPERATION, wire_payload(payload))


def _record_checked(session: Session, model: type[OpPayload], values: dict[str, Any]) -> OutboxOp:
    """The op of ``values`` built with ``model``; values it refuses travel as stored."""
    try:
        payload = model.model_validate(values)
    except ValidationError as error:
        op = record_change(session, model.ENTITY, values["id"], model.OPERATION, values)
        log.warning(
            "outbox op %s (%s) breaks %d payload limit(s); queued as stored",
            op.op_id, model.ENTITY, error.error_count(),
        )  # fmt: skip
        return op
    return record_payload(session, payload)


def _attributes(row: Any, model: type[BaseModel], *, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """The values of ``row`` named by the fields of ``model`` (the model lists what travels)."""
    return {name: getattr(row, name) for name in model.model_fields if name not in skip}


def record_dossier(session: Session, dossier: Dossier, procedure_code: str) -> OutboxOp:
    """The dossier's current state (created or changed); the applicant travels with it."""
    values = _attributes(dossier, DossierPayload, skip=("procedure_code", "applicant"))
    values["procedure_code"] = procedure_code
    if dossier.applicant is not None:
        values["applicant"] = _attributes(dossier.applicant, ApplicantPayload)
    return _record_checked(session, DossierPayload, values)


def record_dossier_event(session: Session, event: DossierEvent, dossier_code: str) -> OutboxOp:
    """A dossier event: append-only, identified by its own id."""
    values = _attributes(event, DossierEventPayload, skip=("dossier_code",))
    values["dossier_code"] = dossier_code
    return _record_checked(session, DossierEventPayload, values)


def record_ticket(session: Session, ticket: QueueTicket) -> OutboxOp:
    """The ticket's facts at this step (office-owned; the latest op wins centrally)."""
    values = _attributes(ticket, TicketPayload, skip=("booking_code",))
    values["booking_code"] = ticket.booking.code if ticket.booking is not None else None
    return _record_checked(session, TicketPayload, values)


def record_handover_batch(session: Session, batch: HandoverBatch) -> OutboxOp:
    """A handover batch's current state with every item (office-owned fact)."""
    values = _attributes(batch, HandoverBatchPayload, skip=("items",))
    values["items"] = [_attributes(item, HandoverItemPayload) for item in batch.items]
    return _record_checked(session, HandoverBatchPayload, values)


def record_citizen_rating(session: Session, rating: Rating) -> OutboxOp:
    """A citizen's rating: append-only."""
    return _record_checked(session, RatingPayload, _attributes(rating, RatingPayload))


def record_attachment(
    session: Session, attachment: DossierAttachment, dossier_code: str
) -> OutboxOp:
    """A digitised document's metadata (its file travels by hash); never the owner's ID."""
    values = _attributes(attachment, AttachmentPayload, skip=("dossier_code", "reused"))
    values["dossier_code"] = dossier_code
    values["reused"] = attachment.reused_from_id is not None
    return _record_checked(session, AttachmentPayload, values)


def record_office_setting(
    session: Session, unit_code: str, key: str, value: Any, at: datetime
) -> OutboxOp:
    """A synced office setting's parsed value (the centre counts the office's forms by it)."""
    payload = OfficeSettingPayload(
        id=office_setting_id(unit_code, key), key=key, value=value, updated_at=at
    )
    return record_payload(session, payload)


#: What a notification request's op carries that its row does not hold.
_NOT_ON_THE_ROW = ("dossier_code", "at", "day", "missing")


def record_notification(
    session: Session,
    request: DossierNotification,
    dossier_code: str,
    *,
    day: date | None = None,
    missing: str | None = None,
) -> OutboxOp:
    """A request to tell the citizen of one dossier event; its id is the request's."""
    values = _attributes(request, NotificationRequestPayload, skip=_NOT_ON_THE_ROW)
    values.update(dossier_code=dossier_code, at=request.created_at, day=day, missing=missing)
    return _record_checked(session, NotificationRequestPayload, values)
