"""The dossier histories form II.06a counts, read from the office database in bounded memory.

One query reads every dossier the period can count: received before its end and not finished
before its start. The status as it stood at the period's start and end is the dossier's current
one unless it changed since; for those (read once per moment) a correlated subquery gives the
steps of its last moment of events before it, whose chain ``status_chain`` follows (events
written at one moment are ordered by that chain, not by chance; the event index on
``dossier_id`` keeps it a short lookup). Rows stream in batches (``yield_per``), so a year of
a million dossiers never sits in memory; the rule that judges them is
``motcua_core.domain.form_ii06a``, the same the central server runs.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Select, String, case, cast, func, or_, select
from sqlalchemy.orm import Session, aliased

from desktop_app.storage.models import Dossier, DossierEvent, Procedure
from motcua_core.domain.form_ii06a import DossierHistory
from motcua_core.domain.report_periods import ReportPeriod
from motcua_core.domain.status_chain import STEP_ARROW, STEP_SEPARATOR, status_of_steps

#: Rows fetched per round trip while streaming.
BATCH = 5000


def last_status_before(moment: datetime) -> ColumnElement[Any]:
    """The steps (``"4>5,5>9"``) of the dossier's last moment of status events before
    ``moment``, for ``status_chain.status_of_steps`` to follow (a scalar subquery)."""
    event, latest = aliased(DossierEvent), aliased(DossierEvent)
    last_at = (
        select(func.max(latest.at))
        .where(latest.dossier_id == Dossier.id, latest.at < moment, latest.to_status.is_not(None))
        .correlate(Dossier)
        .scalar_subquery()
    )
    step = func.coalesce(cast(event.from_status, String), "") + STEP_ARROW
    return (
        select(func.aggregate_strings(step + cast(event.to_status, String), STEP_SEPARATOR))
        .where(event.dossier_id == Dossier.id, event.at == last_at, event.to_status.is_not(None))
        .scalar_subquery()
    )


def status_before(moment: datetime) -> ColumnElement[Any]:
    """The last event's status before ``moment`` for a dossier changed at or after it.

    A dossier with no event since ``moment`` still has the status it had then, so ``NULL``
    lets the rule take its current one (``form_ii06a.status_at``); the set of dossiers changed
    since is read once, so the per-dossier lookup runs only for those.
    """
    changed_since = select(DossierEvent.dossier_id).where(DossierEvent.at >= moment)
    return case((Dossier.id.in_(changed_since), last_status_before(moment)), else_=None)


def histories_query(start_utc: datetime, end_utc: datetime) -> Select[Any]:
    """Code, procedure field and history of each dossier the period may count."""
    before_start = case((Dossier.received_at < start_utc, status_before(start_utc)), else_=None)
    columns = (Dossier.received_at, Dossier.channel, Dossier.status, Dossier.due_at)
    moments = (Dossier.finished_at, Dossier.returned_at)
    return (
        select(Dossier.code, Procedure.field, *columns, *moments, before_start)
        .add_columns(status_before(end_utc))
        .join(Procedure, Procedure.id == Dossier.procedure_id)
        .where(Dossier.received_at < end_utc, _not_finished_before(start_utc))
    )


def _not_finished_before(start_utc: datetime) -> ColumnElement[bool]:
    return or_(
        Dossier.received_at >= start_utc,
        Dossier.finished_at.is_(None),
        Dossier.finished_at >= start_utc,
    )


def iter_histories(
    session: Session, period: ReportPeriod, tz: ZoneInfo
) -> Iterator[tuple[str, DossierHistory]]:
    """``(dossier code, history)`` of each dossier the period may count, streamed."""
    start_utc, end_utc = period.utc_bounds(tz)
    query = histories_query(start_utc, end_utc).execution_options(yield_per=BATCH)
    for row in session.execute(query):
        yield row[0], _history(row)


def _history(row: Any) -> DossierHistory:
    code, field, received, channel, status, due, finished, returned, at_start, at_end = row
    first, last = status_of_steps(at_start), status_of_steps(at_end)
    return DossierHistory(received, channel, status, due, finished, returned, first, last, field)
