"""Tests for motcua_core.domain.booking_slots: slots follow the office's working calendar."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from motcua_core.domain.booking_slots import (
    bookable_days,
    day_slots,
    is_slot_start,
    slot_end,
    slots_not_started,
)
from motcua_core.domain.errors import CalendarError
from motcua_core.domain.work_calendar import WorkCalendar, WorkingWindow, vietnam_tz

CAL = WorkCalendar()
TZ = vietnam_tz()
MONDAY = date(2026, 11, 30)
NATIONAL_DAY = date(2026, 9, 2)  # a Wednesday, a public holiday


def at(d: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(d, time(hh, mm), TZ)


def test_a_default_day_has_sixteen_half_hour_slots_in_two_windows() -> None:
    slots = day_slots(CAL, MONDAY, 30)
    assert len(slots) == 16
    assert slots[0] == at(MONDAY, 8) and slots[7] == at(MONDAY, 11, 30)
    assert slots[8] == at(MONDAY, 13) and slots[-1] == at(MONDAY, 16, 30)


def test_slots_are_aware_in_the_office_zone() -> None:
    for slot in day_slots(CAL, MONDAY, 30):
        assert slot.tzinfo is not None
        assert slot.utcoffset() == timedelta(hours=7)


def test_a_slot_never_crosses_the_end_of_a_window() -> None:
    slots = day_slots(CAL, MONDAY, 45)  # 4 h = 5 × 45 min + 15 min left over, twice
    assert len(slots) == 10
    assert at(MONDAY, 11, 0) in slots and at(MONDAY, 11, 45) not in slots
    assert all(slot_end(s, 45) <= at(MONDAY, 12) or s >= at(MONDAY, 13) for s in slots)


def test_no_slot_on_a_weekend_a_holiday_or_an_office_day_off() -> None:
    off = WorkCalendar(extra_days_off=[MONDAY])
    assert day_slots(CAL, date(2026, 11, 28), 30) == []  # Saturday
    assert day_slots(CAL, NATIONAL_DAY, 30) == []
    assert day_slots(off, MONDAY, 30) == []


def test_an_extra_working_day_has_slots() -> None:
    saturday = date(2026, 11, 28)
    cal = WorkCalendar(extra_working_days=[saturday])
    assert len(day_slots(cal, saturday, 30)) == 16


def test_the_area_hours_clip_the_windows() -> None:
    slots = day_slots(CAL, MONDAY, 30, opens=time(9, 15), closes=time(14, 0))
    assert slots[0] == at(MONDAY, 9, 15)
    assert slots[-1] == at(MONDAY, 13, 30)
    assert len(slots) == 5 + 2  # 09:15–12:00 holds five whole slots, 13:00–14:00 two


def test_area_hours_outside_every_window_give_no_slot() -> None:
    assert day_slots(CAL, MONDAY, 30, opens=time(12, 0), closes=time(13, 0)) == []


@pytest.mark.parametrize("minutes", [0, -30, 24 * 60 + 1])
def test_a_slot_length_out_of_range_is_refused(minutes: int) -> None:
    with pytest.raises(CalendarError) as caught:
        day_slots(CAL, MONDAY, minutes)
    assert "phút" in caught.value.message_vi


def test_area_hours_ending_before_they_start_are_refused() -> None:
    with pytest.raises(CalendarError):
        day_slots(CAL, MONDAY, 30, opens=time(15), closes=time(9))


def test_slots_not_started_keeps_those_after_now() -> None:
    slots = day_slots(CAL, MONDAY, 30)
    now = at(MONDAY, 10, 0)
    left = slots_not_started(slots, now)
    assert left[0] == at(MONDAY, 10, 30)  # the 10:00 slot has started
    assert slots_not_started(slots, now.astimezone(UTC)) == left
    with pytest.raises(CalendarError):
        slots_not_started(slots, datetime(2026, 11, 30, 10))


def test_is_slot_start_in_any_zone() -> None:
    assert is_slot_start(CAL, at(MONDAY, 13, 30).astimezone(UTC), 30)
    assert not is_slot_start(CAL, at(MONDAY, 13, 15), 30)
    assert not is_slot_start(CAL, at(MONDAY, 11, 45), 45)
    assert not is_slot_start(CAL, at(NATIONAL_DAY, 8), 30)


def test_bookable_days_count_today_and_skip_days_off() -> None:
    friday = date(2026, 11, 27)
    assert bookable_days(CAL, friday, 3) == [friday, MONDAY]
    assert bookable_days(CAL, friday, 0) == [friday]
    assert date(2026, 9, 2) not in bookable_days(CAL, date(2026, 9, 1), 5)
    with pytest.raises(CalendarError):
        bookable_days(CAL, friday, -1)


# --- properties over generated calendars ---------------------------------------------------

clock = st.integers(6 * 60, 20 * 60).map(lambda m: time(m // 60, m % 60))


@st.composite
def calendars(draw: st.DrawFn) -> WorkCalendar:
    bounds = sorted(draw(st.sets(st.integers(5 * 60, 21 * 60), min_size=2, max_size=6)))
    pairs = list(zip(bounds[::2], bounds[1::2], strict=False))
    windows = [WorkingWindow(time(a // 60, a % 60), time(b // 60, b % 60)) for a, b in pairs]
    weekdays = draw(st.frozensets(st.integers(0, 6), min_size=1))
    days = st.dates(date(2026, 1, 1), date(2026, 12, 31))
    off = draw(st.sets(days, max_size=5))
    extra = draw(st.sets(days, max_size=5)) - off
    return WorkCalendar(windows, weekdays, extra_days_off=off, extra_working_days=extra)


some_day = st.dates(date(2026, 1, 1), date(2026, 12, 31))
some_minutes = st.integers(5, 240)


def _minutes_of(t: time) -> int:
    return t.hour * 60 + t.minute


@settings(max_examples=150, deadline=None)
@given(calendars(), some_day, some_minutes)
def test_slots_lie_inside_windows_and_never_overlap(cal, day, minutes) -> None:
    slots = day_slots(cal, day, minutes)
    step = timedelta(minutes=minutes)
    for slot in slots:
        end = slot + step
        inside = [w for w in cal.windows if datetime.combine(day, w.start, cal.tz) <= slot]
        assert any(end <= datetime.combine(day, w.end, cal.tz) for w in inside)
    for earlier, later in zip(slots, slots[1:], strict=False):
        assert earlier + step <= later


@settings(max_examples=150, deadline=None)
@given(calendars(), some_day, some_minutes)
def test_the_count_is_floor_of_each_window_over_the_length(cal, day, minutes) -> None:
    slots = day_slots(cal, day, minutes)
    if not cal.is_working_day(day):
        assert slots == []
        return
    lengths = [_minutes_of(w.end) - _minutes_of(w.start) for w in cal.windows]
    assert len(slots) == sum(length // minutes for length in lengths)


@settings(max_examples=150, deadline=None)
@given(calendars(), some_day, some_minutes, clock, clock)
def test_area_hours_keep_every_slot_inside_them(cal, day, minutes, a, b) -> None:
    opens, closes = min(a, b), max(a, b)
    if opens == closes:
        return
    slots = day_slots(cal, day, minutes, opens=opens, closes=closes)
    assert set(slots) <= set(day_slots(cal, day, 1))  # still inside the windows
    for slot in slots:
        assert slot >= datetime.combine(day, opens, cal.tz)
        assert slot + timedelta(minutes=minutes) <= datetime.combine(day, closes, cal.tz)
        assert is_slot_start(cal, slot, minutes, opens=opens, closes=closes)


@settings(max_examples=100, deadline=None)
@given(calendars(), some_day, st.integers(0, 30))
def test_bookable_days_are_exactly_the_working_days_of_the_window(cal, today, ahead) -> None:
    days = bookable_days(cal, today, ahead)
    assert all(cal.is_working_day(d) and today <= d <= today + timedelta(days=ahead) for d in days)
    span = [today + timedelta(days=n) for n in range(ahead + 1)]
    assert len(days) == sum(1 for d in span if cal.is_working_day(d))
    assert all(day_slots(cal, d, 30) == [] for d in span if d not in days)
