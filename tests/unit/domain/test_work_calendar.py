"""Tests for motcua_core.domain.work_calendar."""

from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from motcua_core.domain.errors import CalendarError
from motcua_core.domain.work_calendar import (
    LimitUnit,
    TimeLimit,
    WorkCalendar,
    WorkingWindow,
)

CAL = WorkCalendar()
TZ = CAL.tz
H = LimitUnit.HOURS
WD = LimitUnit.WORKING_DAYS
HD = LimitUnit.HALF_DAYS
CD = LimitUnit.CALENDAR_DAYS
SD = LimitUnit.SAME_DAY


def at(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=TZ)


def due(received: datetime, amount: Decimal | float | int, unit: LimitUnit) -> datetime:
    return CAL.due_at(received, TimeLimit(amount, unit))


# --- construction and values -------------------------------------------------------------


def test_defaults() -> None:
    assert CAL.windows == (
        WorkingWindow(time(8), time(12)),
        WorkingWindow(time(13), time(17)),
    )
    assert CAL.working_day_length == timedelta(hours=8)
    assert str(TZ) == "Asia/Ho_Chi_Minh"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"windows": []},
        {"windows": [WorkingWindow(time(8), time(12)), WorkingWindow(time(11), time(14))]},
        {"working_weekdays": frozenset()},
        {"working_weekdays": frozenset({7})},
        {"extra_days_off": [date(2026, 3, 2)], "extra_working_days": [date(2026, 3, 2)]},
    ],
)
def test_contradictory_settings_are_rejected(kwargs: dict) -> None:
    with pytest.raises(CalendarError):
        WorkCalendar(**kwargs)


def test_window_must_end_after_it_starts() -> None:
    with pytest.raises(CalendarError):
        WorkingWindow(time(12), time(8))


def test_naive_datetimes_are_rejected() -> None:
    with pytest.raises(CalendarError, match="time zone"):
        CAL.due_at(datetime(2026, 3, 2, 9), TimeLimit(1, WD))
    with pytest.raises(CalendarError):
        CAL.next_working_moment(datetime(2026, 3, 2, 9))


def test_results_are_in_the_calendar_time_zone() -> None:
    received_utc = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)  # 09:00 in Vietnam
    result = CAL.due_at(received_utc, TimeLimit(1, WD))
    assert result == at(2026, 3, 3, 9)
    assert result.tzinfo is TZ


# --- days --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2026, 2, 13), True),
        (date(2026, 2, 16), False),  # Tết 2026
        (date(2026, 2, 20), False),
        (date(2026, 2, 23), True),
        (date(2027, 2, 4), False),  # Tết 2027
        (date(2027, 2, 10), False),
        (date(2027, 2, 11), True),
        (date(2026, 4, 30), False),
        (date(2026, 5, 1), False),
        (date(2026, 9, 2), False),
        (date(2026, 9, 1), False),
        (date(2026, 8, 22), True),  # make-up Saturday
        (date(2026, 8, 29), False),  # ordinary Saturday
        (date(2026, 8, 31), False),  # swapped Monday
        (date(2026, 3, 8), False),  # Sunday
    ],
)
def test_is_working_day(day: date, working: bool) -> None:
    assert CAL.is_working_day(day) is working


def test_local_overrides_win_over_the_package() -> None:
    local = WorkCalendar(
        extra_days_off=[date(2026, 8, 22), date(2026, 3, 2)],
        extra_working_days=[date(2026, 8, 31), date(2026, 3, 8)],
    )
    assert not local.is_working_day(date(2026, 8, 22))
    assert not local.is_working_day(date(2026, 3, 2))
    assert local.is_working_day(date(2026, 8, 31))
    assert local.is_working_day(date(2026, 3, 8))


def test_public_holidays_can_be_switched_off() -> None:
    plain = WorkCalendar(use_public_holidays=False)
    assert plain.is_working_day(date(2026, 2, 16))
    assert not plain.is_working_day(date(2026, 8, 22))


