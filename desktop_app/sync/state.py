"""The office's sync state row and the status people see (CLI, status bar, server report)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.storage.models import DossierEvent, OutboxOp, SyncState
from desktop_app.storage.models.sync import SYNC_STATE_ID

#: Outbox states still to be pushed.
WAITING_STATES = ("pending", "sent")
#: Local kind of a pulled central status change that could not be applied as is.
CENTRAL_CONFLICT_KIND = "central_status_conflict"
CLOCK_SKEW_WARNING_SECONDS = 120.0


def lock_state(session: Session) -> SyncState:
    """The sync state row, locked for the rest of the transaction (created if missing)."""
    state = session.get(SyncState, SYNC_STATE_ID, with_for_update=True)
    if state is None:
        state = SyncState(id=SYNC_STATE_ID, pull_cursor=0, consecutive_failures=0)
        session.add(state)
        session.flush()
    return state


@dataclass(frozen=True)
class Rejection:
    """An op the server did not apply as sent: shown to the office, never dropped."""

    seq: int
    op_id: uuid.UUID
    entity: str
    entity_id: str
    state: str
    reason: str
    device_time: datetime


@dataclass(frozen=True)
class SyncStatus:
    """Where sync stands, for people: the CLI, the status bar, the report to the server."""

    ops_waiting: int
    ops_in_flight: int
    ops_rejected: int
    ops_conflict: int
    pull_conflicts: int
    last_success_at: datetime | None
    last_attempt_at: datetime | None
    last_error: str | None
    consecutive_failures: int
    pull_cursor: int
    server_epoch: str | None
    clock_skew_seconds: float | None
    rejections: tuple[Rejection, ...] = field(default_factory=tuple)

    @property
    def online(self) -> bool:
        """The last attempt reached the server and finished."""
        return self.last_success_at is not None and self.consecutive_failures == 0

    @property
    def clock_skewed(self) -> bool:
        skew = self.clock_skew_seconds
        return skew is not None and abs(skew) > CLOCK_SKEW_WARNING_SECONDS

    def as_dict(self) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items() if k != "rejections"}
        data["online"] = self.online
        data["clock_skewed"] = self.clock_skewed
        data["rejections"] = [r.__dict__ for r in self.rejections]
        return data


def outbox_counts(session: Session) -> dict[str, int]:
    rows = session.execute(select(OutboxOp.state, func.count()).group_by(OutboxOp.state))
    return {state: int(count) for state, count in rows}


def read_status(session: Session, rejection_limit: int = 50) -> SyncStatus:
    """The sync status from the office database (read-only)."""
    state = session.get(SyncState, SYNC_STATE_ID)
    counts = outbox_counts(session)
    rows = session.scalars(
        select(OutboxOp)
        .where(OutboxOp.state.in_(("rejected", "conflict")))
        .order_by(OutboxOp.seq)
        .limit(rejection_limit)
    )
    rejections = tuple(
        Rejection(
            op.seq, op.op_id, op.entity, op.entity_id, op.state, op.last_error or "", op.device_time
        )
        for op in rows
    )
    pull_conflicts = session.scalar(
        select(func.count())
        .select_from(DossierEvent)
        .where(DossierEvent.kind == CENTRAL_CONFLICT_KIND)
    )
    return SyncStatus(
        ops_waiting=counts.get("pending", 0) + counts.get("sent", 0),
        ops_in_flight=counts.get("sent", 0),
        ops_rejected=counts.get("rejected", 0),
        ops_conflict=counts.get("conflict", 0),
        pull_conflicts=int(pull_conflicts or 0),
        last_success_at=state.last_success_at if state else None,
        last_attempt_at=state.last_attempt_at if state else None,
        last_error=state.last_error if state else None,
        consecutive_failures=state.consecutive_failures if state else 0,
        pull_cursor=state.pull_cursor if state else 0,
        server_epoch=state.server_epoch if state else None,
        clock_skew_seconds=state.clock_skew_seconds if state else None,
        rejections=rejections,
    )


def latest_outbox_seq(session: Session) -> int:
    """The newest outbox op's number: a cheap poll that tells a local change happened."""
    return int(session.scalar(select(func.max(OutboxOp.seq))) or 0)
