"""Form II.06a at the centre: computed from what offices pushed, by the offices' own rule.

The dossier projection (received, due, finished and returned moments, status, channel) and the
pushed events (``to_status``) give each dossier's history as at the office
(``motcua_core.domain.form_ii06a.DossierHistory``): two correlated subqueries read its last
event's status before the period's start and before its end. Rows stream in batches and are
tallied by ``motcua_core.domain.form_ii06a.tally``, the rule the office runs, so the same
dossiers give the same figures here; several offices are summed as one form. A procedure's
field comes from the catalogue the centre owns. The annex's reasons are the notes of the
pushed extension events (the apology letters).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, case, or_, select
from sqlalchemy.orm import Session, aliased

from central_server.models import (
    CatalogueProcedure,
    CentralDossier,
    CentralDossierEvent,
    CentralOffice,
)
from motcua_core.domain.form_ii06a import DossierHistory, Tally, tally
from motcua_core.reports.form_ii06a_report import (
    FormII06aReport,
    LateDossier,
    ReportSource,
    build_report,
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
    """The ``to_status`` of the dossier's last pushed event before ``moment``."""
    event = aliased(CentralDossierEvent)
    return (
        select(event.to_status)
        .where(
            event.dossier_id == CentralDossier.id, event.at < moment, event.to_status.is_not(None)
        )
        .order_by(event.at.desc())
        .limit(1)
        .scalar_subquery()
    )


def histories_query(office_ids: list[uuid.UUID], start: datetime, end: datetime) -> Select[Any]:
    """Each pushed dossier of the offices that the period may count."""
    d = CentralDossier
    before_start = case((d.received_at < start, last_status_before(start)), else_=None)
    return (
        select(d.code, d.procedure_code, d.received_at, d.channel, d.status, d.due_at)
        .add_columns(d.finished_at, d.returned_at, before_start, last_status_before(end))
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
                received, channel, status, due, finished, returned, first, last, field_name
            ),
        )


def count_offices(
    session: Session, office_ids: list[uuid.UUID], source: ReportSource, catalogue: Catalogue
) -> Tally:
    """The tally of the offices' pushed dossiers over the period."""
    return tally(
        iter_histories(session, office_ids, source, catalogue),
        source.period,
        withdrawn_as_resolved=source.withdrawn_as_resolved,
        tz=source.tz,
        now=source.now,
    )


def late_dossiers(session: Session, codes: list[str], catalogue: Catalogue) -> list[LateDossier]:
    """The annex lines of ``codes``, with the notes of their extension events as reasons."""
    lines: list[LateDossier] = []
    ordered = sorted(set(codes))
    for start in range(0, len(ordered), CHUNK):
        lines.extend(_late_chunk(session, ordered[start : start + CHUNK], catalogue))
    return lines


def _late_chunk(session: Session, codes: list[str], catalogue: Catalogue) -> list[LateDossier]:
    d = CentralDossier
    rows = list(session.execute(select(d).where(d.code.in_(codes))).scalars())
    reasons = _extension_notes(session, [row.id for row in rows])
    return [_late_line(row, catalogue, reasons.get(row.id, "")) for row in rows]


def _late_line(row: CentralDossier, catalogue: Catalogue, reason: str) -> LateDossier:
    code = row.procedure_code
    received = row.received_at or row.updated_at  # counted dossiers all have a reception
    return LateDossier(row.code, catalogue.field(code), catalogue.name(code), received,
                       row.due_at, row.finished_at, reason)  # fmt: skip


def _extension_notes(session: Session, dossier_ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    e = CentralDossierEvent
    query = select(e.dossier_id, e.payload).where(
        e.dossier_id.in_(dossier_ids), e.kind == EXTENSION_KIND
    )
    return {
        dossier_id: str(payload.get("note") or "") for dossier_id, payload in session.execute(query)
    }


def build_central_form(
    session: Session, unit_codes: Sequence[str] | None, source: ReportSource
) -> FormII06aReport:
    """Form II.06a of the offices named (all for ``None``), summed as one form."""
    offices = offices_named(session, unit_codes)
    catalogue = Catalogue.read(session)
    counted = count_offices(session, [office.id for office in offices], source, catalogue)
    late = late_dossiers(session, counted.late_codes, catalogue)
    return build_report(source, counted, {}, late)