def test_saturday_morning_office() -> None:
    office = WorkCalendar(working_weekdays=frozenset(range(6)))
    assert office.is_working_day(date(2026, 3, 7))
    assert office.is_working_day(date(2026, 2, 21))  # Saturday after Tết
    assert not office.is_working_day(date(2026, 2, 16))  # Tết still wins


def test_add_working_days_and_next_working_day() -> None:
    assert CAL.next_working_day(date(2026, 2, 14)) == date(2026, 2, 23)
    assert CAL.add_working_days(date(2026, 2, 13), 1) == date(2026, 2, 23)
    assert CAL.add_working_days(date(2026, 3, 2), 0) == date(2026, 3, 2)


def test_a_calendar_without_working_days_fails_clearly() -> None:
    start = date(2026, 3, 1)
    closed = WorkCalendar(extra_days_off=[start + timedelta(days=i) for i in range(400)])
    with pytest.raises(CalendarError, match="No working day"):
        closed.next_working_day(start)
    with pytest.raises(CalendarError, match="No working day"):
        closed.due_at(at(2026, 3, 1, 9), TimeLimit(1, H))


# --- moments -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("moment", "inside"),
    [
        (at(2026, 3, 2, 8), True),
        (at(2026, 3, 2, 11, 59), True),
        (at(2026, 3, 2, 12), False),
        (at(2026, 3, 2, 12, 30), False),
        (at(2026, 3, 2, 17), False),
        (at(2026, 3, 7, 9), False),  # Saturday
    ],
)
def test_is_within_window(moment: datetime, inside: bool) -> None:
    assert CAL.is_within_window(moment) is inside


def test_is_within_window_may_include_the_end() -> None:
    assert CAL.is_within_window(at(2026, 3, 2, 17), include_end=True)


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (at(2026, 3, 2, 9, 15), at(2026, 3, 2, 9, 15)),
        (at(2026, 3, 2, 7), at(2026, 3, 2, 8)),
        (at(2026, 3, 2, 12, 30), at(2026, 3, 2, 13)),
        (at(2026, 3, 2, 17), at(2026, 3, 3, 8)),
        (at(2026, 3, 2, 18), at(2026, 3, 3, 8)),
        (at(2026, 3, 6, 18), at(2026, 3, 9, 8)),  # Friday evening → Monday
        (at(2026, 2, 13, 17, 30), at(2026, 2, 23, 8)),  # into Tết
    ],
)
def test_next_working_moment(moment: datetime, expected: datetime) -> None:
    assert CAL.next_working_moment(moment) == expected


@pytest.mark.parametrize(
    ("start", "hours", "expected"),
    [
        (at(2026, 3, 2, 16), 1, at(2026, 3, 2, 17)),  # ends on the window end, stays
        (at(2026, 3, 2, 11), 1, at(2026, 3, 2, 12)),
        (at(2026, 3, 2, 11), 2, at(2026, 3, 2, 14)),
        (at(2026, 3, 2, 16), 2, at(2026, 3, 3, 9)),
        (at(2026, 3, 2, 17), 0, at(2026, 3, 2, 17)),
        (at(2026, 3, 2, 18), 0, at(2026, 3, 3, 8)),
        (at(2026, 3, 2, 8), 40, at(2026, 3, 6, 17)),
    ],
)
def test_add_working_time(start: datetime, hours: int, expected: datetime) -> None:
    assert CAL.add_working_time(start, timedelta(hours=hours)) == expected


def test_add_working_time_rejects_negative_durations() -> None:
    with pytest.raises(CalendarError):
        CAL.add_working_time(at(2026, 3, 2, 9), timedelta(hours=-1))


def test_working_time_between() -> None:
    assert CAL.working_time_between(at(2026, 3, 2, 10), at(2026, 3, 3, 10)) == timedelta(hours=8)
    assert CAL.working_time_between(at(2026, 3, 2, 11), at(2026, 3, 2, 14)) == timedelta(hours=2)
    assert CAL.working_time_between(at(2026, 3, 6, 16), at(2026, 3, 9, 9)) == timedelta(hours=2)
    assert CAL.working_time_between(at(2026, 3, 3), at(2026, 3, 2)) == timedelta(0)


