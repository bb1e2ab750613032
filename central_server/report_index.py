"""The service index (Decision 766) at the centre: per office and summed, from what offices
pushed, by the offices' own rule.

Timeliness and lateness are form II.06a's columns tallied by ``report_forms.count_offices`` (the
rule the office runs). The other counts follow the office's definitions
(``desktop_app.services.reports.index766_counts`` and the digitisation module) over the pushed
projections: dossiers received in the period (neither only registered online nor refused),
results ready in the period, the catalogue's online level, attachments (a dossier is digitised
when every ticked checklist line has a document attachment; a reuse is an attachment marked
``reused``), ratings given in the period. The points come from ``motcua_core.domain.index766``.
Several offices are summed by adding their facts (``IndexFacts.__add__``) before scoring.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, case, exists, func, select
from sqlalchemy.orm import Session

from central_server.models import (
    CatalogueProcedure,
    CentralAttachment,
    CentralDossier,
    CentralOffice,
    CentralRating,
)
from central_server.report_forms import Catalogue, count_offices, offices_named
from motcua_core.domain.form_ii06a import sum_columns
from motcua_core.domain.index766 import IndexFacts, ServiceIndex, columns_facts, service_index
from motcua_core.domain.lifecycle import RESOLVED_STATUSES, Channel, DossierStatus
from motcua_core.domain.online_level import OnlineLevel
from motcua_core.domain.rating_level import RatingLevel
from motcua_core.domain.report_periods import CUT_OFF_DAY, ReportPeriod, month_period
from motcua_core.reports.form_ii06a_report import ReportSource

NOT_RECEIVED = (int(DossierStatus.NEW), int(DossierStatus.REFUSED))
RESOLVED = tuple(int(s) for s in RESOLVED_STATUSES)
BATCH = 5000
Bounds = tuple[datetime, datetime]
_D, _A = CentralDossier, CentralAttachment


@dataclass(frozen=True)
class OfficeScore:
    """One office's index over the period (a line of the ranking)."""

    unit_code: str
    name: str
    facts: IndexFacts
    index: ServiceIndex


def _received_in(office_id: uuid.UUID, bounds: Bounds) -> Any:
    start, end = bounds
    return and_(
        _D.office_id == office_id,
        _D.received_at >= start,
        _D.received_at < end,
        _D.status.not_in(NOT_RECEIVED),
    )


def _resolved_in(office_id: uuid.UUID, bounds: Bounds) -> Any:
    start, end = bounds
    return and_(
        _D.office_id == office_id,
        _D.finished_at >= start,
        _D.finished_at < end,
        _D.status.in_(RESOLVED),
    )


def _pair(session: Session, query: Any) -> tuple[int, int]:
    first, second = session.execute(query).one()
    return int(first or 0), int(second or 0)


def resolution_time(session: Session, office_id: uuid.UUID, bounds: Bounds) -> dict[str, Any]:
    query = select(_D.received_at, _D.finished_at).where(_resolved_in(office_id, bounds))
    total, count = 0.0, 0
    for received, finished in session.execute(query.execution_options(yield_per=BATCH)):
        total += (finished - received).total_seconds() / 86400.0
        count += 1
    return {"resolution_days_total": round(total, 6), "resolved_count": count}


def online_counts(session: Session, office_id: uuid.UUID, bounds: Bounds) -> dict[str, int]:
    came_online = func.sum(case((_D.channel == int(Channel.ONLINE), 1), else_=0))
    query = (
        select(func.count(), came_online)
        .select_from(_D)
        .join(CatalogueProcedure, CatalogueProcedure.code == _D.procedure_code)
        .where(_received_in(office_id, bounds))
        .where(CatalogueProcedure.online_level == OnlineLevel.FULL.value)
    )
    total, online = _pair(session, query)
    return {"full_online_dossiers": total, "full_online_received_online": online}


def result_counts(session: Session, office_id: uuid.UUID, bounds: Bounds) -> dict[str, int]:
    has_file = exists().where(_A.dossier_id == _D.id, _A.role == "result")
    electronic = func.sum(case((has_file, 1), else_=0))
    query = select(func.count(), electronic).where(_resolved_in(office_id, bounds))
    issued, with_file = _pair(session, query)
    return {"results_issued": issued, "electronic_results": with_file}


