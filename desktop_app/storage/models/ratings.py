"""The citizen's ratings, and the counter's requests to the rating station."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.storage.models.base import Base, utc_now, uuid_pk


class Rating(Base):
    __tablename__ = "rating"
    __table_args__ = (
        CheckConstraint(
            "level IN ('very_satisfied', 'satisfied', 'dissatisfied')", name="level_known"
        ),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"))
    dossier_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("dossier.id"))
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("queue_ticket.id"))
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    level: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(default=utc_now)


class RatingRequest(Base):
    """A request for the rating station at a counter: rate this visit and officer."""

    __tablename__ = "rating_request"
    __table_args__ = (
        CheckConstraint("state IN ('pending', 'answered', 'expired')", name="state_known"),
        Index("ix_rating_request_waiting", "office_id", "counter_number", "state", "created_at"),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"))
    counter_number: Mapped[int] = mapped_column(Integer)
    dossier_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("dossier.id"))
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("queue_ticket.id"))
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    state: Mapped[str] = mapped_column(String(20), default="pending")
    answered_at: Mapped[datetime | None]
    rating_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("rating.id"))
