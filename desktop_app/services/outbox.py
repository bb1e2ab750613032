"""Writes the sync outbox: one op per syncable change, in the same transaction as the change.

Payloads are the wire form of the entity at the moment of the change (plain JSON: ISO 8601
moments in UTC, UUIDs as text). The sync client pushes them in ``seq`` order; the server
de-duplicates on ``op_id``.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.storage.models import Dossier, DossierEvent, OutboxOp, QueueTicket, utc_now

SCHEMA_VERSION = 1


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


_DOSSIER_FIELDS = (
    "id", "code", "office_id", "procedure_id", "applicant_id", "owner_name", "channel", "status",
    "received_at", "due_at", "original_due_at", "extended", "paused_at", "finished_at",
    "returned_at", "sets_count", "fee_text", "documents", "return_method", "return_address",
    "visit_ticket_id", "received_by_id",
)  # fmt: skip


def record_dossier(session: Session, dossier: Dossier, procedure_code: str) -> OutboxOp:
    """The dossier's current state (created or changed); the applicant travels with it."""
    payload = {name: getattr(dossier, name) for name in _DOSSIER_FIELDS}
    payload["procedure_code"] = procedure_code
    applicant = dossier.applicant
    if applicant is not None:
        payload["applicant"] = {
            "id": applicant.id, "full_name": applicant.full_name, "id_type": applicant.id_type,
            "id_number": applicant.id_number, "birth_date": applicant.birth_date,
            "phone": applicant.phone, "email": applicant.email, "address": applicant.address,
        }  # fmt: skip
    return record_change(session, "dossier", dossier.id, "upsert", payload)


def record_dossier_event(session: Session, event: DossierEvent, dossier_code: str) -> OutboxOp:
    """A dossier event: append-only, identified by its own id."""
    payload = {
        "id": event.id, "dossier_id": event.dossier_id, "dossier_code": dossier_code,
        "at": event.at, "kind": event.kind, "staff_id": event.staff_id,
        "from_status": event.from_status, "to_status": event.to_status,
        "from_unit": event.from_unit, "to_unit": event.to_unit, "note": event.note,
    }  # fmt: skip
    return record_change(session, "dossier_event", event.id, "insert", payload)


_TICKET_FIELDS = (
    "id", "office_id", "area_id", "local_day", "number", "display_number", "priority_group",
    "status", "issued_at", "arrival_at", "called_at", "serving_at", "finished_at",
    "counter_number", "staff_id", "recall_count",
)  # fmt: skip


def record_ticket(session: Session, ticket: QueueTicket) -> OutboxOp:
    """The ticket's facts at this step (office-owned; the latest op wins centrally)."""
    payload = {name: getattr(ticket, name) for name in _TICKET_FIELDS}
    return record_change(session, "ticket", ticket.id, "upsert", payload)
