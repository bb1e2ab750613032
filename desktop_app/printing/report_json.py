"""The period report as JSON-ready data: the contract of the ``report`` command's output."""

from __future__ import annotations

from typing import Any

from desktop_app.printing.report_text import opening_sentence
from desktop_app.services.reports.period import BreakdownRow, DossierFigures, PeriodReport


def report_as_dict(report: PeriodReport) -> dict[str, Any]:
    """The JSON form of the report (the CLI's contract)."""
    f = report.figures
    return {
        "period": {"from": report.period.start.isoformat(), "to": report.period.end.isoformat()},
        "office": report.office_name,
        "as_of": report.as_of.isoformat(),
        "sentence": opening_sentence(f),
        **_figures_dict(f),
        "resolved": f.resolved,
        **_shares_dict(f),
        "queue": _queue_dict(report),
        "ratings": vars(report.ratings),
        "grouping": report.grouping,
        "breakdown": [_breakdown_dict(row) for row in report.breakdown],
        "daily_received": [[d.isoformat(), n] for d, n in report.daily_received],
        "bookings": vars(report.bookings) if report.bookings is not None else None,
    }


def _figures_dict(figures: DossierFigures) -> dict[str, int]:
    return {name: getattr(figures, name) for name in DossierFigures.__dataclass_fields__}


def _shares_dict(figures: DossierFigures) -> dict[str, float]:
    """Before due, on time and late as percentages of the resolved (numbers, not text)."""
    return {
        "before_due_pct": figures.share(figures.resolved_before_due),
        "on_time_pct": figures.share(figures.resolved_on_time),
        "late_pct": figures.share(figures.resolved_late),
    }


def _queue_dict(report: PeriodReport) -> dict[str, Any]:
    return {
        **report.queue_totals,
        "by_area": [vars(r) for r in report.queue_by_area],
        "by_counter": [vars(r) for r in report.queue_by_counter],
        "by_officer": [vars(r) for r in report.queue_by_officer],
    }


def _breakdown_dict(row: BreakdownRow) -> dict[str, Any]:
    figures = row.figures
    return {"key": row.key, "label": row.label, **_figures_dict(figures), **_shares_dict(figures)}