def _ticked(payload: dict[str, Any] | None) -> int:
    documents = (payload or {}).get("documents")
    return len(documents) if isinstance(documents, list) else 0


def digitisation_counts(session: Session, office_id: uuid.UUID, bounds: Bounds) -> dict[str, int]:
    """Received, digitised, their document attachments and the reused ones."""
    ticked = {
        row.id: _ticked(row.payload)
        for row in session.execute(select(_D.id, _D.payload).where(_received_in(office_id, bounds)))
    }
    lines: dict[uuid.UUID, set[int]] = {}
    attachments = reused = 0
    for dossier_id, index, payload in _documents_of(session, office_id, ticked):
        attachments += 1
        reused += bool((payload or {}).get("reused"))
        if index is not None and 1 <= index <= ticked[dossier_id]:
            lines.setdefault(dossier_id, set()).add(index)
    digitised = sum(1 for i, n in ticked.items() if n and len(lines.get(i, ())) == n)
    return {"received": len(ticked), "digitised": digitised, "attachments": attachments,
            "reused": reused}  # fmt: skip


def _documents_of(
    session: Session, office_id: uuid.UUID, dossiers: dict[uuid.UUID, int]
) -> Iterable[tuple[uuid.UUID, int | None, dict[str, Any]]]:
    query = select(_A.dossier_id, _A.document_index, _A.payload).where(
        _A.office_id == office_id, _A.role == "document"
    )
    for dossier_id, index, payload in session.execute(query.execution_options(yield_per=BATCH)):
        if dossier_id in dossiers:
            yield dossier_id, index, payload


def rating_counts(session: Session, office_id: uuid.UUID, bounds: Bounds) -> dict[str, int]:
    start, end = bounds
    unhappy = func.sum(case((CentralRating.level == RatingLevel.DISSATISFIED.value, 1), else_=0))
    query = select(func.count(), unhappy).where(
        CentralRating.office_id == office_id, CentralRating.at >= start, CentralRating.at < end
    )
    total, dissatisfied = _pair(session, query)
    return {"ratings": total, "dissatisfied": dissatisfied}


def office_facts(
    session: Session, office: CentralOffice, source: ReportSource, catalogue: Catalogue
) -> IndexFacts:
    """Every count of the index for one office over the period."""
    counted = count_offices(session, [office.id], source, catalogue)
    found: dict[str, Any] = columns_facts(sum_columns(counted.by_field.values()))
    bounds = source.period.utc_bounds(source.tz)
    for gather in (resolution_time, online_counts, result_counts, digitisation_counts,
                   rating_counts):  # fmt: skip
        found.update(gather(session, office.id, bounds))
    return IndexFacts(**found)


def office_scores(
    session: Session, unit_codes: Sequence[str] | None, source: ReportSource
) -> list[OfficeScore]:
    """Each office's index (all offices for ``None``), ranked: most points first."""
    catalogue = Catalogue.read(session)
    scores = []
    for office in offices_named(session, unit_codes):
        facts = office_facts(session, office, source, catalogue)
        scores.append(OfficeScore(office.unit_code, office.name, facts, service_index(facts)))
    return sorted(scores, key=lambda s: (-s.index.points, s.unit_code))


def summed_index(scores: Iterable[OfficeScore]) -> ServiceIndex:
    """The index of the offices together: their facts added, then scored once."""
    total = IndexFacts()
    for score in scores:
        total = total + score.facts
    return service_index(total)


def current_month(now: datetime, tz: Any) -> ReportPeriod:
    """The official month ``now`` reports in (from the 15th on, the next month's)."""
    day = now.astimezone(tz).date()
    year, month = day.year, day.month
    if day.day > CUT_OFF_DAY:
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)
    return month_period(year, month)


def ranking_rows(session: Session, now: datetime, tz: Any) -> tuple[ReportPeriod, list[tuple]]:  # type: ignore[type-arg]
    """The operator page's ranking: the current official month, one row per office."""
    period = current_month(now, tz)
    scores = office_scores(session, None, ReportSource(period, "", True, tz, now))
    rows = [
        (str(rank), s.unit_code, s.name, _vi(s.index.points), _vi(s.index.max_measured))
        for rank, s in enumerate(scores, start=1)
    ]
    return period, rows


def _vi(value: Any) -> str:
    return f"{float(value):.2f}".replace(".", ",")
