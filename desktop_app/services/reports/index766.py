"""The office's service index (Decision 766/QĐ-TTg) over a reporting period, and its trend.

Timeliness and lateness are form II.06a's columns, counted by ``build_form_ii06a`` (the same
shared rule the centre runs); the other counts are single aggregates (``index766_counts``).
The points come from ``motcua_core.domain.index766``, the one place the rule lives.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from desktop_app.services.reports import index766_counts as counts
from desktop_app.services.reports.form_ii06a import FormOptions, build_form_ii06a
from desktop_app.services.reports.index766_costs import CostlyDossier, costly_dossiers
from motcua_core.domain.index766 import IndexFacts, ServiceIndex, columns_facts, service_index
from motcua_core.domain.report_periods import ReportPeriod, month_period
from motcua_core.reports.form_ii06a_report import LateDossier

#: Months the dashboard's trend shows (official months, the current one last).
TREND_MONTHS = 6


@dataclass(frozen=True)
class OfficeIndex:
    """The index of one office over one period, the facts it came from, the late dossiers."""

    period: ReportPeriod
    office_name: str
    facts: IndexFacts
    index: ServiceIndex
    late: tuple[LateDossier, ...] = ()


def other_facts(session: Session, bounds: counts.Bounds) -> dict[str, int | float]:
    """Every count but the form's columns, for the period's UTC bounds."""
    found: dict[str, int | float] = {}
    for gather in (
        counts.resolution_time,
        counts.online_counts,
        counts.result_counts,
        counts.digitised_counts,
        counts.reuse_counts,
        counts.rating_counts,
    ):
        found.update(gather(session, bounds))
    return found


def build_index766(
    session: Session, period: ReportPeriod, options: FormOptions, *, office_name: str = ""
) -> OfficeIndex:
    """The office's index for ``period``."""
    form = build_form_ii06a(session, period, options, office_name=office_name)
    bounds = period.utc_bounds(options.tz)
    facts = IndexFacts(**columns_facts(form.total), **other_facts(session, bounds))  # type: ignore[arg-type]
    return OfficeIndex(period, office_name, facts, service_index(facts), form.late)


def trend_periods(today: date, months: int = TREND_MONTHS) -> tuple[ReportPeriod, ...]:
    """The last ``months`` official months up to the one ``today`` falls in, oldest first."""
    year, month = (today.year, today.month) if today.day <= 14 else _next(today.year, today.month)
    found = []
    for _ in range(months):
        found.append(month_period(year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return tuple(reversed(found))


def _next(year: int, month: int) -> tuple[int, int]:
    return (year, month + 1) if month < 12 else (year + 1, 1)


def index_trend(
    session: Session, today: date, options: FormOptions, months: int = TREND_MONTHS
) -> tuple[tuple[ReportPeriod, ServiceIndex], ...]:
    """The index of each of the last ``months`` official months."""
    return tuple(
        (period, build_index766(session, period, options).index)
        for period in trend_periods(today, months)
    )


@dataclass(frozen=True)
class IndexDashboard:
    """What the reports window's dashboard shows: the period's index, the monthly trend, and
    the dossiers that cost points."""

    current: OfficeIndex
    trend: tuple[tuple[ReportPeriod, ServiceIndex], ...]
    costly: tuple[CostlyDossier, ...]


def index_dashboard(
    session: Session, period: ReportPeriod, options: FormOptions, *, office_name: str = ""
) -> IndexDashboard:
    """The dashboard of ``period``: its index, the months up to its end, the costly dossiers."""
    current = build_index766(session, period, options, office_name=office_name)
    bounds = period.utc_bounds(options.tz)
    return IndexDashboard(
        current,
        index_trend(session, period.end, options),
        costly_dossiers(session, bounds, current.late),
    )
