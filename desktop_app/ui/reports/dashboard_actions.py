"""The dashboard's database work: one read-only session for the index, one for a dossier view.

The methods block: the dashboard calls them through ``run_operation``.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.app import AppContext
    from desktop_app.services.dossiers.detail import DossierDetail
    from desktop_app.services.reports.index766 import IndexDashboard
    from motcua_core.domain.report_periods import ReportPeriod


class DashboardActions:
    """Computes the office's index dashboard and opens a dossier from its list."""

    def __init__(self, context: AppContext) -> None:
        self.context = context

    def dashboard(self, period: ReportPeriod, now: datetime) -> IndexDashboard:
        """The index of ``period``, its monthly trend and the dossiers that cost points."""
        from desktop_app.services.office.identity import current_office
        from desktop_app.services.office.settings import apply_office_settings
        from desktop_app.services.reports.form_ii06a import FormOptions
        from desktop_app.services.reports.index766 import index_dashboard

        settings = self.context.settings
        with self.context.session(read_only=True) as session:
            office = current_office(session)
            stored = apply_office_settings(session, settings, office.id)
            options = FormOptions(settings.zone, stored.report_withdrawn_as_resolved, now)
            return index_dashboard(session, period, options, office_name=office.name)

    def dossier(self, code: str, now: datetime) -> DossierDetail:
        """Every detail of dossier ``code``; the view is recorded in the audit log."""
        from desktop_app.services.dossiers.detail import dossier_detail

        with self.context.session() as session:
            return dossier_detail(session, code, now=now, tz=self.context.settings.zone)
