"""Tables of citizens' notifications at the centre (migration 0007).

``notify_provider``: one row per medium, its settings in clear (host, port, template ids…) and
its secrets (passwords, app secret, tokens) as one Fernet token (``secret_box``), never in
clear. ``notification_request``: what offices asked to send, one row per request id (the op's
id and the idempotency key towards providers), with its delivery: ``queued`` → ``sending``
(claimed by one sender until ``claimed_until``) → ``sent`` | ``retrying`` | ``refused``.
``last_error`` is the provider's reason in words, without the recipient or any personal data.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from central_server.models import Base, utc_now

REQUEST_STATES = ("queued", "sending", "sent", "retrying", "refused")
#: States a sender may claim (``sending`` only once its claim has run out).
OPEN_STATES = ("queued", "retrying", "sending")


class NotifyProvider(Base):
    """The provider of one medium (``email``, ``zalo``, ``sms``) as the operator set it."""

    __tablename__ = "notify_provider"
    __table_args__ = (CheckConstraint("medium IN ('email', 'zalo', 'sms')", name="medium_known"),)

    medium: Mapped[str] = mapped_column(String(10), primary_key=True)
    settings: Mapped[dict[str, Any]]
    secrets: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)


class NotificationRequest(Base):
    """One message to one citizen about one event of their dossier, and its delivery."""

    __tablename__ = "notification_request"
    __table_args__ = (
        CheckConstraint(
            "state IN ('queued', 'sending', 'sent', 'retrying', 'refused')", name="state_known"
        ),
        Index("ix_notification_request_due", "state", "next_attempt_at"),
        Index("ix_notification_request_office_state", "office_id", "state"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"))
    dossier_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    dossier_code: Mapped[str] = mapped_column(String(60))
    event: Mapped[str] = mapped_column(String(20))
    medium: Mapped[str] = mapped_column(String(10))
    recipient: Mapped[str] = mapped_column(String(200))
    day: Mapped[date | None] = mapped_column(Date)
    missing: Mapped[str | None] = mapped_column(Text)
    requested_at: Mapped[datetime]
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    state: Mapped[str] = mapped_column(String(20), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utc_now)
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claimed_until: Mapped[datetime | None]
    provider_message_id: Mapped[str | None] = mapped_column(String(200))
    last_error: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)
