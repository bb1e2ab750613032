"""Applying a pushed batch: de-duplicate, validate, update the office's projections.

The whole batch is one transaction. The office row is locked first, so batches of one office
(from any of its devices) apply one after another; ``applied_op`` has the primary key
(office, op id), so even without the lock an op can never be applied twice. Each op ends
``applied``, ``rejected`` (invalid: the reason is stored and answered, the queue moves on) or
``conflict`` (the centre changed the dossier's status meanwhile: the office's other facts are
kept, the central status is not overwritten). A repeat answers ``duplicate`` with the stored
result. Reasons never quote payload values, so no personal data reaches logs or the IT page.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from types import SimpleNamespace
from typing import Any

from pydantic import ValidationError
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from central_server.models import (
    AppliedOp,
    CentralDossier,
    CentralDossierEvent,
    CentralHandoverBatch,
    CentralOffice,
    CentralRating,
    CentralTicket,
    Device,
    utc_now,
)
from motcua_core.domain.dossier_code import parse_dossier_code
from motcua_core.domain.errors import DomainError
from motcua_core.domain.lifecycle import DossierStatus, can_transition
from motcua_core.payloads import (
    OP_PAYLOADS,
    DossierEventPayload,
    DossierPayload,
    HandoverBatchPayload,
    OpPayload,
    RatingPayload,
    TicketPayload,
)
from motcua_core.protocol import OFFICE_ENTITIES, OpResult, PushOp, PushRequest

SUPPORTED_SCHEMA_VERSION = 1
Outcome = tuple[str, str | None]


class Rejected(Exception):
    """The op cannot be applied; the message is the reason the office sees."""


@dataclass
class BatchContext:
    """What one batch needs: the office, and the rows its ops touch, loaded up front."""

    session: Session
    office: CentralOffice
    bulk: bool = True
    rows: dict[tuple[type, uuid.UUID], Any] = field(default_factory=dict)
    dossier_codes: dict[str, uuid.UUID] = field(default_factory=dict)
    new_rows: dict[type, list[Any]] = field(default_factory=dict)

    def get(self, model: type, key: uuid.UUID) -> Any:
        return self.rows.get((model, key))

    def new(self, model: type, **values: Any) -> Any:
        """A new row of ``model``. In bulk mode a plain namespace (no ORM bookkeeping: the
        batch's new rows are inserted per table at the end); else an ORM object added now."""
        if self.bulk:
            columns = model.__table__.columns  # type: ignore[attr-defined]
            row: Any = SimpleNamespace(**({column.key: None for column in columns} | values))
            self.new_rows.setdefault(model, []).append(row)
        else:
            row = model(**values)
            self.session.add(row)
        self.rows[(model, row.id)] = row
        return row

    def insert_new_rows(self) -> None:
        """One executemany per table (pipelined by the driver) for the rows this batch created."""
        for model, rows in self.new_rows.items():
            columns = [column.key for column in model.__table__.columns]  # type: ignore[attr-defined]
            values = [{name: getattr(row, name) for name in columns} for row in rows]
            self.session.connection().execute(insert(model.__table__), values)  # type: ignore[attr-defined]
        self.new_rows.clear()


def apply_batch(
    session: Session,
    office: CentralOffice,
    device: Device,
    request: PushRequest,
    *,
    savepoints: bool = False,
) -> list[OpResult]:
    """Apply ``request`` in the caller's transaction; one result per op, in order."""
    session.execute(select(CentralOffice.id).where(CentralOffice.id == office.id).with_for_update())
    stored = _stored_outcomes(session, office, [op.op_id for op in request.ops])
    context = BatchContext(session, office, bulk=not savepoints)
    _preload(context, request.ops)
    now = utc_now()
    results: list[OpResult] = []
    applied: list[dict[str, Any]] = []
    for op in request.ops:
        if op.op_id in stored:
            results.append(_duplicate_result(op, stored[op.op_id]))
            continue
        outcome, reason = _apply_guarded(context, op, savepoints)
        stored[op.op_id] = (outcome, reason)
        applied.append(_applied_op_row(office, device, request, op, now, (outcome, reason)))
        results.append(OpResult(op_id=op.op_id, outcome=outcome, reason=reason))  # type: ignore[arg-type]
    context.insert_new_rows()
    if applied:
        session.connection().execute(insert(AppliedOp.__table__), applied)
    device.last_sync_at = now
    session.flush()
    return results


def _stored_outcomes(
    session: Session, office: CentralOffice, ids: list[uuid.UUID]
) -> dict[uuid.UUID, Outcome]:
    """The outcome stored for each of ``ids`` the office already sent (the repeats)."""
    return {
        row.op_id: (row.outcome, row.reason)
        for row in session.execute(
            select(AppliedOp.op_id, AppliedOp.outcome, AppliedOp.reason).where(
                AppliedOp.office_id == office.id, AppliedOp.op_id.in_(ids)
            )
        )
    }


def _duplicate_result(op: PushOp, stored: Outcome) -> OpResult:
    """The answer to a repeated op: ``duplicate``, with the result stored the first time."""
    outcome, reason = stored
    return OpResult(op_id=op.op_id, outcome="duplicate", reason=reason, stored_outcome=outcome)  # type: ignore[arg-type]


def _applied_op_row(
    office: CentralOffice,
    device: Device,
    request: PushRequest,
    op: PushOp,
    now: datetime,
    result: Outcome,
) -> dict[str, Any]:
    """The ``applied_op`` row that records what became of ``op``."""
    outcome, reason = result
    return {
        "office_id": office.id,
        "op_id": op.op_id,
        "device_id": device.id,
        "batch_id": request.batch_id,
        "entity": op.entity,
        "entity_id": op.entity_id,
        "office_seq": op.seq,
        "device_time": op.device_time,
        "applied_at": now,
        "outcome": outcome,
        "reason": reason,
    }


def _apply_guarded(context: BatchContext, op: PushOp, savepoints: bool) -> Outcome:
    if not savepoints:
        return apply_op(context, op)
    try:
        with context.session.begin_nested():
            outcome = apply_op(context, op)
            context.session.flush()
            return outcome
    except IntegrityError:
        return "rejected", "conflicts with data held centrally (duplicate key)"


def apply_op(context: BatchContext, op: PushOp) -> Outcome:
    """Apply one op; invalid data gives ``rejected`` with a reason free of personal data."""
    handler = _HANDLERS.get(op.entity)
    if handler is None or OFFICE_ENTITIES.get(op.entity) != op.operation:
        return "rejected", f"unknown entity or operation: {op.entity}/{op.operation}"
    if op.schema_version > SUPPORTED_SCHEMA_VERSION:
        return "rejected", f"schema version {op.schema_version} is newer than the server's"
    try:
        return handler(context, op, validated_payload(op))
    except ValidationError as exc:
        return "rejected", "invalid " + "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:5]
        )
    except (Rejected, DomainError) as exc:
        return "rejected", str(exc)


