"""The notification requests of one dossier and their delivery, for the dossier view."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.storage.models import DossierNotification


@dataclass(frozen=True)
class NotificationView:
    """One request: what it tells, by which medium, and how its delivery stands.

    ``state`` is ``pending`` until the centre reports, then ``sent``, ``retrying`` or
    ``refused`` (``detail`` says why); ``at`` is the moment of that state.
    """

    id: uuid.UUID
    event: str
    medium: str
    state: str
    attempts: int
    detail: str | None
    at: datetime


def dossier_notifications(session: Session, dossier_id: uuid.UUID) -> list[NotificationView]:
    """The dossier's requests in the order they were written."""
    query = (
        select(DossierNotification)
        .where(DossierNotification.dossier_id == dossier_id)
        .order_by(DossierNotification.created_at, DossierNotification.id)
    )
    return [_view(row) for row in session.scalars(query)]


def _view(row: DossierNotification) -> NotificationView:
    return NotificationView(
        row.id, row.event, row.medium, row.state, row.attempts, row.detail, row.updated_at
    )
