"""The report window's database work: one read-only session per report built.

The methods block: the window calls them through ``run_operation``.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.app import AppContext
    from desktop_app.services.reports.period import Period, PeriodReport


class ReportActions:
    """Builds the period report of the office the context opens."""

    def __init__(self, context: AppContext) -> None:
        self.context = context

    def period_report(self, period: Period, grouping: str | None, now: datetime) -> PeriodReport:
        """The report of ``period``, broken down by ``grouping`` (None: no breakdown)."""
        from desktop_app.services.office.identity import current_office
        from desktop_app.services.reports.period import build_period_report

        with self.context.session(read_only=True) as session:
            office = current_office(session)
            return build_period_report(session, period, tz=self.context.settings.zone,
                                       office_name=office.name, now=now,
                                       grouping=grouping)  # fmt: skip
