"""The office's counts behind the service index, beside form II.06a's columns.

Each function is one SQL aggregate over the office database for one period (UTC bounds):

* resolution time: dossiers whose result was ready in the period (status 9 or 10 now);
* online: dossiers received in the period (neither only registered online nor refused) of
  procedures whose catalogue online level is ``full`` (toàn trình), and those of them that
  came online (channel 2);
* electronic results: dossiers whose result was ready in the period, and those with a result
  attachment (role ``result``);
* digitised dossiers: dossiers received in the period, and the digitised ones; reuse: the
  document attachments of those dossiers and the ones reused from an earlier dossier (the
  definitions are ``desktop_app.services.dossiers.digitisation``'s);
* ratings: the ratings given in the period and the dissatisfied ones.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, select
from sqlalchemy.orm import Session

from desktop_app.services.dossiers.digitisation import digitised_sql, electronic_result_sql
from desktop_app.storage.models import Dossier, DossierAttachment, Procedure, Rating
from motcua_core.domain.lifecycle import RESOLVED_STATUSES, Channel, DossierStatus
from motcua_core.domain.online_level import OnlineLevel
from motcua_core.domain.rating_level import RatingLevel

NOT_RECEIVED = (int(DossierStatus.NEW), int(DossierStatus.REFUSED))
RESOLVED = tuple(int(s) for s in RESOLVED_STATUSES)
SECONDS_PER_DAY = 86400.0

Bounds = tuple[datetime, datetime]


def received_in(bounds: Bounds) -> ColumnElement[bool]:
    start, end = bounds
    return and_(
        Dossier.received_at >= start,
        Dossier.received_at < end,
        Dossier.status.not_in(NOT_RECEIVED),
    )


def _resolved_in(bounds: Bounds) -> ColumnElement[bool]:
    start, end = bounds
    return and_(
        Dossier.finished_at >= start, Dossier.finished_at < end, Dossier.status.in_(RESOLVED)
    )


def _count(session: Session, query: Select[Any]) -> int:
    return int(session.scalar(query) or 0)


def resolution_time(session: Session, bounds: Bounds) -> dict[str, Any]:
    """Days from reception to result summed over the dossiers resolved in the period."""
    query = select(Dossier.received_at, Dossier.finished_at).where(_resolved_in(bounds))
    rows = session.execute(query.execution_options(yield_per=5000))
    total, count = 0.0, 0
    for received, finished in rows:
        total += (finished - received).total_seconds() / SECONDS_PER_DAY
        count += 1
    return {"resolution_days_total": round(total, 6), "resolved_count": count}


def online_counts(session: Session, bounds: Bounds) -> dict[str, int]:
    """Dossiers of fully online procedures received in the period, and the online ones."""
    online = func.sum(case((Dossier.channel == int(Channel.ONLINE), 1), else_=0))
    query = (
        select(func.count(), online)
        .select_from(Dossier)
        .join(Procedure, Procedure.id == Dossier.procedure_id)
        .where(received_in(bounds), Procedure.online_level == OnlineLevel.FULL.value)
    )
    total, came_online = session.execute(query).one()
    return {
        "full_online_dossiers": int(total or 0),
        "full_online_received_online": int(came_online or 0),
    }


def result_counts(session: Session, bounds: Bounds) -> dict[str, int]:
    """Results issued in the period and the electronic ones among them."""
    electronic = func.sum(case((electronic_result_sql(), 1), else_=0))
    query = select(func.count(), electronic).select_from(Dossier).where(_resolved_in(bounds))
    issued, with_file = session.execute(query).one()
    return {"results_issued": int(issued or 0), "electronic_results": int(with_file or 0)}


def digitised_counts(session: Session, bounds: Bounds) -> dict[str, int]:
    """Dossiers received in the period and the digitised ones among them."""
    digitised = func.sum(case((digitised_sql(), 1), else_=0))
    query = select(func.count(), digitised).select_from(Dossier).where(received_in(bounds))
    received, done = session.execute(query).one()
    return {"received": int(received or 0), "digitised": int(done or 0)}


def reuse_counts(session: Session, bounds: Bounds) -> dict[str, int]:
    """Document attachments of the period's dossiers, and those reused from an earlier one."""
    reused = func.sum(case((DossierAttachment.reused_from_id.is_not(None), 1), else_=0))
    query = (
        select(func.count(), reused)
        .select_from(DossierAttachment)
        .join(Dossier, Dossier.id == DossierAttachment.dossier_id)
        .where(received_in(bounds), DossierAttachment.role == "document")
    )
    attachments, from_before = session.execute(query).one()
    return {"attachments": int(attachments or 0), "reused": int(from_before or 0)}


def rating_counts(session: Session, bounds: Bounds) -> dict[str, int]:
    """Ratings given in the period and the dissatisfied ones."""
    start, end = bounds
    unhappy = func.sum(case((Rating.level == RatingLevel.DISSATISFIED.value, 1), else_=0))
    query = select(func.count(), unhappy).where(Rating.at >= start, Rating.at < end)
    total, dissatisfied = session.execute(query).one()
    return {"ratings": int(total or 0), "dissatisfied": int(dissatisfied or 0)}
