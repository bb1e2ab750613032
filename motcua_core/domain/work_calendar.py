"""Working days, working windows and due moments of dossiers.

A :class:`WorkCalendar` knows the office's working windows (e.g. 08:00–12:00 and
13:00–17:00, the same on every working day), its working weekdays, Vietnam's public
holidays and government day swaps, and the office's own extra days off or on.

Conventions used throughout:

* Every datetime given must carry a time zone (a naive one raises
  :class:`CalendarError`); results are in the calendar's time zone.
* Windows are half-open for "is the office open now" (17:00 is closed) but a working
  period may *end* exactly at a window's end: three working hours from 14:00 is 17:00,
  not 08:00 the next morning.
* Windows are local wall-clock times; Vietnam has no daylight saving time.

:class:`TimeLimit`, :class:`LimitUnit` (module ``time_limit``), :func:`extend_due` and
:class:`DueDateState` (module ``due_date_state``) are re-exported here.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from decimal import Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from motcua_core.domain.due_date_state import DueDateState, extend_due
from motcua_core.domain.errors import CalendarError
from motcua_core.domain.public_holidays import is_make_up_working_day, is_public_day_off
from motcua_core.domain.time_limit import LimitUnit, TimeLimit

__all__ = [
    "DEFAULT_SAME_DAY_CUTOFF",
    "DEFAULT_WINDOWS",
    "DEFAULT_WORKING_WEEKDAYS",
    "VIETNAM_TZ_NAME",
    "DueDateState",
    "LimitUnit",
    "TimeLimit",
    "WorkCalendar",
    "WorkingWindow",
    "extend_due",
    "vietnam_tz",
]

VIETNAM_TZ_NAME = "Asia/Ho_Chi_Minh"
DEFAULT_SAME_DAY_CUTOFF = time(15, 0)
DEFAULT_WORKING_WEEKDAYS: frozenset[int] = frozenset(range(5))  # Monday=0 … Friday=4
# A calendar with no working day for this long is misconfigured, not merely festive.
_MAX_IDLE_DAYS = 366
_ONE_DAY = timedelta(days=1)
_ZERO = timedelta(0)


def vietnam_tz() -> tzinfo:
    """Return Vietnam's time zone, or a fixed UTC+7 where the zone database is missing."""
    try:
        return ZoneInfo(VIETNAM_TZ_NAME)
    except ZoneInfoNotFoundError:
        return timezone(timedelta(hours=7), "ICT")


@dataclass(frozen=True)
class WorkingWindow:
    """One daily opening period, e.g. 08:00–12:00."""

    start: time
    end: time

    def __post_init__(self) -> None:
        if self.start.tzinfo is not None or self.end.tzinfo is not None:
            raise CalendarError("Working windows use local times without a time zone.")
        if self.start >= self.end:
            raise CalendarError(
                f"Working window {self.start}–{self.end} ends before it starts.",
                f"Khung giờ làm việc {self.start}–{self.end} có giờ kết thúc trước giờ bắt đầu.",
            )


DEFAULT_WINDOWS: tuple[WorkingWindow, ...] = (
    WorkingWindow(time(8, 0), time(12, 0)),
    WorkingWindow(time(13, 0), time(17, 0)),
)