def validated_payload(op: PushOp) -> OpPayload:
    """The op's payload checked with the shared model of its kind (``ValidationError`` if not)."""
    return OP_PAYLOADS[(op.entity, op.operation)].model_validate(op.payload)


def _preload(context: BatchContext, ops: list[PushOp]) -> None:
    """Load, with one query per table, every row the batch's ops may touch."""
    wanted: dict[type, set[uuid.UUID]] = {}
    codes: set[str] = set()
    for op in ops:
        model = _MODELS.get(op.entity)
        key = _as_uuid(op.payload.get("id"))
        if model is not None and key is not None:
            wanted.setdefault(model, set()).add(key)
        if op.entity == "dossier" and isinstance(op.payload.get("code"), str):
            codes.add(op.payload["code"])
        if op.entity == "dossier_event" and (dossier := _as_uuid(op.payload.get("dossier_id"))):
            wanted.setdefault(CentralDossier, set()).add(dossier)
    session = context.session
    for model, keys in wanted.items():
        for row in session.scalars(select(model).where(model.id.in_(keys))):
            context.rows[(model, row.id)] = row
    if codes:
        found = session.execute(
            select(CentralDossier.code, CentralDossier.id).where(CentralDossier.code.in_(codes))
        )
        context.dossier_codes.update({code: key for code, key in found})


def _as_uuid(value: Any) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def _check_own(context: BatchContext, row: Any) -> None:
    if row is not None and row.office_id != context.office.id:
        raise Rejected("the record belongs to another office")


