"""The period report in the form the authorities use.

Population: the dossiers received in the period (local dates). A dossier is *resolved* when its
result was ready (or returned) by the end of the period; resolved ones are classed before due /
on time / late by comparing local dates with the due date in force (an extension counts against
its new date). The others still open are within the limit or overdue at the end of the period
(or now, if the period is not over). Refusals at the counter are not counted as received. The
rule is ``motcua_core.domain.timeliness.classify_at_period_end``, run in SQL.

Citizen visits (lượt công dân): the distinct visits of those dossiers (the ticket served, or the
visit id of an imported register; a dossier with neither is a visit of its own) plus tickets
served in the period that brought no dossier (a question, a returned result).

Dossier figures are single SQL aggregates (``dossier_counts``), so a half-year on a million
dossiers stays fast; the queue, the bookings and the ratings have modules of their own. The
texts printed from a report (Vietnamese numbers, the opening sentence) belong to
``desktop_app.printing``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from desktop_app.services.reports.booking_figures import BookingFigures, booking_figures
from desktop_app.services.reports.dossier_counts import (
    GROUPINGS,
    BreakdownRow,
    DossierFigures,
    daily_received,
    dossier_breakdown,
    dossier_figures,
)
from desktop_app.services.reports.queue_figures import DurationFigures, queue_figures
from desktop_app.services.reports.rating_figures import RatingFigures, rating_figures
from desktop_app.services.reports.scope import Period, ReportScope
from motcua_core.domain import rating_level

__all__ = [
    "GROUPINGS",
    "RATING_LABELS_VI",
    "RATING_LEVELS",
    "BookingFigures",
    "BreakdownRow",
    "DossierFigures",
    "DurationFigures",
    "Period",
    "PeriodReport",
    "RatingFigures",
    "build_period_report",
]

RATING_LEVELS = rating_level.LEVELS
RATING_LABELS_VI = rating_level.LABELS_VI


@dataclass(frozen=True)
class PeriodReport:
    period: Period
    office_name: str
    as_of: datetime
    figures: DossierFigures
    queue_by_area: tuple[DurationFigures, ...]
    queue_by_counter: tuple[DurationFigures, ...]
    queue_by_officer: tuple[DurationFigures, ...]
    ratings: RatingFigures
    grouping: str | None = None
    breakdown: tuple[BreakdownRow, ...] = field(default_factory=tuple)
    daily_received: tuple[tuple[date, int], ...] = field(default_factory=tuple)
    bookings: BookingFigures | None = None

    @property
    def queue_totals(self) -> dict[str, int]:
        rows = self.queue_by_area
        return {
            "tickets_issued": sum(r.issued for r in rows),
            "tickets_served": sum(r.served for r in rows),
            "no_shows": sum(r.no_shows for r in rows),
        }


def build_period_report(
    session: Session,
    period: Period,
    *,
    tz: ZoneInfo,
    office_name: str = "",
    now: datetime | None = None,
    grouping: str | None = None,
) -> PeriodReport:
    """The figures of ``period``, optionally broken down by field, procedure, officer or counter.

    Raises:
        ValueError: an unknown grouping.
    """
    if grouping is not None and grouping not in GROUPINGS:
        raise ValueError(f"grouping must be one of {', '.join(GROUPINGS)}")
    scope = ReportScope.of(session, period, tz, now)
    queue = queue_figures(session, period)
    return PeriodReport(
        period=period,
        office_name=office_name,
        as_of=scope.as_of,
        figures=dossier_figures(session, scope),
        queue_by_area=queue["area"],
        queue_by_counter=queue["counter"],
        queue_by_officer=queue["officer"],
        ratings=rating_figures(session, scope.start_utc, scope.end_utc),
        grouping=grouping,
        breakdown=dossier_breakdown(session, scope, grouping) if grouping else (),
        daily_received=daily_received(session, scope),
        bookings=booking_figures(session, period, scope.start_utc, scope.end_utc),
    )
