"""The citizen's rating of the service, tied to the dossier, the visit ticket and the officer."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.audit import record_audit
from desktop_app.services.errors import ServiceError
from desktop_app.services.handover.access import dossier_by_code
from desktop_app.services.outbox import record_citizen_rating
from desktop_app.storage.models import Rating
from motcua_core.domain.rating_level import LEVELS, RatingLevel

__all__ = ["RatingInfo", "RatingLevel", "check_rating", "record_rating"]


@dataclass(frozen=True)
class RatingInfo:
    id: uuid.UUID
    level: RatingLevel
    reason: str
    dossier_id: uuid.UUID | None
    ticket_id: uuid.UUID | None
    staff_id: uuid.UUID | None
    at: datetime


def check_rating(level: RatingLevel | str, reason: str | None) -> tuple[RatingLevel, str]:
    """The level and the cleaned reason; "Không hài lòng" needs a reason.

    Raises:
        ServiceError: an unknown level, or no reason for a dissatisfied rating.
    """
    try:
        known = RatingLevel(level)
    except ValueError:
        raise ServiceError(
            f"unknown rating {level!r}; use {', '.join(LEVELS[:-1])} or {LEVELS[-1]}",
            "Mức đánh giá không hợp lệ.",
        ) from None
    text = " ".join((reason or "").split())
    if known is RatingLevel.DISSATISFIED and not text:
        raise ServiceError(
            "a reason is required when the citizen is dissatisfied",
            "Vui lòng cho biết lý do không hài lòng.",
        )
    return known, text


def record_rating(
    session: Session,
    *,
    office_id: uuid.UUID,
    level: RatingLevel | str,
    reason: str | None = None,
    dossier_code: str | None = None,
    ticket_id: uuid.UUID | None = None,
    staff_id: uuid.UUID | None = None,
    at: datetime,
) -> RatingInfo:
    """Record one rating; the ticket defaults to the dossier's visit. The caller commits.

    Raises:
        ServiceError: invalid level, missing reason, or the dossier was already rated.
        NotFound: no dossier with ``dossier_code``.
    """
    known, text = check_rating(level, reason)
    dossier_id = None
    if dossier_code:
        dossier = dossier_by_code(session, dossier_code, lock=False)
        dossier_id = dossier.id
        ticket_id = ticket_id or dossier.visit_ticket_id
        if session.scalars(select(Rating.id).where(Rating.dossier_id == dossier.id)).first():
            raise ServiceError(
                f"dossier {dossier.code} was already rated",
                f"Hồ sơ {dossier.code} đã được đánh giá.",
            )
    row = Rating(
        id=uuid.uuid4(), office_id=office_id, dossier_id=dossier_id, ticket_id=ticket_id,
        staff_id=staff_id, level=known.value, reason=text, at=at,
    )  # fmt: skip
    session.add(row)
    session.flush()
    record_citizen_rating(session, row)
    record_audit(session, "rating_recorded", "rating", row.id, staff_id=staff_id, at=at,
                 detail=known.value)  # fmt: skip
    return RatingInfo(row.id, known, text, dossier_id, ticket_id, staff_id, at)