def _check_code(context: BatchContext, code: str) -> None:
    if parse_dossier_code(code).unit_code != context.office.unit_code:
        raise Rejected("the dossier code belongs to another office")


def _dossier(context: BatchContext, op: PushOp, data: DossierPayload) -> Outcome:
    _check_code(context, data.code)
    row = context.get(CentralDossier, data.id)
    _check_own(context, row)
    holder = context.dossier_codes.get(data.code)
    if holder is not None and holder != data.id:
        raise Rejected("the dossier code is already used by another dossier")
    if row is None:
        row = context.new(
            CentralDossier,
            id=data.id,
            office_id=context.office.id,
            code=data.code,
            status=data.status,
            status_origin="office",
            last_office_seq=0,
            updated_at=utc_now(),
        )
        context.dossier_codes[data.code] = data.id
    elif op.seq < row.last_office_seq:
        return "applied", "older than the state held centrally: kept the newer"
    outcome: Outcome = ("applied", None)
    if data.status != row.status and row.status_origin == "central":
        if can_transition(DossierStatus(row.status), DossierStatus(data.status)):
            row.status, row.status_origin = data.status, "office"
        else:
            outcome = (
                "conflict",
                f"status {row.status} was set centrally; the office's "
                f"status {data.status} was not applied",
            )
    elif data.status != row.status or row.status_origin == "office":
        row.status, row.status_origin = data.status, "office"
    row.procedure_code, row.channel = data.procedure_code, data.channel
    row.received_at, row.due_at = data.received_at, data.due_at
    row.finished_at, row.returned_at = data.finished_at, data.returned_at
    row.owner_name = data.owner_name or (op.payload.get("applicant") or {}).get("full_name")
    row.payload, row.last_office_seq = op.payload, op.seq
    return outcome


def _dossier_event(context: BatchContext, op: PushOp, data: DossierEventPayload) -> Outcome:
    _check_code(context, data.dossier_code)
    _check_own(context, context.get(CentralDossier, data.dossier_id))
    existing = context.get(CentralDossierEvent, data.id)
    _check_own(context, existing)
    if existing is None:
        context.new(
            CentralDossierEvent,
            id=data.id,
            office_id=context.office.id,
            dossier_id=data.dossier_id,
            at=data.at,
            kind=data.kind,
            from_status=data.from_status,
            to_status=data.to_status,
            origin="office",
            payload=op.payload,
        )
    return "applied", None


def _ticket(context: BatchContext, op: PushOp, data: TicketPayload) -> Outcome:
    row = context.get(CentralTicket, data.id)
    _check_own(context, row)
    if row is None:
        row = context.new(CentralTicket, id=data.id, office_id=context.office.id, last_office_seq=0)
    elif op.seq < row.last_office_seq:
        return "applied", "older than the state held centrally: kept the newer"
    row.display_number, row.status, row.local_day = data.display_number, data.status, data.local_day
    row.payload, row.last_office_seq = op.payload, op.seq
    return "applied", None


def _handover_batch(context: BatchContext, op: PushOp, data: HandoverBatchPayload) -> Outcome:
    row = context.get(CentralHandoverBatch, data.id)
    _check_own(context, row)
    if row is None:
        row = context.new(
            CentralHandoverBatch, id=data.id, office_id=context.office.id, last_office_seq=0
        )
    elif op.seq < row.last_office_seq:
        return "applied", "older than the state held centrally: kept the newer"
    row.payload, row.last_office_seq = op.payload, op.seq
    return "applied", None


def _rating(context: BatchContext, op: PushOp, data: RatingPayload) -> Outcome:
    existing = context.get(CentralRating, data.id)
    _check_own(context, existing)
    if existing is None:
        context.new(
            CentralRating,
            id=data.id,
            office_id=context.office.id,
            level=data.level.value,
            at=data.at,
            payload=op.payload,
        )
    return "applied", None


_HANDLERS: dict[str, Callable[[BatchContext, PushOp, Any], Outcome]] = {
    "dossier": _dossier,
    "dossier_event": _dossier_event,
    "ticket": _ticket,
    "handover_batch": _handover_batch,
    "rating": _rating,
}
_MODELS: dict[str, type] = {
    "dossier": CentralDossier,
    "dossier_event": CentralDossierEvent,
    "ticket": CentralTicket,
    "handover_batch": CentralHandoverBatch,
    "rating": CentralRating,
}
