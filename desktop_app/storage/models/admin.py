"""Models of reports and administration: office-wide settings and rating requests.

``office_setting`` holds values the administrator edits for the whole office (working windows,
working days, cut-off, queue fairness, printers per station, the logo): they win over a
station's settings file for those keys. ``rating_request`` is how a counter asks the rating
station at its desk to show the three choices after a return or a served ticket.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.storage.models.base import Base, utc_now, uuid_pk
from desktop_app.storage.models.core import DossierEvent


class OfficeSetting(Base):
    """One office-wide setting: its JSON value, who changed it last and when."""

    __tablename__ = "office_setting"

    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"), primary_key=True)
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)


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


# The period report counts dossiers that ever had a status (supplement requested) with one
# indexed set read (services/reports/period.py).
Index("ix_dossier_event_to_status", DossierEvent.to_status, DossierEvent.dossier_id)
