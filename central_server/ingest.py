"""Applying a pushed batch: de-duplicate, validate, update the office's projections.

The whole batch is one transaction. The office row is locked first, so batches of one office
(from any of its devices) apply one after another; ``applied_op`` has the primary key
(office, op id), so even without the lock an op can never be applied twice. Each op ends
``applied``, ``rejected`` (invalid: the reason is stored and answered, the queue moves on) or
``conflict`` (the centre changed the dossier's status meanwhile: the office's other facts are
kept, the central status is not overwritten). A repeat answers ``duplicate`` with the stored
result; an op id repeated inside one batch is answered ``rejected`` the second time.

Every op is validated on its own before anything is written (``check_op``: the shared payload
model with the limits of ``field_limits``), so a bad op is rejected and the others applied.
Should one still be refused by the database, the caller applies the batch again with a
savepoint per op (``savepoints=True``): the refused op alone is rejected. Reasons and log lines
never quote payload values (only op ids, kinds and error classes), so no personal data reaches
logs or the IT page.
"""

from __future__ import annotations

import logging
import uuid
from datetime import datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.exc import (
    IntegrityError,
    InterfaceError,
    InternalError,
    OperationalError,
    StatementError,
)
from sqlalchemy.orm import Session

from central_server.bulk_insert import insert_rows
from central_server.models import AppliedOp, CentralOffice, Device, utc_now
from central_server.projections import HANDLERS, BatchContext, Outcome, Rejected, preload
from central_server.stored_outcomes import stored_outcomes
from motcua_core.domain.errors import DomainError
from motcua_core.op_payloads import OP_PAYLOADS
from motcua_core.payloads import OpPayload
from motcua_core.protocol import OFFICE_ENTITIES, OpResult, PushOp, PushRequest

__all__ = ["BatchContext", "Rejected", "apply_batch", "apply_op", "check_op", "validated_payload"]

log = logging.getLogger("central_server.ingest")
SUPPORTED_SCHEMA_VERSION = 1
REPEATED_IN_BATCH = "repeated in this batch"
#: What checking an op gives: its validated payload, or the rejection.
Checked = OpPayload | Outcome


def is_storage_refusal(exc: BaseException) -> bool:
    """True when the database refused the data (a key clash, a value it cannot hold, a bind
    that overflows), False for an outage or a lost connection, which the caller answers 503."""
    transient = (OperationalError, InterfaceError, InternalError)
    return isinstance(exc, StatementError) and not isinstance(exc, transient)


def error_name(exc: BaseException) -> str:
    """The class of the error behind ``exc``: all a log line says of a refused op."""
    return type(getattr(exc, "orig", None) or exc).__name__


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
    stored = stored_outcomes(session, office.id, [op.op_id for op in request.ops])
    checked = [check_op(op) for op in request.ops]
    context = BatchContext(session, office, bulk=not savepoints)
    context.checked = _first_valid(request.ops, checked)
    preload(context, list(context.checked.values()))
    now = utc_now()
    results: list[OpResult] = []
    applied: list[dict[str, Any]] = []
    seen: set[uuid.UUID] = set()
    for op, check in zip(request.ops, checked, strict=True):
        if op.op_id in seen:
            results.append(OpResult(op_id=op.op_id, outcome="rejected", reason=REPEATED_IN_BATCH))
            continue
        seen.add(op.op_id)
        if op.op_id in stored:
            results.append(_duplicate_result(op, stored[op.op_id]))
            continue
        outcome, reason = _apply_guarded(context, op, check, savepoints)
        applied.append(_applied_op_row(office, device, request, op, now, (outcome, reason)))
        results.append(OpResult(op_id=op.op_id, outcome=outcome, reason=reason))  # type: ignore[arg-type]
    context.insert_new_rows()
    insert_rows(session.connection(), AppliedOp.__table__, applied)
    device.last_sync_at = now
    session.flush()
    return results


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


def _first_valid(ops: list[PushOp], checked: list[Checked]) -> dict[uuid.UUID, OpPayload]:
    """The valid payloads by op id (of an id repeated in the batch, the first one's)."""
    valid: dict[uuid.UUID, OpPayload] = {}
    for op, check in zip(ops, checked, strict=True):
        if isinstance(check, OpPayload) and op.op_id not in valid:
            valid[op.op_id] = check
    return valid


def _apply_guarded(context: BatchContext, op: PushOp, check: Checked, savepoints: bool) -> Outcome:
    """Apply a checked op; with ``savepoints``, one the database refuses is rejected alone."""
    if not isinstance(check, OpPayload):
        return check
    if not savepoints:
        return apply_op(context, op)
    rows, codes = dict(context.rows), dict(context.dossier_codes)
    try:
        with context.session.begin_nested():
            outcome = apply_op(context, op)
            context.session.flush()
            return outcome
    except StatementError as exc:
        if not is_storage_refusal(exc):
            raise
        context.rows, context.dossier_codes = rows, codes
        return _refused(context, op, exc)


def _refused(context: BatchContext, op: PushOp, exc: StatementError) -> Outcome:
    """The answer to an op the database refused, logged by op id, kind and error class."""
    log.warning(
        "office %s op %s (%s): refused by the database (%s)",
        context.office.unit_code, op.op_id, op.entity, error_name(exc),
    )  # fmt: skip
    if isinstance(exc, IntegrityError):
        return "rejected", "conflicts with data held centrally (duplicate key)"
    return "rejected", f"could not be stored centrally ({error_name(exc)})"


def apply_op(context: BatchContext, op: PushOp) -> Outcome:
    """Apply one op (checked here unless ``apply_batch`` checked it already); invalid data
    gives ``rejected`` with a reason free of personal data."""
    known = context.checked.get(op.op_id) if context is not None else None
    check = known or check_op(op)
    if not isinstance(check, OpPayload):
        return check
    try:
        return HANDLERS[op.entity](context, op, check)
    except (Rejected, DomainError) as exc:
        return "rejected", str(exc)


def check_op(op: PushOp) -> Checked:
    """The op's payload validated with the shared model of its kind, or why it is rejected
    (the reason names fields and rules, never values)."""
    if op.entity not in HANDLERS or OFFICE_ENTITIES.get(op.entity) != op.operation:
        return "rejected", f"unknown entity or operation: {op.entity}/{op.operation}"
    if op.schema_version > SUPPORTED_SCHEMA_VERSION:
        return "rejected", f"schema version {op.schema_version} is newer than the server's"
    try:
        return validated_payload(op)
    except ValidationError as exc:
        return "rejected", "invalid " + "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'payload'}: {e['msg']}"
            for e in exc.errors()[:5]
        )


def validated_payload(op: PushOp) -> OpPayload:
    """The op's payload checked with the shared model of its kind (``ValidationError`` if not)."""
    return OP_PAYLOADS[(op.entity, op.operation)].model_validate(op.payload)
