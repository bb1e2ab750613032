"""Form II.06a at the centre: computed from what offices pushed, by the offices' own rule.

The dossier projection (received, due, finished and returned moments, status, channel) and the
pushed events (``to_status``) give each dossier's history as at the office
(``motcua_core.domain.form_ii06a.DossierHistory``): for a dossier changed since the period's
start or end, a correlated subquery reads the steps of its last moment of events before that
moment, and ``motcua_core.domain.status_chain`` follows their chain (as the office does). Rows
stream in batches and are tallied by ``motcua_core.domain.form_ii06a.tally``, the rule the
office runs, so the same dossiers give the same figures here; several offices are summed
as one form, each office by the ``report_withdrawn_as_resolved`` it synced
(``office_settings``) unless the operator gave one rule for all. A procedure's field comes
from the catalogue the centre owns. The annex's reasons are the notes of the pushed extension
events (the apology letters).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, String, case, cast, func, or_, select
from sqlalchemy.orm import Session, aliased

from central_server.models import (
    CatalogueProcedure,
    CentralDossier,
    CentralDossierEvent,
    CentralOffice,
)
from central_server.office_settings import withdrawn_rules
from motcua_core.domain.form_ii06a import (
    DossierHistory,
    Tally,
    add_columns,
    empty_columns,
    tally,
)
from motcua_core.domain.status_chain import STEP_ARROW, STEP_SEPARATOR, status_of_steps
from motcua_core.reports.form_ii06a_report import (
    FormII06aReport,
    ReportSource,
    build_report,
    late_lines,
)

BATCH = 5000
CHUNK = 500
EXTENSION_KIND = "extended"


@dataclass(frozen=True)
class Catalogue:
    """Procedure code → (field, name), from the centre's catalogue."""

    entries: dict[str, tuple[str, str]]

    @classmethod
    def read(cls, session: Session) -> Catalogue:
        rows = session.execute(select(CatalogueProcedure.code, CatalogueProcedure.entry))
        return cls({code: (str(e.get("field", "")), str(e.get("name", ""))) for code, e in rows})

    def field(self, code: str) -> str:
        return self.entries.get(code, ("", ""))[0]

    def name(self, code: str) -> str:
        return self.entries.get(code, ("", ""))[1]


def offices_named(session: Session, unit_codes: Sequence[str] | None) -> list[CentralOffice]:
    """The offices of ``unit_codes`` (all offices for ``None``).

    Raises:
        ValueError: a unit code no office has.
    """
    offices = list(session.scalars(select(CentralOffice).order_by(CentralOffice.unit_code)))
    if unit_codes is None:
        return offices
    known = {office.unit_code: office for office in offices}
    missing = [code for code in unit_codes if code not in known]
    if missing:
        raise ValueError(f"no office {', '.join(missing)}")
    return [known[code] for code in unit_codes]


def last_status_before(moment: datetime) -> ColumnElement[Any]:
    """The steps (``"4>5,5>9"``) of the dossier's last moment of pushed status events before
    ``moment``, for ``status_chain.status_of_steps`` to follow, as at the office."""
    event, latest = aliased(CentralDossierEvent), aliased(CentralDossierEvent)
    last_at = (
        select(func.max(latest.at))
        .where(
            latest.dossier_id == CentralDossier.id,
            latest.at < moment,
            latest.to_status.is_not(None),
        )
        .correlate(CentralDossier)
        .scalar_subquery()
    )
    step = func.coalesce(cast(event.from_status, String), "") + STEP_ARROW
    return (
        select(func.aggregate_strings(step + cast(event.to_status, String), STEP_SEPARATOR))
        .where(
            event.dossier_id == CentralDossier.id,
            event.at == last_at,
            event.to_status.is_not(None),
        )
        .scalar_subquery()
    )


def status_before(moment: datetime) -> ColumnElement[Any]:
    """The last event's status before ``moment`` for a dossier changed since (else NULL: the
    current status holds), as at the office (``form_ii06a_facts.status_before``)."""
    changed_since = select(CentralDossierEvent.dossier_id).where(CentralDossierEvent.at >= moment)
    return case((CentralDossier.id.in_(changed_since), last_status_before(moment)), else_=None)


def histories_query(office_ids: list[uuid.UUID], start: datetime, end: datetime) -> Select[Any]:
    """Each pushed dossier of the offices that the period may count."""
    d = CentralDossier
    before_start = case((d.received_at < start, status_before(start)), else_=None)
    return (
        select(d.code, d.procedure_code, d.received_at, d.channel, d.status, d.due_at)
        .add_columns(d.finished_at, d.returned_at, before_start, status_before(end))
        .where(d.office_id.in_(office_ids), d.received_at.is_not(None), d.received_at < end)
        .where(or_(d.received_at >= start, d.finished_at.is_(None), d.finished_at >= start))
    )