# --- due moments -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("received", "amount", "unit", "expected"),
    [
        # Received in the morning, returned in the morning.
        (at(2026, 3, 2, 9), 3, WD, at(2026, 3, 5, 9)),
        (at(2026, 3, 2, 8), 1, WD, at(2026, 3, 3, 8)),
        (at(2026, 3, 6, 14), 1, WD, at(2026, 3, 9, 14)),
        (at(2026, 3, 2, 9), Decimal("1.5"), WD, at(2026, 3, 3, 14)),
        # Lunch gap and evening: counting starts at the next window.
        (at(2026, 3, 2, 12, 30), 2, H, at(2026, 3, 2, 15)),
        (at(2026, 3, 2, 12, 30), 1, WD, at(2026, 3, 3, 13)),
        (at(2026, 3, 2, 18), 1, H, at(2026, 3, 3, 9)),
        (at(2026, 3, 2, 18), 1, WD, at(2026, 3, 4, 8)),
        (at(2026, 3, 7, 10), 1, WD, at(2026, 3, 10, 8)),  # Saturday → Monday 08:00 + 1
        (at(2026, 3, 2, 16), 1, H, at(2026, 3, 2, 17)),
        (at(2026, 3, 2, 9), 16, H, at(2026, 3, 4, 9)),
        # Half days: morning → afternoon, afternoon → next morning.
        (at(2026, 3, 2, 9), 1, HD, at(2026, 3, 2, 14)),
        (at(2026, 3, 2, 8), 1, HD, at(2026, 3, 2, 13)),
        (at(2026, 3, 2, 13), 1, HD, at(2026, 3, 3, 8)),
        (at(2026, 3, 2, 15), 1, HD, at(2026, 3, 3, 10)),
        (at(2026, 3, 2, 9), 2, HD, at(2026, 3, 3, 9)),
        # Calendar days: moved off days off, time clamped into working hours.
        (at(2026, 3, 2, 9), 7, CD, at(2026, 3, 9, 9)),
        (at(2026, 3, 2, 9), 5, CD, at(2026, 3, 9, 9)),  # Saturday → Monday
        (at(2026, 3, 2, 12, 30), 1, CD, at(2026, 3, 3, 12)),
        (at(2026, 3, 2, 18), 1, CD, at(2026, 3, 3, 17)),
        (at(2026, 3, 2, 6), 1, CD, at(2026, 3, 3, 8)),
        (at(2026, 2, 10, 10), 7, CD, at(2026, 2, 23, 10)),  # lands in Tết
        (at(2026, 3, 2, 18), 0, CD, at(2026, 3, 3, 8)),  # never before reception
    ],
)
def test_due_at(
    received: datetime, amount: Decimal | int, unit: LimitUnit, expected: datetime
) -> None:
    assert due(received, amount, unit) == expected


@pytest.mark.parametrize(
    ("received", "expected"),
    [
        (at(2026, 3, 2, 7), at(2026, 3, 2, 17)),
        (at(2026, 3, 2, 14, 59), at(2026, 3, 2, 17)),
        (at(2026, 3, 2, 15), at(2026, 3, 2, 17)),  # "after 15:00" starts after 15:00:00
        (at(2026, 3, 2, 15, 1), at(2026, 3, 3, 17)),
        (at(2026, 3, 2, 18), at(2026, 3, 3, 17)),
        (at(2026, 3, 6, 15, 30), at(2026, 3, 9, 17)),  # Friday late → Monday
        (at(2026, 3, 7, 9), at(2026, 3, 9, 17)),  # Saturday → Monday
        (at(2026, 2, 13, 16), at(2026, 2, 23, 17)),  # before Tết → after Tết
    ],
)
def test_same_day_cutoff(received: datetime, expected: datetime) -> None:
    assert due(received, 0, SD) == expected


