"""Citizens' notifications: one row per request to tell a citizen of a dossier event.

The office writes a request (state ``pending``) in the same transaction as the event it tells
of, with its outbox op; the centre sends it and reports its delivery back (``sent``,
``retrying``, ``refused``), which the pull applies here. The row's id is the request id the
op carries, and the centre's idempotency key.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.storage.models.base import Base, utc_now, uuid_pk
from motcua_core.domain import field_limits as limits

#: A request's state before the centre reports on it.
PENDING = "pending"


class DossierNotification(Base):
    """One request to tell the dossier's citizen of ``event`` by ``medium``."""

    __tablename__ = "dossier_notification"
    __table_args__ = (
        CheckConstraint("medium IN ('sms', 'zalo', 'email')", name="medium_known"),
        CheckConstraint("state IN ('pending', 'sent', 'retrying', 'refused')", name="state_known"),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    dossier_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dossier.id"), index=True)
    event: Mapped[str] = mapped_column(String(20))
    medium: Mapped[str] = mapped_column(String(10))
    # The phone (sms, zalo) or e-mail address the request was made for.
    recipient: Mapped[str] = mapped_column(String(limits.EMAIL))
    state: Mapped[str] = mapped_column(String(20), default=PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # The provider's reason in words, as the centre reports it (never personal data).
    detail: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    # The moment of the last delivery report applied (``created_at`` while pending).
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)
