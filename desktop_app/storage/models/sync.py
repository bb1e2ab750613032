"""Sync state of the office database: one row shared by every station of the office.

The pull cursor and the server epoch live here so that applying a pulled page and moving the
cursor happen in one transaction; ``inflight_batch_id`` names the batch whose ops are in state
``sent`` (fixed before sending, so a retry after a crash resends it unchanged). The device
credential itself is NOT stored here: it sits in a file readable by the user only.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Float, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.storage.models.base import Base

SYNC_STATE_ID = 1


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