def test_same_day_with_a_later_cutoff() -> None:
    late = WorkCalendar(same_day_cutoff=time(16, 30))
    assert late.due_at(at(2026, 3, 2, 16), TimeLimit(0, SD)) == at(2026, 3, 2, 17)


@pytest.mark.parametrize(
    ("received", "amount", "expected"),
    [
        (at(2026, 2, 13, 10), 1, at(2026, 2, 23, 10)),  # Tết 2026
        (at(2026, 2, 12, 9), 3, at(2026, 2, 24, 9)),
        (at(2027, 2, 3, 14), 1, at(2027, 2, 11, 14)),  # Tết 2027
        (at(2026, 4, 29, 10), 1, at(2026, 5, 4, 10)),  # 30 April – 1 May 2026
        (at(2027, 4, 29, 10), 1, at(2027, 5, 4, 10)),  # 1 May 2027 observed on Monday 3
        (at(2026, 4, 24, 10), 1, at(2026, 4, 28, 10)),  # Hung Kings' day observed Monday
        (at(2026, 8, 28, 10), 1, at(2026, 9, 3, 10)),  # 31 Aug swapped, 1–2 Sep
        (at(2026, 8, 21, 10), 1, at(2026, 8, 22, 10)),  # make-up Saturday
        (at(2027, 9, 1, 10), 1, at(2027, 9, 6, 10)),  # 2–3 Sep 2027
    ],
)
def test_due_dates_around_public_holidays(
    received: datetime, amount: int, expected: datetime
) -> None:
    assert due(received, amount, WD) == expected


def test_local_overrides_move_due_dates() -> None:
    received = at(2026, 3, 6, 10)  # Friday
    assert due(received, 1, WD) == at(2026, 3, 9, 10)
    closed_monday = WorkCalendar(extra_days_off=[date(2026, 3, 9)])
    assert closed_monday.due_at(received, TimeLimit(1, WD)) == at(2026, 3, 10, 10)
    open_saturday = WorkCalendar(extra_working_days=[date(2026, 3, 7)])
    assert open_saturday.due_at(received, TimeLimit(1, WD)) == at(2026, 3, 7, 10)


def test_other_working_windows() -> None:
    office = WorkCalendar(
        windows=[WorkingWindow(time(13, 30), time(17)), WorkingWindow(time(7, 30), time(11, 30))]
    )
    assert office.windows[0].start == time(7, 30)
    assert office.working_day_length == timedelta(hours=7, minutes=30)
    assert office.due_at(at(2026, 3, 2, 12), TimeLimit(1, H)) == at(2026, 3, 2, 14, 30)
    assert office.due_at(at(2026, 3, 2, 12), TimeLimit(1, WD)) == at(2026, 3, 3, 13, 30)


# --- pauses and extensions ---------------------------------------------------------------


def test_supplement_pause_pushes_the_due_moment_by_paused_working_time() -> None:
    old_due = at(2026, 3, 6, 10)  # Friday
    paused, resumed = at(2026, 3, 4, 15), at(2026, 3, 5, 10)  # 2 h + 2 h of working time
    assert CAL.resume_after_pause(old_due, paused, resumed) == at(2026, 3, 6, 15)


def test_pause_over_a_weekend_counts_only_working_time() -> None:
    old_due = at(2026, 3, 10, 16)
    paused, resumed = at(2026, 3, 6, 16), at(2026, 3, 9, 9)  # Fri 16:00 → Mon 09:00 = 2 h
    assert CAL.resume_after_pause(old_due, paused, resumed) == at(2026, 3, 11, 9)


def test_pause_outside_working_time_changes_nothing() -> None:
    old_due = at(2026, 3, 6, 17)
    assert CAL.resume_after_pause(old_due, at(2026, 3, 7, 9), at(2026, 3, 8, 9)) == old_due


