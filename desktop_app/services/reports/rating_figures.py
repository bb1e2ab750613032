"""The citizens' ratings recorded in a period: counts and shares per level, the reasons given."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.reports.shares import percent
from desktop_app.storage.models import Rating
from motcua_core.domain import rating_level


@dataclass(frozen=True)
class RatingFigures:
    total: int
    counts: dict[str, int]
    shares: dict[str, float]
    reasons: tuple[str, ...]


def rating_figures(session: Session, start_utc: datetime, end_utc: datetime) -> RatingFigures:
    """Ratings given from ``start_utc`` to ``end_utc`` (excluded), per level."""
    rows = session.execute(
        select(Rating.level, Rating.reason).where(Rating.at >= start_utc, Rating.at < end_utc)
    ).all()
    counts = {level: sum(1 for r in rows if r.level == level) for level in rating_level.LEVELS}
    total = sum(counts.values())
    shares = {level: percent(n, total) for level, n in counts.items()}
    reasons = tuple(r.reason for r in rows if r.reason)
    return RatingFigures(total, counts, shares, reasons)
