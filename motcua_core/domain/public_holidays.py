"""Vietnam's public holidays and government day swaps, read from the ``holidays`` package.

The package (country "VN") lists the Labour Code holidays with their observed days and the
yearly swaps the government decides: a swapped day off appears as a holiday ("Day off
(substituted from …)") and the Saturday worked in exchange as a weekend working day. For
example, in 2026 Monday 31 August is a day off and Saturday 22 August a working day.

A swap may cross a year boundary (the Saturday 5 January 2019 was worked for Monday
31 December 2018), so each year is read together with its neighbours. Results are cached
per year. Offices override single days in their working calendar.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from types import MappingProxyType

import holidays

COUNTRY_CODE = "VN"
_LANGUAGE_VI = "vi"


@dataclass(frozen=True)
class YearRules:
    """Nationwide exceptions to the Monday–Friday week for one year."""

    days_off: frozenset[date]
    working_weekend_days: frozenset[date]


def _load(year: int, language: str | None = None) -> holidays.HolidayBase:
    return holidays.country_holidays(
        COUNTRY_CODE, years=range(year - 1, year + 2), language=language
    )


@lru_cache(maxsize=64)
def year_rules(year: int) -> YearRules:
    """Return the public days off and the make-up working Saturdays of ``year``."""
    calendar = _load(year)
    return YearRules(
        days_off=frozenset(day for day in calendar if day.year == year),
        working_weekend_days=frozenset(d for d in calendar.weekend_workdays if d.year == year),
    )


@lru_cache(maxsize=16)
def holiday_names_vi(year: int) -> Mapping[date, str]:
    """Return the Vietnamese names of the public days off of ``year``, by date."""
    calendar = _load(year, _LANGUAGE_VI)
    return MappingProxyType({day: name for day, name in calendar.items() if day.year == year})


def is_public_day_off(day: date) -> bool:
    """Tell whether ``day`` is a public holiday or a swapped day off."""
    return day in year_rules(day.year).days_off


def is_make_up_working_day(day: date) -> bool:
    """Tell whether ``day`` is a weekend day the government declared a working day."""
    return day in year_rules(day.year).working_weekend_days