def test_pause_cannot_end_before_it_starts() -> None:
    with pytest.raises(CalendarError):
        CAL.resume_after_pause(at(2026, 3, 6, 10), at(2026, 3, 5, 10), at(2026, 3, 4, 10))


# --- properties --------------------------------------------------------------------------

naive_moments = st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2028, 12, 31))
moments = naive_moments.map(lambda dt: dt.replace(tzinfo=TZ))
amounts = st.decimals(min_value=0, max_value=60, places=2)
whole_amounts = st.integers(min_value=0, max_value=60)
windowed_units = st.sampled_from([H, WD, HD])
all_units = st.sampled_from(list(LimitUnit))


def limit(amount: Decimal | int, unit: LimitUnit) -> TimeLimit:
    return TimeLimit(int(amount) if unit is CD else amount, unit)


@settings(deadline=None)
@given(moments, amounts, all_units)
def test_due_is_never_before_reception(
    received: datetime, amount: Decimal, unit: LimitUnit
) -> None:
    assert CAL.due_at(received, limit(amount, unit)) >= received


@settings(deadline=None)
@given(moments, amounts, windowed_units)
def test_due_is_inside_a_working_window(
    received: datetime, amount: Decimal, unit: LimitUnit
) -> None:
    result = CAL.due_at(received, TimeLimit(amount, unit))
    assert CAL.is_within_window(result, include_end=True)


@settings(deadline=None)
@given(moments, amounts, amounts, all_units)
def test_due_is_monotone_in_the_limit(
    received: datetime, a: Decimal, b: Decimal, unit: LimitUnit
) -> None:
    low, high = sorted((a, b))
    assert CAL.due_at(received, limit(low, unit)) <= CAL.due_at(received, limit(high, unit))


@settings(deadline=None)
@given(moments, whole_amounts)
def test_working_days_agree_with_eight_working_hours_a_day(received: datetime, days: int) -> None:
    start = CAL.next_working_moment(received)
    by_days = CAL.due_at(received, TimeLimit(days, WD))
    by_hours = CAL.due_at(received, TimeLimit(8 * days, H))
    assert CAL.working_time_between(start, by_days) == timedelta(hours=8 * days)
    assert CAL.working_time_between(by_hours, by_days) == timedelta(0)
    assert by_days.time() == start.time()


@settings(deadline=None)
@given(moments, st.integers(min_value=0, max_value=200))
def test_add_working_time_inverts_working_time_between(start: datetime, minutes: int) -> None:
    end = CAL.add_working_time(start, timedelta(minutes=minutes))
    assert CAL.working_time_between(start, end) == timedelta(minutes=minutes)


@settings(deadline=None)
@given(moments)
def test_next_working_moment_is_open_and_not_earlier(moment: datetime) -> None:
    result = CAL.next_working_moment(moment)
    assert result >= moment
    assert CAL.is_within_window(result)
    assert CAL.working_time_between(moment, result) == timedelta(0)


@settings(deadline=None)
@given(moments, st.sampled_from([UTC, timezone(timedelta(hours=-5))]))
def test_any_time_zone_gives_the_same_moment(moment: datetime, other_tz: timezone) -> None:
    limit_ = TimeLimit(2, WD)
    assert CAL.due_at(moment.astimezone(other_tz), limit_) == CAL.due_at(moment, limit_)


def test_fixed_offset_fallback_without_a_zone_database(monkeypatch: pytest.MonkeyPatch) -> None:
    from zoneinfo import ZoneInfoNotFoundError

    from motcua_core.domain import work_calendar

    def missing(key: str) -> None:
        raise ZoneInfoNotFoundError(key)

    monkeypatch.setattr(work_calendar, "ZoneInfo", missing)
    tz = work_calendar.vietnam_tz()
    assert tz.utcoffset(None) == timedelta(hours=7)
    fallback = WorkCalendar(tz=tz)
    received = datetime(2026, 3, 2, 9, tzinfo=tz)
    assert fallback.due_at(received, TimeLimit(1, WD)) == at(2026, 3, 3, 9)
