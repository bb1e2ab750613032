"""The bookable slots of a service area, from the office's working calendar.

A slot is a whole period of ``minutes`` that lies inside one working window of a working
day, and inside the area's own opening hours when it has them (``opens``/``closes``). The
calendar (:class:`~motcua_core.domain.work_calendar.WorkCalendar`) decides which days are
worked: weekdays, Vietnam's public holidays and swaps, and the office's own days off or on.

Conventions:

* Slots of one window start at the window's (or the area's) opening and follow each other
  without gap; a last period shorter than ``minutes`` is no slot (a 30-minute slot never
  crosses 12:00), so a window gives ``floor(length / minutes)`` slots.
* Results are aware datetimes in the calendar's time zone (the office's, Vietnam's by
  default); Vietnam has no daylight saving time, so wall-clock arithmetic is exact.
* A slot has started at its start moment: :func:`slots_not_started` keeps those strictly
  after ``now``.
* The booking window of ``days_ahead`` days counts today: today and the next ``days_ahead``
  days, working days only (:func:`bookable_days`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime, time, timedelta

from motcua_core.domain.errors import CalendarError
from motcua_core.domain.work_calendar import WorkCalendar, WorkingWindow

__all__ = [
    "MAX_SLOT_MINUTES",
    "bookable_days",
    "day_slots",
    "is_slot_start",
    "slot_end",
    "slots_not_started",
]

#: The longest slot: a whole working day.
MAX_SLOT_MINUTES = 24 * 60


def _check_minutes(minutes: int) -> timedelta:
    if not 0 < minutes <= MAX_SLOT_MINUTES:
        raise CalendarError(
            f"A booking slot lasts 1–{MAX_SLOT_MINUTES} minutes, not {minutes}.",
            f"Thời lượng một lượt hẹn phải từ 1 đến {MAX_SLOT_MINUTES} phút (đang là {minutes}).",
        )
    return timedelta(minutes=minutes)


def _check_hours(opens: time | None, closes: time | None) -> None:
    if opens is not None and closes is not None and opens >= closes:
        raise CalendarError(
            f"The area's hours {opens}–{closes} end before they start.",
            f"Giờ làm việc của khu vực {opens}–{closes} có giờ đóng trước giờ mở.",
        )


def _clipped(window: WorkingWindow, opens: time | None, closes: time | None) -> tuple[time, time]:
    start = window.start if opens is None else max(window.start, opens)
    end = window.end if closes is None else min(window.end, closes)
    return start, end


def _window_slots(
    day: date, start: time, end: time, step: timedelta, calendar: WorkCalendar
) -> Iterator[datetime]:
    moment = datetime.combine(day, start, calendar.tz)
    last = datetime.combine(day, end, calendar.tz)
    while moment + step <= last:
        yield moment
        moment += step


def day_slots(
    calendar: WorkCalendar,
    day: date,
    minutes: int,
    *,
    opens: time | None = None,
    closes: time | None = None,
) -> list[datetime]:
    """The starts of the whole slots of ``day``, in order; [] on a day off.

    Args:
        calendar: The office's working calendar.
        day: The local day.
        minutes: Length of one slot.
        opens: The area's opening time, when it opens later than the office.
        closes: The area's closing time, when it closes earlier than the office.

    Raises:
        CalendarError: ``minutes`` is not positive (or longer than a day), or the area's
            hours end before they start.
    """
    step = _check_minutes(minutes)
    _check_hours(opens, closes)
    if not calendar.is_working_day(day):
        return []
    slots: list[datetime] = []
    for window in calendar.windows:
        start, end = _clipped(window, opens, closes)
        slots.extend(_window_slots(day, start, end, step, calendar))
    return slots


def slot_end(start: datetime, minutes: int) -> datetime:
    """The end of the slot starting at ``start``."""
    return start + _check_minutes(minutes)


def slots_not_started(slots: Iterable[datetime], now: datetime) -> list[datetime]:
    """The slots that start strictly after ``now`` (a slot has started at its start)."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise CalendarError(f"{now.isoformat()} has no time zone.", "Thời điểm thiếu múi giờ.")
    return [s for s in slots if s > now]


def is_slot_start(
    calendar: WorkCalendar,
    start: datetime,
    minutes: int,
    *,
    opens: time | None = None,
    closes: time | None = None,
) -> bool:
    """Tell whether ``start`` (any time zone) is the start of one of its day's slots."""
    local = calendar.to_local(start)
    return local in day_slots(calendar, local.date(), minutes, opens=opens, closes=closes)


def bookable_days(calendar: WorkCalendar, today: date, days_ahead: int) -> list[date]:
    """The working days from ``today`` to ``today + days_ahead`` included, in order.

    Raises:
        CalendarError: ``days_ahead`` is negative.
    """
    if days_ahead < 0:
        raise CalendarError(
            f"The booking window cannot be {days_ahead} days.",
            f"Số ngày cho phép đặt hẹn trước không thể là {days_ahead}.",
        )
    days = (today + timedelta(days=n) for n in range(days_ahead + 1))
    return [d for d in days if calendar.is_working_day(d)]