def _scale(duration: timedelta, factor: Decimal) -> timedelta:
    microseconds = Decimal(duration // timedelta(microseconds=1)) * factor
    return timedelta(microseconds=int(microseconds.to_integral_value()))


def _check_windows(windows: Sequence[WorkingWindow]) -> tuple[WorkingWindow, ...]:
    ordered = tuple(sorted(windows, key=lambda w: w.start))
    if not ordered:
        raise CalendarError("A working calendar needs at least one working window.")
    for earlier, later in zip(ordered, ordered[1:], strict=False):
        if later.start < earlier.end:
            raise CalendarError(f"Working windows {earlier} and {later} overlap.")
    return ordered


class WorkCalendar:
    """The office's working time, and the due moments computed from it.

    Args:
        windows: Daily working windows; the same on every working day.
        working_weekdays: Working weekdays, Monday=0 … Sunday=6.
        tz: Time zone of the office; Vietnam's by default.
        extra_days_off: Local days off; they win over everything else.
        extra_working_days: Local working days; they win over the weekend and holidays.
        same_day_cutoff: Latest reception time for a same-day result.
        use_public_holidays: Apply Vietnam's public holidays and government swaps.

    Raises:
        CalendarError: The settings contradict each other or leave no working time.
    """

    def __init__(
        self,
        windows: Sequence[WorkingWindow] = DEFAULT_WINDOWS,
        working_weekdays: frozenset[int] = DEFAULT_WORKING_WEEKDAYS,
        tz: tzinfo | None = None,
        extra_days_off: Iterable[date] = (),
        extra_working_days: Iterable[date] = (),
        same_day_cutoff: time = DEFAULT_SAME_DAY_CUTOFF,
        use_public_holidays: bool = True,
    ) -> None:
        self.windows = _check_windows(windows)
        self.working_weekdays = frozenset(working_weekdays)
        self.tz = tz if tz is not None else vietnam_tz()
        self.extra_days_off = frozenset(extra_days_off)
        self.extra_working_days = frozenset(extra_working_days)
        self.same_day_cutoff = same_day_cutoff
        self.use_public_holidays = use_public_holidays
        self._check_days()

    def _check_days(self) -> None:
        if not self.working_weekdays <= set(range(7)) or not self.working_weekdays:
            raise CalendarError("Working weekdays must be a non-empty subset of 0–6.")
        clash = self.extra_days_off & self.extra_working_days
        if clash:
            raise CalendarError(f"Days both off and working: {sorted(clash)}.")

    # --- days -------------------------------------------------------------------------

    def is_working_day(self, d: date) -> bool:
        """Tell whether the office works on ``d``; local overrides win over national rules."""
        if d in self.extra_days_off:
            return False
        if d in self.extra_working_days:
            return True
        if self.use_public_holidays:
            if is_public_day_off(d):
                return False
            if is_make_up_working_day(d):
                return True
        return d.weekday() in self.working_weekdays

    def next_working_day(self, d: date) -> date:
        """Return ``d`` if it is a working day, else the first working day after it."""
        for offset in range(_MAX_IDLE_DAYS + 1):
            candidate = d + timedelta(days=offset)
            if self.is_working_day(candidate):
                return candidate
        raise self._no_working_day(d)

    def add_working_days(self, d: date, count: int) -> date:
        """Return the ``count``-th working day after ``d`` (``d`` itself when 0)."""
        day = d
        for _ in range(count):
            day = self.next_working_day(day + _ONE_DAY)
        return day

    @property
    def working_day_length(self) -> timedelta:
        """Working time in one working day (8 hours by default)."""
        return sum((self._span(w) for w in self.windows), _ZERO)

    @staticmethod
    def _span(window: WorkingWindow) -> timedelta:
        day = date(2000, 1, 3)
        return datetime.combine(day, window.end) - datetime.combine(day, window.start)

    @staticmethod
    def _no_working_day(d: date) -> CalendarError:
        return CalendarError(
            f"No working day within {_MAX_IDLE_DAYS} days of {d}; check the calendar settings.",
            f"Không có ngày làm việc nào trong {_MAX_IDLE_DAYS} ngày kể từ {d}; "
            "hãy kiểm tra cấu hình lịch làm việc.",
        )

    # --- moments ----------------------------------------------------------------------

    def to_local(self, dt: datetime) -> datetime:
        """Return ``dt`` in the calendar's time zone.

        Raises:
            CalendarError: ``dt`` has no time zone.
        """
        if dt.tzinfo is None or dt.utcoffset() is None:
            raise CalendarError(
                f"{dt.isoformat()} has no time zone; the calendar needs aware datetimes.",
                f"Thời điểm {dt.isoformat()} thiếu múi giờ.",
            )
        return dt.astimezone(self.tz)

    def _day_intervals(self, d: date) -> list[tuple[datetime, datetime]]:
        if not self.is_working_day(d):
            return []
        return [
            (datetime.combine(d, w.start, self.tz), datetime.combine(d, w.end, self.tz))
            for w in self.windows
        ]

    def _intervals_from(
        self, moment: datetime, include_end: bool
    ) -> Iterator[tuple[datetime, datetime]]:
        """Yield the working intervals at or after ``moment``, the first one clipped."""
        day, idle_days = moment.date(), 0
        while idle_days <= _MAX_IDLE_DAYS:
            intervals = self._day_intervals(day)
            idle_days = 0 if intervals else idle_days + 1
            for start, end in intervals:
                if end > moment or (include_end and end == moment):
                    yield max(start, moment), end
            day += _ONE_DAY
        raise self._no_working_day(moment.date())

    def is_within_window(self, dt: datetime, *, include_end: bool = False) -> bool:
        """Tell whether the office is open at ``dt``.

        Args:
            dt: The moment to test.
            include_end: Also accept a moment exactly at a window's end (a due moment
                may land there).
        """
        local = self.to_local(dt)
        for start, end in self._day_intervals(local.date()):
            if start <= local < end or (include_end and local == end):
                return True
        return False

    def next_working_moment(self, dt: datetime) -> datetime:
        """Return ``dt`` if the office is open then, else the start of the next window.

        A dossier received outside the windows starts counting from this moment.
        """
        start, _ = next(self._intervals_from(self.to_local(dt), include_end=False))
        return start

    def add_working_time(self, start: datetime, duration: timedelta) -> datetime:
        """Return the moment ``duration`` of working time after ``start``.

        A result exactly on a window's end stays there (16:00 + 1 h = 17:00). A zero
        duration gives the first working moment at or after ``start``.

        Raises:
            CalendarError: ``duration`` is negative or ``start`` is naive.
        """
        if duration < _ZERO:
            raise CalendarError(f"Cannot add a negative working time ({duration}).")
        remaining = duration
        for begin, end in self._intervals_from(self.to_local(start), include_end=True):
            if remaining <= end - begin:
                return begin + remaining
            remaining -= end - begin
        raise AssertionError("unreachable: the interval iterator never ends normally")

    def working_time_between(self, a: datetime, b: datetime) -> timedelta:
        """Return the working time from ``a`` to ``b``; zero when ``b`` is not after ``a``."""
        local_a, local_b = self.to_local(a), self.to_local(b)
        total = _ZERO
        if local_b <= local_a:
            return total
        for begin, end in self._intervals_from(local_a, include_end=False):
            if begin >= local_b:
                break
            total += min(end, local_b) - begin
        return total

    # --- due moments ------------------------------------------------------------------

    def due_at(self, received_at: datetime, limit: TimeLimit) -> datetime:
        """Return the due moment of a dossier received at ``received_at``.

        * HOURS: that much working time after reception (counted from the next window
          when received outside one).
        * WORKING_DAYS: "received in the morning, returned in the morning": the same
          time of day on the N-th following working day, counted from the first working
          moment at or after reception. A fractional part adds that share of a working
          day in working hours. For whole N this equals N × 8 working hours.
        * HALF_DAYS: N × half a working day (4 hours) of working time; a result landing
          exactly on a window's end moves to the next window's start, so a dossier
          received at 08:00 is due at 13:00 (morning → afternoon) and one received at
          13:00 at 08:00 the next working day (afternoon → next morning).
        * CALENDAR_DAYS: the reception date plus N days, moved to the next working day
          if that is a day off; the time of day is the reception's, clamped into that
          day's working hours (see :meth:`_clamp_into_day`). Never earlier than the
          first working moment after reception.
        * SAME_DAY: received on a working day no later than the cut-off (15:00) and
          before closing → the end of that day's last window (17:00); otherwise the end
          of the next working day's last window.

        Raises:
            CalendarError: ``received_at`` is naive.
        """
        received = self.to_local(received_at)
        amount = limit.as_decimal
        if limit.unit is LimitUnit.HOURS:
            return self.add_working_time(received, _scale(timedelta(hours=1), amount))
        if limit.unit is LimitUnit.WORKING_DAYS:
            return self._due_in_working_days(received, amount)
        if limit.unit is LimitUnit.HALF_DAYS:
            return self._due_in_half_days(received, amount)
        if limit.unit is LimitUnit.CALENDAR_DAYS:
            return self._due_in_calendar_days(received, int(amount))
        return self._due_same_day(received)

    def _due_in_working_days(self, received: datetime, amount: Decimal) -> datetime:
        start = self.next_working_moment(received)
        whole = math.floor(amount)
        day = self.add_working_days(start.date(), whole)
        base = datetime.combine(day, start.time(), self.tz)
        return self.add_working_time(base, _scale(self.working_day_length, amount - whole))

    def _due_in_half_days(self, received: datetime, amount: Decimal) -> datetime:
        due = self.add_working_time(received, _scale(self.working_day_length / 2, amount))
        if amount > 0 and not self.is_within_window(due):
            return self.next_working_moment(due)
        return due

    def _due_in_calendar_days(self, received: datetime, days: int) -> datetime:
        day = self.next_working_day(received.date() + timedelta(days=days))
        candidate = self._clamp_into_day(day, received.time())
        return max(candidate, self.next_working_moment(received))

    def _clamp_into_day(self, day: date, clock: time) -> datetime:
        """Return ``clock`` on working day ``day``, moved into the working hours.

        Before opening → the first window's start; in a break or after closing → the end
        of the last window that ended before ``clock``.
        """
        moment = datetime.combine(day, clock, self.tz)
        intervals = self._day_intervals(day)
        if moment <= intervals[0][0]:
            return intervals[0][0]
        return max(min(moment, end) for start, end in intervals if start <= moment)

    def _due_same_day(self, received: datetime) -> datetime:
        day = received.date()
        intervals = self._day_intervals(day)
        if intervals and received.time() <= self.same_day_cutoff and received < intervals[-1][1]:
            return intervals[-1][1]
        next_day = self.next_working_day(day + _ONE_DAY)
        return self._day_intervals(next_day)[-1][1]

    # --- changes to a due moment ------------------------------------------------------

    def resume_after_pause(
        self, due_at: datetime, paused_at: datetime, resumed_at: datetime
    ) -> datetime:
        """Return the due moment after a supplement pause.

        The new due moment is the old one plus the working time the clock was stopped.

        Raises:
            CalendarError: ``resumed_at`` is before ``paused_at`` or a datetime is naive.
        """
        if self.to_local(resumed_at) < self.to_local(paused_at):
            raise CalendarError(
                "A pause cannot end before it starts.",
                "Thời điểm tiếp tục xử lý không thể trước thời điểm tạm dừng.",
            )
        paused = self.working_time_between(paused_at, resumed_at)
        if paused == _ZERO:
            return self.to_local(due_at)
        return self.add_working_time(due_at, paused)
