"""The official reporting periods (Decree 09/2019/NĐ-CP, Art. 12) and their short names."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from motcua_core.domain.report_periods import (
    InvalidReportPeriod,
    ReportPeriod,
    custom_period,
    parse_report_period,
    period_from_options,
)


@pytest.mark.parametrize(
    ("name", "start", "end"),
    [
        ("2020-m06", date(2020, 5, 15), date(2020, 6, 14)),
        ("2020-m01", date(2019, 12, 15), date(2020, 1, 14)),
        ("2020-m12", date(2020, 11, 15), date(2020, 12, 14)),
        ("2020-m3", date(2020, 2, 15), date(2020, 3, 14)),
        ("2020-q1", date(2019, 12, 15), date(2020, 3, 14)),
        ("2020-q2", date(2020, 3, 15), date(2020, 6, 14)),
        ("2020-q4", date(2020, 9, 15), date(2020, 12, 14)),
        ("2020-h1", date(2019, 12, 15), date(2020, 6, 14)),
        ("2020-9m", date(2019, 12, 15), date(2020, 9, 14)),
        ("2020", date(2019, 12, 15), date(2020, 12, 14)),
        (" 2020-Q2 ", date(2020, 3, 15), date(2020, 6, 14)),
    ],
)
def test_official_cut_offs(name: str, start: date, end: date) -> None:
    period = parse_report_period(name)
    assert (period.start, period.end) == (start, end)


def test_consecutive_months_and_quarters_tile_the_year() -> None:
    months = [parse_report_period(f"2021-m{m:02d}") for m in range(1, 13)]
    year = parse_report_period("2021")
    assert months[0].start == year.start and months[-1].end == year.end
    assert all((b.start - a.end).days == 1 for a, b in zip(months, months[1:], strict=False))
    quarters = [parse_report_period(f"2021-q{q}") for q in range(1, 5)]
    assert [q.end for q in quarters] == [months[i].end for i in (2, 5, 8, 11)]


@pytest.mark.parametrize("name", ["2020-m13", "2020-m00", "2020-q5", "2020-h2", "20-q1", "q2", ""])
def test_bad_names_say_which_forms_are_accepted(name: str) -> None:
    with pytest.raises(InvalidReportPeriod, match="YYYY-qN"):
        parse_report_period(name)


def test_custom_dates_and_their_utc_bounds() -> None:
    period = custom_period(date(2020, 1, 1), date(2020, 1, 31))
    start, end = period.utc_bounds(ZoneInfo("Asia/Ho_Chi_Minh"))
    assert start == datetime(2019, 12, 31, 17, tzinfo=UTC)
    assert end == datetime(2020, 1, 31, 17, tzinfo=UTC)
    with pytest.raises(InvalidReportPeriod, match="before it starts"):
        ReportPeriod(date(2020, 2, 1), date(2020, 1, 1))


def test_command_line_options_give_one_period() -> None:
    assert period_from_options("2020-q2", None, None) == parse_report_period("2020-q2")
    custom = period_from_options(None, "2020-01-01", "2020-01-31")
    assert (custom.start, custom.end, custom.name) == (date(2020, 1, 1), date(2020, 1, 31), "")
    for options, message in (
        (("2020", "2020-01-01", None), "not both"),
        ((None, "2020-01-01", None), "--from DATE and --to DATE"),
        ((None, "2020-01-01", "31/01/2020"), "--to expects a date"),
    ):
        with pytest.raises(InvalidReportPeriod, match=message):
            period_from_options(*options)
