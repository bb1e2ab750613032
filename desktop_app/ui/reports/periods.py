"""The period presets of the report window, computed from the office's local date."""

from __future__ import annotations

from datetime import date, timedelta

from desktop_app.services.reports.period import Period

PRESETS = (
    "this_month",
    "last_month",
    "this_quarter",
    "last_quarter",
    "first_half",
    "this_year",
    "custom",
)


def _month_end(year: int, month: int) -> date:
    following = date(year + month // 12, month % 12 + 1, 1)
    return following - timedelta(days=1)


def _quarter(year: int, quarter: int) -> Period:
    first_month = 3 * (quarter - 1) + 1
    return Period(date(year, first_month, 1), _month_end(year, first_month + 2))


def preset_period(name: str, today: date) -> Period:
    """The period a preset names, seen on ``today`` (local date).

    "first_half" is January–June of the current year (offices report it in July).

    Raises:
        ValueError: "custom" or an unknown name (custom periods come from the date fields).
    """
    year, month = today.year, today.month
    if name == "this_month":
        return Period(date(year, month, 1), _month_end(year, month))
    if name == "last_month":
        last = date(year, month, 1) - timedelta(days=1)
        return Period(date(last.year, last.month, 1), last)
    quarter = (month - 1) // 3 + 1
    if name == "this_quarter":
        return _quarter(year, quarter)
    if name == "last_quarter":
        return _quarter(year - 1, 4) if quarter == 1 else _quarter(year, quarter - 1)
    if name == "first_half":
        return Period(date(year, 1, 1), date(year, 6, 30))
    if name == "this_year":
        return Period(date(year, 1, 1), date(year, 12, 31))
    raise ValueError(f"no fixed period for preset {name!r}")
