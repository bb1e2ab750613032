"""Form II.06a of the office (Circular 01/2020/TT-VPCP): one row per field, a total, an annex.

The office's dossiers are streamed from the database (``form_ii06a_facts``) and tallied by the
shared rule (``motcua_core.domain.form_ii06a.tally``); the central server runs the same rule
over what offices pushed, so both arrive at the same figures. Rows follow the catalogue: one per
field (lĩnh vực) of its procedures, under the heading of the fields' service area. Late
dossiers (columns 10 and 13) are listed with the reasons their apology letters gave.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from desktop_app.services.reports.form_ii06a_facts import iter_histories
from desktop_app.services.reports.form_ii06a_fields import field_headings
from desktop_app.services.reports.form_ii06a_late import late_details
from motcua_core.domain.form_ii06a import Tally, tally
from motcua_core.domain.report_periods import ReportPeriod
from motcua_core.reports.form_ii06a_report import (
    FormII06aReport,
    ReportSource,
    build_report,
    late_lines,
)


@dataclass(frozen=True)
class FormOptions:
    """How the office counts: its zone, the withdrawn rule, the moment it is judged at."""

    tz: ZoneInfo
    withdrawn_as_resolved: bool = True
    now: datetime | None = None


def build_form_ii06a(
    session: Session, period: ReportPeriod, options: FormOptions, *, office_name: str = ""
) -> FormII06aReport:
    """The office's form II.06a for ``period``, counted by the shared rule."""
    source = ReportSource(
        period, office_name, options.withdrawn_as_resolved, options.tz, options.now
    )
    counted = count_office(session, source)
    late = late_lines(counted.late, late_details(session, counted.late_codes))
    return build_report(source, counted, field_headings(session), late)


def count_office(session: Session, source: ReportSource) -> Tally:
    """The tally of the office's dossiers over the period (streamed, bounded memory)."""
    return tally(
        iter_histories(session, source.period, source.tz),
        source.period,
        withdrawn_as_resolved=source.withdrawn_as_resolved,
        tz=source.tz,
        now=source.now,
    )
