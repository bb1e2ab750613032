"""The period report in the form the authorities use.

Population: the dossiers received in the period (local dates). A dossier is *resolved* when its
result was ready (or returned) by the end of the period; resolved ones are classed before due /
on time / late by comparing local dates with the due date in force (an extension counts against
its new date). The others still open are within the limit or overdue at the end of the period
(or now, if the period is not over). Refusals at the counter are not counted as received.

Citizen visits (lượt công dân): the distinct visits of those dossiers (the ticket served, or the
visit id of an imported register; a dossier with neither is a visit of its own) plus tickets
served in the period that brought no dossier (a question, a returned result).

Dossier figures are single SQL aggregates, so a half-year on a million dossiers stays fast.
"""

from __future__ import annotations

import sqlite3
import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, case, exists, func, literal_column, or_, select
from sqlalchemy.orm import Session

from desktop_app.storage.models import (
    Dossier,
    DossierEvent,
    Procedure,
    QueueTicket,
    Rating,
    ServiceArea,
    Staff,
)
from motcua_core.domain import rating_level
from motcua_core.domain.lifecycle import DossierStatus
from motcua_core.domain.ticket_state import TicketState

GROUPINGS = ("field", "procedure", "officer", "counter")
RATING_LEVELS = rating_level.LEVELS
RATING_LABELS_VI = rating_level.LABELS_VI
_RESOLVED = (int(DossierStatus.RESULT_READY), int(DossierStatus.RETURNED))


