"""The sync outbox (one op per change) and the station's sync state."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Float,
    Index,
    Integer,
    String,
    Text,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.storage.models.base import Base, utc_now


class OutboxOp(Base):
    """One operation waiting to be pushed to the central server, in ``seq`` order.

    ``op_id`` is the idempotency key the server de-duplicates on; ``payload`` is the entity's
    wire form at the time of the change (schema ``schema_version``).
    """

    __tablename__ = "outbox_op"
    __table_args__ = (
        CheckConstraint(
            "state IN ('pending', 'sent', 'applied', 'duplicate', 'rejected', 'conflict')",
            name="state_known",
        ),
        Index("ix_outbox_op_state_seq", "state", "seq"),
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(80))
    operation: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict[str, Any]]
    schema_version: Mapped[int] = mapped_column(Integer, default=1)
    device_time: Mapped[datetime] = mapped_column(default=utc_now)
    state: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)


class SyncState(Base):
    """Where sync stands: cursor, epoch, batch in flight, last success and last report."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    server_url: Mapped[str | None] = mapped_column(String(500))
    device_id: Mapped[str | None] = mapped_column(String(80))
    server_epoch: Mapped[str | None] = mapped_column(String(64))
    pull_cursor: Mapped[int] = mapped_column(BigInteger, default=0)
    inflight_batch_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    last_attempt_at: Mapped[datetime | None]
    last_success_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    clock_skew_seconds: Mapped[float | None] = mapped_column(Float)
    last_report_at: Mapped[datetime | None]
    last_report: Mapped[dict[str, Any] | None] = mapped_column(JSON)


SYNC_STATE_ID = 1
