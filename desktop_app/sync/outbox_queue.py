"""The push side of the outbox: fixed batches, results, and re-sending after a server restore.

A batch is fixed in the office database before it is sent: its ops move to state ``sent`` and
``sync_state.inflight_batch_id`` names it, in one transaction. Until its results are recorded,
every attempt (after a timeout, a cut connection or a kill -9) sends exactly that batch again;
the server answers ``duplicate`` for what it already applied.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop_app.storage.models import OutboxOp, SyncState, utc_now
from desktop_app.sync.state import lock_state
from motcua_core.protocol import (
    MAX_BATCH_BYTES,
    MAX_BATCH_OPS,
    OpResult,
    PushOp,
    PushRequest,
)

#: Room left in a batch body for the envelope (batch id, epoch, brackets).
_ENVELOPE_BYTES = 1024


@dataclass(frozen=True)
class Batch:
    batch_id: uuid.UUID
    ops: tuple[PushOp, ...]
    resent: bool
    epoch: str | None = None

    def request(self) -> PushRequest:
        return PushRequest(batch_id=self.batch_id, epoch=self.epoch, ops=list(self.ops))


_WIRE_COLUMNS = (
    OutboxOp.seq,
    OutboxOp.op_id,
    OutboxOp.entity,
    OutboxOp.entity_id,
    OutboxOp.operation,
    OutboxOp.payload,
    OutboxOp.schema_version,
    OutboxOp.device_time,
)
#: Room an op's envelope takes around its payload in the JSON body (ids, names, moment).
_OP_ENVELOPE_BYTES = 400


def _wire(row: Any) -> PushOp:
    """The op as sent; built without re-validation (the columns are typed already)."""
    return PushOp.model_construct(
        op_id=row.op_id,
        seq=row.seq,
        entity=row.entity,
        entity_id=row.entity_id,
        operation=row.operation,
        payload=row.payload,
        schema_version=row.schema_version,
        device_time=row.device_time,
    )


def _wire_size(op: PushOp) -> int:
    payload = json.dumps(op.payload, ensure_ascii=False, separators=(",", ":"), default=str)
    return len(payload.encode()) + _OP_ENVELOPE_BYTES


def claim_batch(
    session: Session, max_ops: int = MAX_BATCH_OPS, max_bytes: int = MAX_BATCH_BYTES
) -> Batch | None:
    """The batch to send now: the one in flight, else the next pending ops in outbox order."""
    state = lock_state(session)
    inflight = _batch_in_flight(session, state)
    if inflight is not None:
        return inflight
    chosen = _next_pending_ops(session, max_ops, max_bytes)
    if not chosen:
        return None
    state.inflight_batch_id = uuid.uuid4()
    session.execute(
        update(OutboxOp)
        .where(OutboxOp.seq.in_([op.seq for op in chosen]))
        .values(state="sent", attempts=OutboxOp.attempts + 1)
        .execution_options(synchronize_session=False)
    )
    return Batch(state.inflight_batch_id, tuple(chosen), False, state.server_epoch)


def _batch_in_flight(session: Session, state: SyncState) -> Batch | None:
    """The batch fixed before and not answered yet, sent again unchanged (None if none)."""
    if state.inflight_batch_id is None:
        return None
    sent = session.execute(
        select(*_WIRE_COLUMNS).where(OutboxOp.state == "sent").order_by(OutboxOp.seq)
    ).all()
    if not sent:
        state.inflight_batch_id = None
        return None
    _count_attempt(session, [row.seq for row in sent])
    ops = tuple(_wire(row) for row in sent)
    return Batch(state.inflight_batch_id, ops, True, state.server_epoch)


def _next_pending_ops(session: Session, max_ops: int, max_bytes: int) -> list[PushOp]:
    """The next pending ops that fit in one batch, in outbox order (empty when none wait).

    An op too large to travel even alone can never be sent: it is rejected (so it shows) and
    the ops after it are chosen instead.
    """
    while True:
        rows = session.execute(
            select(*_WIRE_COLUMNS)
            .where(OutboxOp.state == "pending")
            .order_by(OutboxOp.seq)
            .limit(max_ops)
        ).all()
        chosen, too_large = _fill_batch(rows, max_bytes)
        if too_large is None:
            return chosen
        _reject_oversized(session, too_large)


def _fill_batch(rows: Sequence[Any], max_bytes: int) -> tuple[list[PushOp], int | None]:
    """The leading ``rows`` that fit in ``max_bytes`` as ops, and the seq of the first row
    when it alone is too large (then no op is chosen)."""
    chosen: list[PushOp] = []
    size = _ENVELOPE_BYTES
    for row in rows:
        wire = _wire(row)
        size += _wire_size(wire)
        if size > max_bytes:
            return chosen, (None if chosen else row.seq)
        chosen.append(wire)
    return chosen, None


def _reject_oversized(session: Session, seq: int) -> None:
    session.execute(
        update(OutboxOp)
        .where(OutboxOp.seq == seq)
        .values(state="rejected", last_error="too large to send (over 1 MiB)")
        .execution_options(synchronize_session=False)
    )


def _count_attempt(session: Session, seqs: list[int]) -> None:
    session.execute(
        update(OutboxOp)
        .where(OutboxOp.seq.in_(seqs))
        .values(attempts=OutboxOp.attempts + 1)
        .execution_options(synchronize_session=False)
    )


def record_results(session: Session, batch: Batch, results: list[OpResult]) -> dict[str, int]:
    """Store each op's result; ops the answer did not mention go back to pending."""
    state = lock_state(session)
    by_id = {result.op_id: result for result in results}
    groups: dict[tuple[str, str | None], list[uuid.UUID]] = {}
    for op in batch.ops:
        result = by_id.get(op.op_id)
        if result is None:
            key: tuple[str, str | None] = ("pending", None)
        elif result.outcome == "duplicate" and result.stored_outcome in ("rejected", "conflict"):
            key = (result.stored_outcome, result.reason)
        else:
            key = (result.outcome, result.reason if result.outcome != "applied" else None)
        groups.setdefault(key, []).append(op.op_id)
    for (outcome, reason), op_ids in groups.items():
        session.execute(
            update(OutboxOp)
            .where(OutboxOp.op_id.in_(op_ids), OutboxOp.state == "sent")
            .values(state=outcome, last_error=reason)
            .execution_options(synchronize_session=False)
        )
    if state.inflight_batch_id == batch.batch_id:
        state.inflight_batch_id = None
    return {outcome: len(ids) for (outcome, _), ids in groups.items()}


def resend_everything(session: Session, new_epoch: str) -> int:
    """The server was restored from a backup: every op the office holds goes again.

    The server answers ``duplicate`` for what survived in its backup and applies the rest.
    The pull cursor restarts too; applying pulled changes is idempotent.
    """
    state = lock_state(session)
    count = session.execute(
        update(OutboxOp)
        .where(OutboxOp.state != "pending")
        .values(state="pending")
        .execution_options(synchronize_session=False)
    ).rowcount
    state.server_epoch, state.pull_cursor, state.inflight_batch_id = new_epoch, 0, None
    state.last_error = None
    state.last_attempt_at = utc_now()
    return int(count or 0)
