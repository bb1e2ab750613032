"""Tests for motcua_core.domain.public_holidays (facts read from the holidays package)."""

from datetime import date

import pytest

from motcua_core.domain.public_holidays import (
    holiday_names_vi,
    is_make_up_working_day,
    is_public_day_off,
    year_rules,
)


@pytest.mark.parametrize(
    "day",
    [
        date(2026, 1, 1),
        *(date(2026, 2, d) for d in range(16, 21)),  # Tết Bính Ngọ, Monday–Friday
        date(2026, 4, 27),  # Hung Kings' day falls on Sunday 26 April, observed Monday
        date(2026, 4, 30),
        date(2026, 5, 1),
        date(2026, 8, 31),  # swapped for Saturday 22 August
        date(2026, 9, 1),
        date(2026, 9, 2),
        date(2026, 11, 24),  # Vietnam Cultural Day, from 2026
        *(date(2027, 2, d) for d in (4, 5, 8, 9, 10)),  # Tết Đinh Mùi, weekdays
        date(2027, 5, 3),  # 1 May 2027 is a Saturday, observed Monday
        date(2027, 9, 2),
        date(2027, 9, 3),
    ],
)
def test_public_days_off(day: date) -> None:
    assert is_public_day_off(day)


@pytest.mark.parametrize(
    "day", [date(2026, 2, 13), date(2026, 2, 23), date(2026, 8, 28), date(2027, 2, 11)]
)
def test_ordinary_days_around_holidays(day: date) -> None:
    assert not is_public_day_off(day)


def test_make_up_saturdays() -> None:
    assert is_make_up_working_day(date(2026, 8, 22))
    assert not is_make_up_working_day(date(2026, 8, 29))
    assert year_rules(2026).working_weekend_days == frozenset({date(2026, 8, 22)})


def test_make_up_day_across_a_year_boundary() -> None:
    # Monday 31 Dec 2018 was taken off in exchange for Saturday 5 Jan 2019.
    assert is_public_day_off(date(2018, 12, 31))
    assert is_make_up_working_day(date(2019, 1, 5))


def test_vietnamese_names() -> None:
    names = holiday_names_vi(2026)
    assert names[date(2026, 9, 2)] == "Quốc khánh"
    assert "22/08/2026" in names[date(2026, 8, 31)]
    assert all(day.year == 2026 for day in names)
