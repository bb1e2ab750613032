"""The timeliness rule's SQL form gives, on a real database, the class the Python rule gives.

Generated dossiers (status, received, due and finished moments, either of the last two possibly
missing) are written to a table with the dossier table's column types, classed by
``timeliness_code`` in one query, and compared with ``classify_at_period_end`` row by row, for a
generated period end and "now" (before, at or after it). Moments are drawn from a week of local
days, often at edge times, so that equal dates, equal moments and local midnights come up.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Column, Engine, Integer, MetaData, Table, create_engine, delete, select

from desktop_app.storage.timeliness_sql import (
    NO_CLASS,
    TIMELINESS_CODES,
    ReportMoment,
    TimelinessColumns,
    timeliness_code,
)
from desktop_app.storage.types import UtcDateTime
from motcua_core.domain.lifecycle import RESOLVED_STATUSES, DossierStatus
from motcua_core.domain.timeliness import Timeliness, classify_at_period_end

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
DAYS = tuple(date(2026, 3, 1) + timedelta(days=n) for n in range(5))
#: Local times where the rule could slip: midnight (17:00 UTC), 07:00 (UTC midnight), the day's end.
TIMES = (
    time(0),
    time(0, 30),
    time(6, 59),
    time(7),
    time(9),
    time(16, 59),
    time(23, 30),
    time(23, 59, 59),
)

_metadata = MetaData()
probe = Table(
    "timeliness_probe",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column("status", Integer, nullable=False),
    Column("received_at", UtcDateTime, nullable=False),
    Column("due_at", UtcDateTime),
    Column("finished_at", UtcDateTime),
)
_CLASS_OF_CODE = {code: timeliness for timeliness, code in TIMELINESS_CODES.items()}


@dataclass(frozen=True)
class ProbeDossier:
    status: DossierStatus
    received_at: datetime
    due_at: datetime | None
    finished_at: datetime | None


@dataclass(frozen=True)
class Scenario:
    period_end: datetime
    now: datetime
    rows: list[ProbeDossier]


def _local(day: date, at: time) -> datetime:
    return datetime.combine(day, at, TZ).astimezone(UTC)


local_times = st.sampled_from(TIMES) | st.times()
local_moments = st.builds(_local, st.sampled_from(DAYS), local_times)
#: Every status, with the two resolved ones drawn more often (their dates are compared).
statuses = st.sampled_from(DossierStatus) | st.sampled_from(sorted(RESOLVED_STATUSES))
RECEIVED_AT = _local(DAYS[0], time(8))


def _on_local_date_of(moment: datetime | None) -> st.SearchStrategy[datetime]:
    if moment is None:
        return st.nothing()
    return local_times.map(lambda at: _local(moment.astimezone(TZ).date(), at))


@st.composite
def _dossiers(draw: st.DrawFn, edges: st.SearchStrategy[datetime]) -> ProbeDossier:
    """Due and finished at drawn moments or edges; finished often on the due date."""
    due = draw(st.none() | local_moments | edges)
    finished = draw(st.none() | local_moments | edges | _on_local_date_of(due))
    return ProbeDossier(draw(statuses), RECEIVED_AT, due, finished)


@st.composite
def scenarios(draw: st.DrawFn) -> Scenario:
    """A period end (a local midnight), a "now" before, at or after it, and dossiers whose due
    and finished moments are often equal to those or fall on the same local dates."""
    period_end = _local(draw(st.sampled_from(DAYS[1:])), time(0))
    now = draw(st.just(period_end) | local_moments)
    rows = _dossiers(st.sampled_from((period_end, now)))
    return Scenario(period_end, now, draw(st.lists(rows, min_size=1, max_size=25)))


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    engine = create_engine(database_url)
    _metadata.create_all(engine)
    yield engine
    engine.dispose()


def _sql_classes(engine: Engine, rows: list[ProbeDossier], moment: ReportMoment) -> list[object]:
    """Write ``rows`` (replacing the last example's) and class them in one SQL query."""
    code = timeliness_code(
        TimelinessColumns(probe.c.status, probe.c.due_at, probe.c.finished_at), moment
    )
    with engine.begin() as connection:
        connection.execute(delete(probe))
        connection.execute(probe.insert(), [{"id": i, **vars(r)} for i, r in enumerate(rows)])
        codes = connection.execute(select(code).order_by(probe.c.id)).scalars().all()
    return [None if c == NO_CLASS else _CLASS_OF_CODE[c] for c in codes]


def _python_classes(
    rows: list[ProbeDossier], period_end: datetime, now: datetime
) -> list[Timeliness | None]:
    return [
        classify_at_period_end(
            r.status, r.due_at, r.finished_at, period_end=period_end, now=now, tz=TZ
        )
        for r in rows
    ]


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(scenario=scenarios())
def test_sql_classes_equal_the_python_rule(engine: Engine, scenario: Scenario) -> None:
    period_end, now = scenario.period_end, scenario.now
    moment = ReportMoment(engine.dialect.name, TZ, period_end, min(now, period_end))
    assert _sql_classes(engine, scenario.rows, moment) == _python_classes(
        scenario.rows, period_end, now
    )


def test_a_result_on_the_due_date_after_the_due_hour_is_on_time(engine: Engine) -> None:
    """A fixed case of the rule: dates, not times, on the database too."""
    due = datetime(2026, 3, 5, 2, 0, tzinfo=UTC)  # 09:00 in Hà Nội
    received = _local(DAYS[0], time(8))
    rows = [
        ProbeDossier(DossierStatus.RETURNED, received, due, due + timedelta(hours=14, minutes=59))
    ]
    end = datetime(2026, 3, 31, 17, 0, tzinfo=UTC)
    assert _sql_classes(engine, rows, ReportMoment(engine.dialect.name, TZ, end, end)) == [
        Timeliness.ON_TIME
    ]
