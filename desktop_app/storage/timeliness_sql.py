"""The period report's timeliness rule in SQL: ``classify_at_period_end`` as a ``CASE``.

``motcua_core.domain.timeliness.classify_at_period_end`` states the rule for one dossier; a
report over a million dossiers cannot load them, so this module writes the same rule as a
SQLAlchemy expression the database works out per row. The class comes back as a small integer
(``TIMELINESS_CODES``, 0 for no class) so that sums over it stay cheap. A property test runs
both forms on SQLite and PostgreSQL and keeps them equal.

Local dates: PostgreSQL converts with the office's zone name; SQLite has no zone data, so the
office's UTC offset at ``as_of`` is added (offices in Vietnam have no daylight saving time).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, case, func, or_

from motcua_core.domain.lifecycle import RESOLVED_STATUSES
from motcua_core.domain.timeliness import UNCLASSED_STATUSES, Timeliness

#: The integer each class is written as in SQL; ``NO_CLASS`` for refused, withdrawn, stopped.
TIMELINESS_CODES: Mapping[Timeliness, int] = MappingProxyType(
    {
        Timeliness.BEFORE_DUE: 1,
        Timeliness.ON_TIME: 2,
        Timeliness.LATE: 3,
        Timeliness.WITHIN_LIMIT: 4,
        Timeliness.OVERDUE: 5,
    }
)
NO_CLASS = 0


@dataclass(frozen=True)
class TimelinessColumns:
    """The columns the rule reads (the ``dossier`` table's, or a subquery's of the same)."""

    status: Any
    due_at: Any
    finished_at: Any


@dataclass(frozen=True)
class ReportMoment:
    """Where the report stands: the end of the period (excluded) and the moment it is judged.

    ``as_of`` is the earlier of now and ``period_end``; ``dialect`` the database's name.
    """

    dialect: str
    tz: ZoneInfo
    period_end: datetime
    as_of: datetime


def local_date(column: Any, dialect: str, tz: ZoneInfo, at: datetime) -> ColumnElement[Any]:
    """The office-local date of a stored UTC moment, in SQL (the offset of ``at`` on SQLite)."""
    if dialect == "postgresql":
        return func.date(func.timezone(str(tz.key), column))
    offset = at.astimezone(tz).utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    return func.date(column, f"{minutes:+d} minutes")


def timeliness_code(columns: TimelinessColumns, moment: ReportMoment) -> ColumnElement[int]:
    """``TIMELINESS_CODES[classify_at_period_end(...)]`` per row, ``NO_CLASS`` for ``None``."""
    resolved = and_(
        columns.status.in_(_codes(RESOLVED_STATUSES)),
        columns.finished_at.is_not(None),
        columns.finished_at < moment.period_end,
    )
    return case(
        (resolved, _resolved_code(columns, moment)),
        (columns.status.not_in(_codes(UNCLASSED_STATUSES)), _open_code(columns, moment.as_of)),
        else_=NO_CLASS,
    )


def _codes(statuses: frozenset[Any]) -> tuple[int, ...]:
    return tuple(sorted(int(status) for status in statuses))


def _resolved_code(columns: TimelinessColumns, moment: ReportMoment) -> ColumnElement[int]:
    """Local dates compared; a missing due date compares as unknown and so counts late."""
    finished_day = local_date(columns.finished_at, moment.dialect, moment.tz, moment.as_of)
    due_day = local_date(columns.due_at, moment.dialect, moment.tz, moment.as_of)
    return case(
        (finished_day < due_day, TIMELINESS_CODES[Timeliness.BEFORE_DUE]),
        (finished_day == due_day, TIMELINESS_CODES[Timeliness.ON_TIME]),
        else_=TIMELINESS_CODES[Timeliness.LATE],
    )


def _open_code(columns: TimelinessColumns, as_of: datetime) -> ColumnElement[int]:
    """Within the limit up to and including the due moment, or with no due date at all."""
    return case(
        (
            or_(columns.due_at.is_(None), columns.due_at >= as_of),
            TIMELINESS_CODES[Timeliness.WITHIN_LIMIT],
        ),
        else_=TIMELINESS_CODES[Timeliness.OVERDUE],
    )
