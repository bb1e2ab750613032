"""The citizen's rating of the service, tied to the dossier, the visit ticket and the officer."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.audit import record_audit
from desktop_app.services.errors import ServiceError
from desktop_app.services.handover.access import dossier_by_code, single_spaced
from desktop_app.services.outbox import record_citizen_rating
from desktop_app.storage.models import Dossier, Rating
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
    known = _known_level(level)
    text = single_spaced(reason)
    _check_reason_given(known, text)
    return known, text


def _check_reason_given(level: RatingLevel, reason: str) -> None:
    """A dissatisfied citizen says why (the office must be able to act on it)."""
    if level is RatingLevel.DISSATISFIED and not reason:
        raise ServiceError(
            "a reason is required when the citizen is dissatisfied",
            "Vui lòng cho biết lý do không hài lòng.",
        )


def _known_level(level: RatingLevel | str) -> RatingLevel:
    try:
        return RatingLevel(level)
    except ValueError:
        raise ServiceError(
            f"unknown rating {level!r}; use {', '.join(LEVELS[:-1])} or {LEVELS[-1]}",
            "Mức đánh giá không hợp lệ.",
        ) from None


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
    dossier = _unrated_dossier(session, dossier_code) if dossier_code else None
    row = Rating(
        id=uuid.uuid4(), office_id=office_id, dossier_id=dossier.id if dossier else None,
        ticket_id=ticket_id or (dossier.visit_ticket_id if dossier else None),
        staff_id=staff_id, level=known.value, reason=text, at=at,
    )  # fmt: skip
    _record_rating_row(session, row)
    return RatingInfo(row.id, known, text, row.dossier_id, row.ticket_id, staff_id, at)


def _unrated_dossier(session: Session, code: str) -> Dossier:
    """The dossier of ``code``, which must not have a rating yet (one per dossier)."""
    dossier = dossier_by_code(session, code, lock=False)
    if session.scalars(select(Rating.id).where(Rating.dossier_id == dossier.id)).first():
        raise ServiceError(
            f"dossier {dossier.code} was already rated",
            f"Hồ sơ {dossier.code} đã được đánh giá.",
        )
    return dossier


def _record_rating_row(session: Session, row: Rating) -> None:
    """Add the rating with its outbox op and audit row (the level, nothing personal)."""
    session.add(row)
    session.flush()
    record_citizen_rating(session, row)
    record_audit(session, "rating_recorded", "rating", row.id, staff_id=row.staff_id, at=row.at,
                 detail=row.level)  # fmt: skip
