"""The official reporting periods (Decree 09/2019/NĐ-CP, Art. 12) and their short names.

Statistical reports to the authorities do not run over calendar months: each period closes on
the 14th and the next opens on the 15th, so that figures can be sent up before the month ends.

* month ``2020-m06``: 15 May 2020 – 14 Jun 2020 (the 15th of the previous month to the 14th);
* quarter ``2020-q2``: 15 Mar 2020 – 14 Jun 2020 (the 15th of the month before the quarter to
  the 14th of its last month; Q1 opens on 15 Dec of the previous year);
* six months ``2020-h1``: 15 Dec 2019 – 14 Jun 2020;
* nine months ``2020-9m`` (some provinces ask for it): 15 Dec 2019 – 14 Sep 2020;
* year ``2020``: 15 Dec 2019 – 14 Dec 2020.

Custom periods are any two local dates (both included). A period is a pair of LOCAL dates of
the office; ``utc_bounds`` turns them into the first moment of the period and the first moment
after it, in UTC.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache

from motcua_core.domain.errors import DomainError

#: The day a reporting period closes on; the next one opens the day after.
CUT_OFF_DAY = 14

_NAME = re.compile(r"^(?P<year>\d{4})(?:-(?P<kind>m|q)(?P<n>\d{1,2})|-(?P<part>h1|9m))?$")


class InvalidReportPeriod(DomainError):
    """A period name or a pair of dates that names no reporting period."""


@dataclass(frozen=True)
class ReportPeriod:
    """A reporting period: local dates of the office, both included.

    ``name`` is the short name it was parsed from (``2020-q2``), empty for custom dates.
    """

    start: date
    end: date
    name: str = ""

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidReportPeriod(
                f"the period ends ({self.end}) before it starts ({self.start})",
                f"Kỳ báo cáo kết thúc ({self.end}) trước ngày bắt đầu ({self.start}).",
            )

    def utc_bounds(self, tz: tzinfo) -> tuple[datetime, datetime]:
        """Local midnight of the first day and of the day after the last, in UTC."""
        return _utc_bounds(self.start, self.end, tz)


@lru_cache(maxsize=64)
def _utc_bounds(first: date, last: date, tz: tzinfo) -> tuple[datetime, datetime]:
    """Worked out once per period and zone: a form asks for them per dossier."""
    start = datetime.combine(first, time(0), tz).astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), time(0), tz).astimezone(UTC)
    return start, end


def _opening(year: int, month: int) -> date:
    """The 15th of the month before ``month`` of ``year`` (December of the year before)."""
    if month == 1:
        return date(year - 1, 12, CUT_OFF_DAY + 1)
    return date(year, month - 1, CUT_OFF_DAY + 1)


def month_period(year: int, month: int) -> ReportPeriod:
    """The report of ``month``: the 15th of the month before to the 14th of ``month``."""
    return ReportPeriod(
        _opening(year, month), date(year, month, CUT_OFF_DAY), f"{year}-m{month:02d}"
    )


def quarter_period(year: int, quarter: int) -> ReportPeriod:
    """The report of a quarter: the 15th of the month before it to the 14th of its last month."""
    first = 3 * (quarter - 1) + 1
    return ReportPeriod(
        _opening(year, first), date(year, first + 2, CUT_OFF_DAY), f"{year}-q{quarter}"
    )


def year_part_period(year: int, last_month: int, name: str) -> ReportPeriod:
    """From 15 December of the year before to the 14th of ``last_month`` (6, 9 or 12 months)."""
    return ReportPeriod(_opening(year, 1), date(year, last_month, CUT_OFF_DAY), name)


def parse_report_period(text: str) -> ReportPeriod:
    """The period a short name gives: ``2020-m06``, ``2020-q2``, ``2020-h1``, ``2020-9m``, ``2020``.

    Raises:
        InvalidReportPeriod: the text names no period (the message lists the accepted forms).
    """
    match = _NAME.match(text.strip().lower())
    if match is None:
        raise _bad_name(text)
    year = int(match["year"])
    if match["kind"] is not None:
        return _numbered(year, match["kind"], int(match["n"]), text)
    if match["part"] == "h1":
        return year_part_period(year, 6, f"{year}-h1")
    if match["part"] == "9m":
        return year_part_period(year, 9, f"{year}-9m")
    return year_part_period(year, 12, str(year))


def _numbered(year: int, kind: str, number: int, text: str) -> ReportPeriod:
    if kind == "m" and 1 <= number <= 12:
        return month_period(year, number)
    if kind == "q" and 1 <= number <= 4:
        return quarter_period(year, number)
    raise _bad_name(text)


def _bad_name(text: str) -> InvalidReportPeriod:
    forms = "YYYY-mMM (month), YYYY-qN (quarter), YYYY-h1, YYYY-9m, YYYY (year)"
    return InvalidReportPeriod(
        f"'{text}' is not a report period; use {forms}",
        f"'{text}' không phải kỳ báo cáo; dùng {forms}.",
    )


def custom_period(start: date, end: date) -> ReportPeriod:
    """A period of any two local dates, both included.

    Raises:
        InvalidReportPeriod: ``end`` is before ``start``.
    """
    return ReportPeriod(start, end)


def period_from_options(name: str | None, start: str | None, end: str | None) -> ReportPeriod:
    """The period the command-line options give: ``--period NAME`` or ``--from D --to D``.

    Raises:
        InvalidReportPeriod: both forms, neither, a date not ``YYYY-MM-DD``, or a bad name.
    """
    if name is not None and (start is not None or end is not None):
        raise InvalidReportPeriod(
            "give either --period or --from/--to, not both",
            "Chỉ chọn kỳ báo cáo hoặc khoảng ngày, không chọn cả hai.",
        )
    if name is not None:
        return parse_report_period(name)
    if start is None or end is None:
        raise InvalidReportPeriod(
            "a report form needs --period P, or --from DATE and --to DATE",
            "Cần chọn kỳ báo cáo, hoặc ngày bắt đầu và ngày kết thúc.",
        )
    return custom_period(_day(start, "--from"), _day(end, "--to"))


def _day(text: str, flag: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidReportPeriod(
            f"{flag} expects a date as YYYY-MM-DD, got '{text}'",
            f"Ngày '{text}' không đúng dạng YYYY-MM-DD.",
        ) from None
