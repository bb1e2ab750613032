"""The dossiers that cost the office points on the service index, for the dashboard's list.

Three kinds: late (resolved late or overdue at the end: form II.06a's columns 10 and 13),
dissatisfied (a "Không hài lòng" rating given in the period), not digitised (received in the
period without an attachment on every checklist line). Each list is bounded (``LIMIT``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import not_, select
from sqlalchemy.orm import Session

from desktop_app.services.dossiers.digitisation import digitised_sql
from desktop_app.services.reports import index766_counts as counts
from desktop_app.storage.models import Dossier, Procedure, Rating
from motcua_core.domain.rating_level import RatingLevel
from motcua_core.reports.form_ii06a_report import LateDossier

#: Dossiers listed per kind at most.
LIMIT = 500

LATE, DISSATISFIED, NOT_DIGITISED = "late", "dissatisfied", "not_digitised"


@dataclass(frozen=True)
class CostlyDossier:
    """One line of the list: which dossier, why it costs points, and a detail to show."""

    code: str
    kind: str
    procedure_name: str
    received_at: datetime
    detail: str = ""


def costly_dossiers(
    session: Session, bounds: counts.Bounds, late: Iterable[LateDossier]
) -> tuple[CostlyDossier, ...]:
    """Late, dissatisfied and not digitised dossiers of the period, in that order."""
    return (
        *late_lines(late),
        *dissatisfied_lines(session, bounds),
        *not_digitised_lines(session, bounds),
    )


def late_lines(late: Iterable[LateDossier]) -> tuple[CostlyDossier, ...]:
    """The annex's late dossiers, the apology letter's reason as the detail."""
    return tuple(
        CostlyDossier(d.code, LATE, d.procedure_name, d.received_at, d.reason)
        for d in list(late)[:LIMIT]
    )


def dissatisfied_lines(session: Session, bounds: counts.Bounds) -> tuple[CostlyDossier, ...]:
    """Dossiers rated "Không hài lòng" in the period, the reason given as the detail."""
    start, end = bounds
    query = (
        select(Dossier.code, Procedure.name, Dossier.received_at, Rating.reason)
        .join(Dossier, Dossier.id == Rating.dossier_id)
        .join(Procedure, Procedure.id == Dossier.procedure_id)
        .where(Rating.at >= start, Rating.at < end)
        .where(Rating.level == RatingLevel.DISSATISFIED.value)
        .order_by(Rating.at)
        .limit(LIMIT)
    )
    return tuple(
        CostlyDossier(c, DISSATISFIED, n, r, why or "") for c, n, r, why in session.execute(query)
    )


def not_digitised_lines(session: Session, bounds: counts.Bounds) -> tuple[CostlyDossier, ...]:
    """Dossiers received in the period that are not digitised."""
    query = (
        select(Dossier.code, Procedure.name, Dossier.received_at)
        .join(Procedure, Procedure.id == Dossier.procedure_id)
        .where(counts.received_in(bounds), not_(digitised_sql()))
        .order_by(Dossier.received_at)
        .limit(LIMIT)
    )
    return tuple(CostlyDossier(c, NOT_DIGITISED, n, r) for c, n, r in session.execute(query))
