"""The dossier figures of a period report: received, resolved by timeliness, open, closed.

Each dossier of the period is classed once by the timeliness rule's SQL form
(``desktop_app.storage.timeliness_sql``) in a subquery, and every figure is a sum over it: one
aggregate query for the totals, one grouped query for a breakdown. Supplement requests and
visits without a dossier are counted apart.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, func, literal_column, select
from sqlalchemy.orm import Session

from desktop_app.services.reports.scope import ReportScope
from desktop_app.services.reports.shares import percent
from desktop_app.storage.models import Dossier, DossierEvent, Procedure, QueueTicket, Staff
from desktop_app.storage.timeliness_sql import (
    TIMELINESS_CODES,
    TimelinessColumns,
    local_date,
    timeliness_code,
)
from motcua_core.domain.lifecycle import Channel, DossierStatus
from motcua_core.domain.ticket_state import TicketState
from motcua_core.domain.timeliness import Timeliness

GROUPINGS = ("field", "procedure", "officer", "counter")

#: Per grouping: the column that keys a breakdown row and the one that labels it.
_GROUP_COLUMNS = {
    "field": (Procedure.field, Procedure.field),
    "procedure": (Procedure.code, Procedure.name),
    "officer": (func.coalesce(Staff.username, ""), func.coalesce(Staff.full_name, "")),
    "counter": (
        func.coalesce(QueueTicket.counter_number, 0),
        func.coalesce(QueueTicket.counter_number, 0),
    ),
}
_CHANNEL_FIELDS = (
    ("received_in_person", Channel.IN_PERSON),
    ("received_online", Channel.ONLINE),
    ("received_by_post", Channel.POST),
)
_CLASS_FIELDS = (
    ("resolved_before_due", Timeliness.BEFORE_DUE),
    ("resolved_on_time", Timeliness.ON_TIME),
    ("resolved_late", Timeliness.LATE),
    ("open_within_limit", Timeliness.WITHIN_LIMIT),
    ("open_overdue", Timeliness.OVERDUE),
)
_CLOSURE_FIELDS = (
    ("refusals", DossierStatus.REFUSED),
    ("withdrawals", DossierStatus.WITHDRAWN),
    ("stopped", DossierStatus.STOPPED),
)
_REFUSED = int(DossierStatus.REFUSED)


@dataclass(frozen=True)
class DossierFigures:
    visits: int
    dossiers_received: int
    received_in_person: int
    received_online: int
    received_by_post: int
    resolved_before_due: int
    resolved_on_time: int
    resolved_late: int
    open_within_limit: int
    open_overdue: int
    supplements: int
    refusals: int
    withdrawals: int
    stopped: int
    extensions: int

    @property
    def resolved(self) -> int:
        return self.resolved_before_due + self.resolved_on_time + self.resolved_late

    def share(self, part: int) -> float:
        """``part`` over the resolved, in percent with one decimal (halves up)."""
        return percent(part, self.resolved)


@dataclass(frozen=True)
class BreakdownRow:
    key: str
    label: str
    figures: DossierFigures


def dossier_figures(session: Session, scope: ReportScope) -> DossierFigures:
    """The figures of all the dossiers of the period."""
    totals = session.execute(select(*_figure_columns(_classified(scope)))).one()
    extra_visits = _visits_without_dossier(session, scope)
    return _figures(totals, _supplements(session, scope)[""], extra_visits)


def dossier_breakdown(
    session: Session, scope: ReportScope, grouping: str
) -> tuple[BreakdownRow, ...]:
    """The figures per field, procedure, officer or counter, ordered by key."""
    rows = _classified(scope, grouping)
    supplements = _supplements(session, scope, grouping)
    query = (
        select(rows.c.key, rows.c.label, *_figure_columns(rows))
        .group_by(rows.c.key, rows.c.label)
        .order_by(rows.c.key)
    )
    return tuple(
        BreakdownRow(str(r.key), str(r.label), _figures(r, supplements.get(str(r.key), 0)))
        for r in session.execute(query)
    )


# --- the classified dossiers ---------------------------------------------------------------


def _classified(scope: ReportScope, grouping: str | None = None) -> Any:
    """The period's dossiers, each with its timeliness class worked out once (a subquery).

    ``timeliness`` holds ``TIMELINESS_CODES`` of ``classify_at_period_end``; with a grouping,
    ``key`` and ``label`` name the row's group.
    """
    query = select(*_classified_columns(scope)).where(scope.received_in_period())
    if grouping is not None:
        key_column, label_column = _GROUP_COLUMNS[grouping]
        query = _with_group_joins(
            query.add_columns(key_column.label("key"), label_column.label("label"))
        )
    # Kept as its own step (SQLite: LIMIT -1, PostgreSQL: OFFSET 0): otherwise the planner
    # copies the CASE into every sum below and works out each row's local dates once per sum.
    query = query.limit(-1) if scope.dialect == "sqlite" else query.offset(0)
    return query.subquery("classified")


def _classified_columns(scope: ReportScope) -> list[Any]:
    columns = TimelinessColumns(Dossier.status, Dossier.due_at, Dossier.finished_at)
    timeliness = timeliness_code(columns, scope.moment).label("timeliness")
    return [Dossier.status, Dossier.channel, Dossier.extended, Dossier.visit_key, timeliness]


def _with_group_joins(query: Any) -> Any:
    return (
        query.join(Procedure, Procedure.id == Dossier.procedure_id)
        .outerjoin(Staff, Staff.id == Dossier.received_by_id)
        .outerjoin(QueueTicket, QueueTicket.id == Dossier.visit_ticket_id)
    )


# --- the sums ------------------------------------------------------------------------------


def _count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _figure_columns(rows: Any) -> list[Any]:
    """Aggregates over ``_classified`` rows, labelled by ``DossierFigures`` field."""
    return [
        _visits_column(rows),
        *_received_columns(rows),
        *(_count_if(rows.c.timeliness == TIMELINESS_CODES[c]).label(n) for n, c in _CLASS_FIELDS),
        *(_count_if(rows.c.status == int(s)).label(name) for name, s in _CLOSURE_FIELDS),
        _count_if(rows.c.extended.is_(True)).label("extensions"),
    ]


def _visits_column(rows: Any) -> ColumnElement[int]:
    """Distinct visit keys of the received dossiers; a dossier without one is its own visit."""
    received = rows.c.status != _REFUSED
    own_visit = and_(received, rows.c.visit_key.is_(None))
    distinct_visits = func.count(func.distinct(case((received, rows.c.visit_key))))
    return (distinct_visits + _count_if(own_visit)).label("visits")


def _received_columns(rows: Any) -> list[Any]:
    """Dossiers received (refusals at the counter are not), in all and per channel."""
    received = rows.c.status != _REFUSED
    return [
        _count_if(received).label("dossiers_received"),
        *(
            _count_if(and_(received, rows.c.channel == int(channel))).label(name)
            for name, channel in _CHANNEL_FIELDS
        ),
    ]


def _figures(row: Any, supplements: int, extra_visits: int = 0) -> DossierFigures:
    names = [name for name in DossierFigures.__dataclass_fields__ if name != "supplements"]
    values = {name: int(getattr(row, name) or 0) for name in names}
    values["visits"] += extra_visits
    return DossierFigures(**values, supplements=supplements)


# --- counted apart -------------------------------------------------------------------------


def _supplements(
    session: Session, scope: ReportScope, grouping: str | None = None
) -> dict[str, int]:
    """Received dossiers of the period that had a supplement request, by group key ("" total).

    Driven from the supplement events (indexed by status), each looked up by its dossier's key,
    rather than by probing every dossier of the period.
    """
    had_supplement = Dossier.id.in_(
        select(DossierEvent.dossier_id).where(
            DossierEvent.to_status == int(DossierStatus.SUPPLEMENT_REQUESTED)
        )
    )
    conditions = (had_supplement, Dossier.status != _REFUSED, scope.received_in_period())
    if grouping is None:
        return {"": int(session.scalar(select(func.count()).where(*conditions)) or 0)}
    key_column = _GROUP_COLUMNS[grouping][0]
    query = _with_group_joins(select(key_column, func.count()).select_from(Dossier))
    query = query.where(*conditions).group_by(key_column)
    return {str(key): int(n) for key, n in session.execute(query)}


def _visits_without_dossier(session: Session, scope: ReportScope) -> int:
    """Tickets served in the period that brought no dossier (a question, a returned result)."""
    brought_dossier = exists().where(Dossier.visit_ticket_id == QueueTicket.id)
    query = (
        select(func.count())
        .select_from(QueueTicket)
        .where(
            QueueTicket.status == TicketState.DONE.value,
            *scope.local_day_range(QueueTicket.local_day),
            ~brought_dossier,
        )
    )
    return int(session.scalar(query) or 0)


# --- per day -------------------------------------------------------------------------------


def daily_received(session: Session, scope: ReportScope) -> tuple[tuple[date, int], ...]:
    """Dossiers received per local day (for the chart)."""
    day = _local_day_column(scope)
    query = (
        select(day.label("day"), func.count())
        .where(scope.received_in_period())
        .where(Dossier.status != _REFUSED)
        .group_by(day)
        .order_by(day)
    )
    return tuple((_as_date(value), int(count)) for value, count in session.execute(query))


def _local_day_column(scope: ReportScope) -> Any:
    """The local day of reception: a date, or on SQLite 3.38+ whole days since 1970."""
    if scope.dialect == "sqlite" and sqlite3.sqlite_version_info >= (3, 38):
        # Whole local days since 1970 by integer arithmetic: cheaper per row than date().
        offset = int((scope.as_of.astimezone(scope.tz).utcoffset() or timedelta(0)).total_seconds())
        return literal_column(f"(unixepoch(dossier.received_at) + {offset}) / 86400")
    return local_date(Dossier.received_at, scope.dialect, scope.tz, scope.as_of)


def _as_date(value: Any) -> date:
    if isinstance(value, int):
        return date(1970, 1, 1) + timedelta(days=value)
    return value if isinstance(value, date) else date.fromisoformat(str(value))