def iter_histories(
    session: Session, office_ids: list[uuid.UUID], source: ReportSource, catalogue: Catalogue
) -> Iterator[tuple[str, DossierHistory]]:
    """``(code, history)`` of each dossier, streamed in batches."""
    start, end = source.period.utc_bounds(source.tz)
    query = histories_query(office_ids, start, end).execution_options(yield_per=BATCH)
    for row in session.execute(query):
        code, procedure, received, channel, status, due, finished, returned, first, last = row
        field_name = catalogue.field(procedure)
        yield (
            code,
            DossierHistory(
                received,
                channel,
                status,
                due,
                finished,
                returned,
                status_of_steps(first),
                status_of_steps(last),
                field_name,
            ),  # fmt: skip
        )


def count_offices(
    session: Session, office_ids: list[uuid.UUID], source: ReportSource, catalogue: Catalogue
) -> Tally:
    """The tally of the offices' pushed dossiers over the period, each office counted by its
    rule (``office_rules``)."""
    groups: dict[bool, list[uuid.UUID]] = {}
    for office_id, rule in office_rules(session, office_ids, source).items():
        groups.setdefault(rule, []).append(office_id)
    return merged(_tally(session, ids, source, catalogue, rule) for rule, ids in groups.items())


def office_rules(
    session: Session, office_ids: list[uuid.UUID], source: ReportSource
) -> dict[uuid.UUID, bool]:
    """Each office's ``report_withdrawn_as_resolved``: synced, or the source's for all."""
    if source.synced_rules:
        return withdrawn_rules(session, office_ids, source.withdrawn_as_resolved)
    return dict.fromkeys(office_ids, source.withdrawn_as_resolved)


def _tally(
    session: Session,
    office_ids: list[uuid.UUID],
    source: ReportSource,
    catalogue: Catalogue,
    rule: bool,
) -> Tally:
    histories = iter_histories(session, office_ids, source, catalogue)
    return tally(histories, source.period, withdrawn_as_resolved=rule, tz=source.tz,
                 now=source.now)  # fmt: skip


def merged(tallies: Iterable[Tally]) -> Tally:
    """One tally of several (the offices counted by each rule)."""
    result = Tally()
    for part in tallies:
        for field_name, columns in part.by_field.items():
            add_columns(result.by_field.setdefault(field_name, empty_columns()), columns)
        result.late.extend(part.late)
    return result


def late_details(
    session: Session, codes: list[str], catalogue: Catalogue
) -> dict[str, tuple[str, str]]:
    """``code → (procedure name, reason)``; the reason is the note of the extension event."""
    details: dict[str, tuple[str, str]] = {}
    ordered = sorted(set(codes))
    for start in range(0, len(ordered), CHUNK):
        details.update(_details_chunk(session, ordered[start : start + CHUNK], catalogue))
    return details


def _details_chunk(
    session: Session, codes: list[str], catalogue: Catalogue
) -> dict[str, tuple[str, str]]:
    d, e = CentralDossier, CentralDossierEvent
    rows = list(session.execute(select(d.id, d.code, d.procedure_code).where(d.code.in_(codes))))
    notes = {
        dossier_id: str(payload.get("note") or "")
        for dossier_id, payload in session.execute(
            select(e.dossier_id, e.payload).where(
                e.dossier_id.in_([row.id for row in rows]), e.kind == EXTENSION_KIND
            )
        )
    }
    return {code: (catalogue.name(procedure), notes.get(i, "")) for i, code, procedure in rows}


def build_central_form(
    session: Session, unit_codes: Sequence[str] | None, source: ReportSource
) -> FormII06aReport:
    """Form II.06a of the offices named (all for ``None``), summed as one form; each office
    counted by its own rule, and the notes say which when they differ."""
    offices = offices_named(session, unit_codes)
    catalogue = Catalogue.read(session)
    counted = count_offices(session, [office.id for office in offices], source, catalogue)
    late = late_lines(counted.late, late_details(session, counted.late_codes, catalogue))
    report = build_report(source, counted, {}, late)
    rules = office_rules(session, [office.id for office in offices], source)
    if len(set(rules.values())) > 1:
        by_office = tuple((office.unit_code, rules[office.id]) for office in offices)
        return replace(report, office_rules=by_office)
    return replace(report, withdrawn_as_resolved=next(iter(rules.values()), True))
