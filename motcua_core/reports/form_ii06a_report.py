"""Form II.06a as a report object: rows per field under headings, the total, the late annex.

The office (``desktop_app.services.reports.form_ii06a``) and the central server
(``central_server.report_forms``) gather dossier histories their own way and tally them with
the one rule (``motcua_core.domain.form_ii06a.tally``); this module turns a tally into the
report both print, so their rows, totals and notes are alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, tzinfo

from motcua_core.domain.form_ii06a import (
    OFFICE_TZ,
    DossierHistory,
    Tally,
    field_code,
    sum_columns,
)
from motcua_core.domain.report_periods import ReportPeriod


@dataclass(frozen=True)
class FieldHeading:
    """The heading a field's row stands under, and the key headings are ordered by."""

    name: str
    order: str


@dataclass(frozen=True)
class FieldRow:
    """One row of the form: a field of the catalogue and its columns (3)–(13)."""

    field_code: str
    field_name: str
    heading: str
    columns: Mapping[str, int]


@dataclass(frozen=True)
class LateDossier:
    """One line of the annex: a late dossier and the reason its apology letter gave."""

    code: str
    field_name: str
    procedure_name: str
    received_at: datetime
    due_at: datetime | None
    finished_at: datetime | None
    reason: str


@dataclass(frozen=True)
class FormII06aReport:
    """The form of one office (or of several, summed) over one reporting period."""

    period: ReportPeriod
    office_name: str
    as_of: datetime
    withdrawn_as_resolved: bool
    rows: tuple[FieldRow, ...]
    total: Mapping[str, int]
    late: tuple[LateDossier, ...] = ()
    tz: tzinfo = OFFICE_TZ
    #: ``(unit code, rule)`` of each office summed, when they count by different rules.
    office_rules: tuple[tuple[str, bool], ...] = ()

    @property
    def period_over(self) -> bool:
        """Whether the period had ended when the form was counted."""
        return self.as_of >= self.period.utc_bounds(self.tz)[1]


@dataclass(frozen=True)
class ReportSource:
    """Who the form is of and how it was counted.

    ``synced_rules`` (the centre): count each office by the ``report_withdrawn_as_resolved``
    it synced, ``withdrawn_as_resolved`` being the rule of an office that synced none; else
    ``withdrawn_as_resolved`` is the rule for every office.
    """

    period: ReportPeriod
    office_name: str
    withdrawn_as_resolved: bool
    tz: tzinfo = OFFICE_TZ
    now: datetime | None = None
    synced_rules: bool = False

    @property
    def as_of(self) -> datetime:
        """The end of the period, or now if it is earlier."""
        return min(self.now or datetime.now(UTC), self.period.utc_bounds(self.tz)[1])


def build_report(
    source: ReportSource,
    counted: Tally,
    headings: Mapping[str, FieldHeading],
    late: Iterable[LateDossier] = (),
) -> FormII06aReport:
    """The report of a tally: rows ordered by heading and field, their total, the annex."""
    rows = field_rows(counted.by_field, headings)
    return FormII06aReport(
        period=source.period,
        office_name=source.office_name,
        as_of=source.as_of,
        withdrawn_as_resolved=source.withdrawn_as_resolved,
        rows=rows,
        total=sum_columns(row.columns for row in rows),
        late=tuple(sorted((_as_at_end(line, source) for line in late), key=lambda x: x.code)),
        tz=source.tz,
    )


def late_lines(
    late: Iterable[tuple[str, DossierHistory]], details: Mapping[str, tuple[str, str]]
) -> list[LateDossier]:
    """Annex lines from the tally's late dossiers and ``code → (procedure name, reason)``."""
    return [_late_line(code, history, details.get(code, ("", ""))) for code, history in late]


def _late_line(code: str, history: DossierHistory, detail: tuple[str, str]) -> LateDossier:
    name, reason = detail
    return LateDossier(code, history.field, name, history.received_at, history.due_at,
                       history.finished_at, reason)  # fmt: skip


def _as_at_end(line: LateDossier, source: ReportSource) -> LateDossier:
    """The annex line as the period's end saw it: a result after it is not shown."""
    if line.finished_at is None or line.finished_at < source.period.utc_bounds(source.tz)[1]:
        return line
    return replace(line, finished_at=None)


def field_rows(
    by_field: Mapping[str, Mapping[str, int]], headings: Mapping[str, FieldHeading]
) -> tuple[FieldRow, ...]:
    """One row per counted field, ordered by heading then field name."""
    rows = [_row(name, columns, headings.get(name)) for name, columns in by_field.items()]
    return tuple(sorted(rows, key=lambda row: _order(row, headings)))


def _row(name: str, columns: Mapping[str, int], heading: FieldHeading | None) -> FieldRow:
    return FieldRow(field_code(name), name, heading.name if heading else "", dict(columns))


def _order(row: FieldRow, headings: Mapping[str, FieldHeading]) -> tuple[str, str]:
    heading = headings.get(row.field_name)
    return (heading.order if heading else "~", row.field_name)


def headings_by_vote(
    field_areas: Iterable[tuple[str, str, int]], names: Mapping[str, str]
) -> dict[str, FieldHeading]:
    """Each field's heading: the area most of its procedures are in (first code on a tie).

    ``field_areas``: ``(field, area code, number of procedures)``; ``names``: area code → name.
    """
    votes: dict[str, dict[str, int]] = {}
    for field_name, area, count in field_areas:
        counts = votes.setdefault(field_name, {})
        counts[area] = counts.get(area, 0) + count
    return {name: _heading(counts, names) for name, counts in votes.items()}


def _heading(counts: Mapping[str, int], names: Mapping[str, str]) -> FieldHeading:
    code = min(counts, key=lambda c: (-counts[c], c))
    return FieldHeading(names.get(code, code), code)