@dataclass(frozen=True)
class Period:
    """Local dates, both included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("the period ends before it starts")


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
        if not self.resolved:
            return 0.0
        value = Decimal(part) * 100 / Decimal(self.resolved)
        return float(value.quantize(Decimal("0.1"), ROUND_HALF_UP))


@dataclass(frozen=True)
class DurationFigures:
    """Minutes: median and 90th percentile of waiting and service times."""

    key: str
    label: str
    issued: int
    served: int
    no_shows: int
    wait_median: float | None
    wait_p90: float | None
    service_median: float | None
    service_p90: float | None


@dataclass(frozen=True)
class RatingFigures:
    total: int
    counts: dict[str, int]
    shares: dict[str, float]
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class BreakdownRow:
    key: str
    label: str
    figures: DossierFigures


@dataclass(frozen=True)
class PeriodReport:
    period: Period
    office_name: str
    as_of: datetime
    figures: DossierFigures
    queue_by_area: tuple[DurationFigures, ...]
    queue_by_counter: tuple[DurationFigures, ...]
    queue_by_officer: tuple[DurationFigures, ...]
    ratings: RatingFigures
    grouping: str | None = None
    breakdown: tuple[BreakdownRow, ...] = field(default_factory=tuple)
    daily_received: tuple[tuple[date, int], ...] = field(default_factory=tuple)

    @property
    def queue_totals(self) -> dict[str, int]:
        rows = self.queue_by_area
        return {
            "tickets_issued": sum(r.issued for r in rows),
            "tickets_served": sum(r.served for r in rows),
            "no_shows": sum(r.no_shows for r in rows),
        }


# --- SQL helpers --------------------------------------------------------------------------


def _utc_bounds(period: Period, tz: ZoneInfo) -> tuple[datetime, datetime]:
    start = datetime.combine(period.start, time(0), tz).astimezone(UTC)
    end = datetime.combine(period.end + timedelta(days=1), time(0), tz).astimezone(UTC)
    return start, end


def _local_date(column: Any, dialect: str, tz: ZoneInfo, at: datetime) -> ColumnElement[Any]:
    """The office-local date of a stored UTC moment, in SQL."""
    if dialect == "postgresql":
        return func.date(func.timezone(str(tz.key), column))
    offset = at.astimezone(tz).utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    return func.date(column, f"{minutes:+d} minutes")


def _count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _classified(
    dialect: str,
    tz: ZoneInfo,
    end_utc: datetime,
    as_of: datetime,
    in_period: ColumnElement[bool],
    grouping: str | None = None,
) -> Any:
    """The period's dossiers, each with its timeliness class worked out once (a subquery).

    ``timeliness``: 1 before due, 2 on time, 3 late (resolved by the end of the period, local
    dates compared); 4 within the limit, 5 overdue (still open at ``as_of``); 0 neither.
    """
    received = Dossier.status != int(DossierStatus.REFUSED)
    resolved = and_(
        Dossier.status.in_(_RESOLVED),
        Dossier.finished_at.is_not(None),
        Dossier.finished_at < end_utc,
    )
    finished_day = _local_date(Dossier.finished_at, dialect, tz, as_of)
    due_day = _local_date(Dossier.due_at, dialect, tz, as_of)
    closed = Dossier.status.in_(
        (int(DossierStatus.REFUSED), int(DossierStatus.WITHDRAWN), int(DossierStatus.STOPPED))
    )
    timeliness = case(
        (resolved, case((finished_day < due_day, 1), (finished_day == due_day, 2), else_=3)),
        (
            and_(received, ~closed),
            case((or_(Dossier.due_at.is_(None), Dossier.due_at >= as_of), 4), else_=5),
        ),
        else_=0,
    )
    columns = [Dossier.status, Dossier.channel, Dossier.extended, Dossier.visit_key,
               timeliness.label("timeliness")]  # fmt: skip
    query = select(*columns).where(in_period)
    if grouping is not None:
        key_column, label_column = _GROUP_COLUMNS[grouping]
        query = _with_group_joins(query.add_columns(key_column.label("key"),
                                                    label_column.label("label")))  # fmt: skip
    # Kept as its own step (SQLite: LIMIT -1, PostgreSQL: OFFSET 0): otherwise the planner
    # copies the CASE into every sum below and works out each row's local dates once per sum.
    query = query.limit(-1) if dialect == "sqlite" else query.offset(0)
    return query.subquery("classified")


def _with_group_joins(query: Any) -> Any:
    return (
        query.join(Procedure, Procedure.id == Dossier.procedure_id)
        .outerjoin(Staff, Staff.id == Dossier.received_by_id)
        .outerjoin(QueueTicket, QueueTicket.id == Dossier.visit_ticket_id)
    )


def _figure_columns(rows: Any) -> list[Any]:
    """Aggregates over ``_classified`` rows (supplements are counted apart)."""
    received = rows.c.status != int(DossierStatus.REFUSED)
    status = rows.c.status
    own_visit = and_(received, rows.c.visit_key.is_(None))
    classes = ("resolved_before_due", "resolved_on_time", "resolved_late", "open_within_limit",
               "open_overdue")  # fmt: skip
    return [
        (
            func.count(func.distinct(case((received, rows.c.visit_key)))) + _count_if(own_visit)
        ).label("visits"),
        _count_if(received).label("dossiers_received"),
        _count_if(and_(received, rows.c.channel == 1)).label("received_in_person"),
        _count_if(and_(received, rows.c.channel == 2)).label("received_online"),
        _count_if(and_(received, rows.c.channel == 3)).label("received_by_post"),
        *(_count_if(rows.c.timeliness == n).label(name) for n, name in enumerate(classes, 1)),
        _count_if(status == int(DossierStatus.REFUSED)).label("refusals"),
        _count_if(status == int(DossierStatus.WITHDRAWN)).label("withdrawals"),
        _count_if(status == int(DossierStatus.STOPPED)).label("stopped"),
        _count_if(rows.c.extended.is_(True)).label("extensions"),
    ]


def _supplements(
    session: Session, in_period: ColumnElement[bool], grouping: str | None = None
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
    conditions = (had_supplement, Dossier.status != int(DossierStatus.REFUSED), in_period)
    if grouping is None:
        return {"": int(session.scalar(select(func.count()).where(*conditions)) or 0)}
    key_column = _GROUP_COLUMNS[grouping][0]
    query = _with_group_joins(select(key_column, func.count()).select_from(Dossier))
    query = query.where(*conditions).group_by(key_column)
    return {str(key): int(n) for key, n in session.execute(query)}


def _figures(row: Any, supplements: int, extra_visits: int = 0) -> DossierFigures:
    names = [name for name in DossierFigures.__dataclass_fields__ if name != "supplements"]
    values = {name: int(getattr(row, name) or 0) for name in names}
    values["visits"] += extra_visits
    return DossierFigures(**values, supplements=supplements)


_GROUP_COLUMNS = {
    "field": (Procedure.field, Procedure.field),
    "procedure": (Procedure.code, Procedure.name),
    "officer": (func.coalesce(Staff.username, ""), func.coalesce(Staff.full_name, "")),
    "counter": (
        func.coalesce(QueueTicket.counter_number, 0),
        func.coalesce(QueueTicket.counter_number, 0),
    ),
}


# --- the report ----------------------------------------------------------------------------


def build_period_report(
    session: Session,
    period: Period,
    *,
    tz: ZoneInfo,
    office_name: str = "",
    now: datetime | None = None,
    grouping: str | None = None,
) -> PeriodReport:
    """The figures of ``period``, optionally broken down by field, procedure, officer or counter.

    Raises:
        ValueError: an unknown grouping.
    """
    if grouping is not None and grouping not in GROUPINGS:
        raise ValueError(f"grouping must be one of {', '.join(GROUPINGS)}")
    dialect = session.get_bind().dialect.name
    start_utc, end_utc = _utc_bounds(period, tz)
    as_of = min(now or datetime.now(UTC), end_utc)
    in_period = and_(Dossier.received_at >= start_utc, Dossier.received_at < end_utc)
    rows = _classified(dialect, tz, end_utc, as_of, in_period)
    total_row = session.execute(select(*_figure_columns(rows))).one()
    figures = _figures(
        total_row, _supplements(session, in_period)[""], _visits_without_dossier(session, period)
    )
    breakdown = ()
    if grouping:
        grouped = _classified(dialect, tz, end_utc, as_of, in_period, grouping)
        breakdown = _breakdown(session, grouped, _supplements(session, in_period, grouping))
    queue = _queue_figures(session, period)
    return PeriodReport(
        period=period,
        office_name=office_name,
        as_of=as_of,
        figures=figures,
        queue_by_area=queue["area"],
        queue_by_counter=queue["counter"],
        queue_by_officer=queue["officer"],
        ratings=_rating_figures(session, start_utc, end_utc),
        grouping=grouping,
        breakdown=breakdown,
        daily_received=_daily_received(session, dialect, tz, in_period, as_of),
    )


def _visits_without_dossier(session: Session, period: Period) -> int:
    brought_dossier = exists().where(Dossier.visit_ticket_id == QueueTicket.id)
    query = (
        select(func.count())
        .select_from(QueueTicket)
        .where(
            QueueTicket.status == TicketState.DONE.value,
            QueueTicket.local_day >= period.start,
            QueueTicket.local_day <= period.end,
            ~brought_dossier,
        )
    )
    return int(session.scalar(query) or 0)


def _breakdown(
    session: Session, rows: Any, supplements: dict[str, int]
) -> tuple[BreakdownRow, ...]:
    query = (
        select(rows.c.key, rows.c.label, *_figure_columns(rows))
        .group_by(rows.c.key, rows.c.label)
        .order_by(rows.c.key)
    )
    return tuple(
        BreakdownRow(str(r.key), str(r.label), _figures(r, supplements.get(str(r.key), 0)))
        for r in session.execute(query)
    )


def _daily_received(
    session: Session, dialect: str, tz: ZoneInfo, in_period: Any, as_of: datetime
) -> tuple[tuple[date, int], ...]:
    """Dossiers received per local day (for the chart)."""
    if dialect == "sqlite" and sqlite3.sqlite_version_info >= (3, 38):
        # Whole local days since 1970 by integer arithmetic: cheaper per row than date().
        offset = int((as_of.astimezone(tz).utcoffset() or timedelta(0)).total_seconds())
        day: Any = literal_column(f"(unixepoch(dossier.received_at) + {offset}) / 86400")
    else:
        day = _local_date(Dossier.received_at, dialect, tz, as_of)
    query = (
        select(day.label("day"), func.count())
        .where(in_period)
        .where(Dossier.status != int(DossierStatus.REFUSED))
        .group_by(day)
        .order_by(day)
    )
    return tuple((_as_date(value), int(count)) for value, count in session.execute(query))


def _as_date(value: Any) -> date:
    if isinstance(value, int):
        return date(1970, 1, 1) + timedelta(days=value)
    return value if isinstance(value, date) else date.fromisoformat(str(value))


# --- queue and ratings ----------------------------------------------------------------------


def _minutes(later: datetime | None, earlier: datetime | None) -> float | None:
    if later is None or earlier is None:
        return None
    return max(0.0, (later - earlier).total_seconds() / 60)


def _percentile(values: list[float], share: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, int(round(share * (len(ordered) - 1)))))
    return round(ordered[index], 1)


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 1) if values else None


def _queue_figures(session: Session, period: Period) -> dict[str, tuple[DurationFigures, ...]]:
    query = (
        select(QueueTicket, ServiceArea.code, ServiceArea.name, Staff.username, Staff.full_name)
        .join(ServiceArea, ServiceArea.id == QueueTicket.area_id)
        .outerjoin(Staff, Staff.id == QueueTicket.staff_id)
        .where(QueueTicket.local_day >= period.start, QueueTicket.local_day <= period.end)
    )
    groups: dict[str, dict[tuple[str, str], list[Any]]] = {
        "area": defaultdict(list),
        "counter": defaultdict(list),
        "officer": defaultdict(list),
    }
    for ticket, area_code, area_name, username, full_name in session.execute(query):
        groups["area"][(area_code, area_name)].append(ticket)
        if ticket.counter_number is not None:
            number = str(ticket.counter_number)
            groups["counter"][(number, f"Quầy {number}")].append(ticket)
        if username:
            groups["officer"][(username, full_name)].append(ticket)
    return {
        name: tuple(
            _durations(key, label, tickets) for (key, label), tickets in sorted(rows.items())
        )
        for name, rows in groups.items()
    }


def _durations(key: str, label: str, tickets: Iterable[Any]) -> DurationFigures:
    tickets = list(tickets)
    waits = [m for t in tickets if (m := _minutes(t.called_at, t.arrival_at)) is not None]
    services = [
        m
        for t in tickets
        if t.status == TicketState.DONE
        and (m := _minutes(t.finished_at, t.serving_at or t.called_at)) is not None
    ]
    return DurationFigures(
        key=key,
        label=label,
        issued=len(tickets),
        served=sum(1 for t in tickets if t.status == TicketState.DONE),
        no_shows=sum(1 for t in tickets if t.status == TicketState.NO_SHOW),
        wait_median=_median(waits),
        wait_p90=_percentile(waits, 0.9),
        service_median=_median(services),
        service_p90=_percentile(services, 0.9),
    )


def _rating_figures(session: Session, start_utc: datetime, end_utc: datetime) -> RatingFigures:
    rows = session.execute(
        select(Rating.level, Rating.reason).where(Rating.at >= start_utc, Rating.at < end_utc)
    ).all()
    counts = {level: sum(1 for r in rows if r.level == level) for level in RATING_LEVELS}
    total = sum(counts.values())
    shares = {
        level: float((Decimal(n) * 100 / Decimal(total)).quantize(Decimal("0.1"), ROUND_HALF_UP))
        if total
        else 0.0
        for level, n in counts.items()
    }
    reasons = tuple(r.reason for r in rows if r.reason)
    return RatingFigures(total, counts, shares, reasons)


# --- text -------------------------------------------------------------------------------


def format_number_vi(value: int) -> str:
    """Vietnamese thousands separators: 5554 → ``5.554``."""
    return f"{value:,}".replace(",", ".")


def format_share_vi(value: float) -> str:
    return f"{value:.1f}%".replace(".", ",")


def opening_sentence(figures: DossierFigures) -> str:
    """The sentence reports open with, e.g. "Trong kỳ, đã tiếp 2.401 lượt công dân với ..."."""
    parts = [
        f"{format_number_vi(figures.resolved_before_due)} hồ sơ giải quyết trước hạn "
        f"({format_share_vi(figures.share(figures.resolved_before_due))})",
        f"{format_number_vi(figures.resolved_on_time)} hồ sơ giải quyết đúng hạn "
        f"({format_share_vi(figures.share(figures.resolved_on_time))})",
    ]
    if figures.resolved_late:
        parts.append(
            f"{format_number_vi(figures.resolved_late)} hồ sơ giải quyết quá hạn "
            f"({format_share_vi(figures.share(figures.resolved_late))})"
        )
    sentence = (
        f"Trong kỳ, đã tiếp {format_number_vi(figures.visits)} lượt công dân với "
        f"{format_number_vi(figures.dossiers_received)} hồ sơ, trong đó " + "; ".join(parts)
    )
    still_open = figures.open_within_limit + figures.open_overdue
    if still_open:
        sentence += (
            f"; {format_number_vi(still_open)} hồ sơ đang giải quyết (trong hạn "
            f"{format_number_vi(figures.open_within_limit)}, quá hạn "
            f"{format_number_vi(figures.open_overdue)})"
        )
    return sentence + "."


def report_as_dict(report: PeriodReport) -> dict[str, Any]:
    """The JSON form of the report (the CLI's contract)."""
    f = report.figures
    figures = {name: getattr(f, name) for name in DossierFigures.__dataclass_fields__}
    return {
        "period": {"from": report.period.start.isoformat(), "to": report.period.end.isoformat()},
        "office": report.office_name,
        "as_of": report.as_of.isoformat(),
        "sentence": opening_sentence(f),
        **figures,
        "resolved": f.resolved,
        "before_due_pct": f.share(f.resolved_before_due),
        "on_time_pct": f.share(f.resolved_on_time),
        "late_pct": f.share(f.resolved_late),
        "queue": {
            **report.queue_totals,
            "by_area": [vars(r) for r in report.queue_by_area],
            "by_counter": [vars(r) for r in report.queue_by_counter],
            "by_officer": [vars(r) for r in report.queue_by_officer],
        },
        "ratings": vars(report.ratings),
        "grouping": report.grouping,
        "breakdown": [
            {
                "key": row.key,
                "label": row.label,
                **{
                    name: getattr(row.figures, name) for name in DossierFigures.__dataclass_fields__
                },
                "before_due_pct": row.figures.share(row.figures.resolved_before_due),
                "on_time_pct": row.figures.share(row.figures.resolved_on_time),
                "late_pct": row.figures.share(row.figures.resolved_late),
            }
            for row in report.breakdown
        ],
        "daily_received": [[d.isoformat(), n] for d, n in report.daily_received],
    }
