"""What a period report covers: the period in local dates, its UTC bounds, the judging moment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_
from sqlalchemy.orm import Session

from desktop_app.storage.models import Dossier
from desktop_app.storage.timeliness_sql import ReportMoment


@dataclass(frozen=True)
class Period:
    """Local dates, both included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("the period ends before it starts")

    def utc_bounds(self, tz: ZoneInfo) -> tuple[datetime, datetime]:
        """Midnight (office time) of the first day and of the day after the last, in UTC."""
        start = datetime.combine(self.start, time(0), tz).astimezone(UTC)
        end = datetime.combine(self.end + timedelta(days=1), time(0), tz).astimezone(UTC)
        return start, end


@dataclass(frozen=True)
class ReportScope:
    """One report's period, its start in UTC, and where the timeliness rule stands."""

    period: Period
    start_utc: datetime
    moment: ReportMoment

    @classmethod
    def of(
        cls, session: Session, period: Period, tz: ZoneInfo, now: datetime | None
    ) -> ReportScope:
        """Open dossiers are judged at ``now``, or at the end of the period if it is earlier."""
        start_utc, end_utc = period.utc_bounds(tz)
        as_of = min(now or datetime.now(UTC), end_utc)
        dialect = session.get_bind().dialect.name
        return cls(period, start_utc, ReportMoment(dialect, tz, end_utc, as_of))

    @property
    def end_utc(self) -> datetime:
        return self.moment.period_end

    @property
    def dialect(self) -> str:
        return self.moment.dialect

    @property
    def tz(self) -> ZoneInfo:
        return self.moment.tz

    @property
    def as_of(self) -> datetime:
        return self.moment.as_of

    def received_in_period(self) -> ColumnElement[bool]:
        """The dossiers of the report: received in the period (refusals included)."""
        return and_(Dossier.received_at >= self.start_utc, Dossier.received_at < self.end_utc)

    def local_day_range(self, column: Any) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
        """Conditions on a stored local date (tickets' ``local_day``) for the period."""
        return column >= self.period.start, column <= self.period.end
