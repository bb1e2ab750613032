"""The slots an office offers in a service area, as the centre computes them.

The office pushes its working windows and weekdays with each area's booking settings
(``booking_config``) and its own extra days off / working days (``office_calendar_day``); the
centre adds the overrides it sets itself (``central-server calendar``, which win over the
office's own) and Vietnam's public holidays, and cuts each working day into the area's slots
(``motcua_core.domain.booking_slots``). A working day is offered from today (local time of
the office) to ``days_ahead`` days later; a slot already started is not offered.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from central_server.booking_models import BookingSetting, BookingSlot, OfficeCalendarDay
from central_server.models import CentralCalendarOverride, CentralOffice
from motcua_core.domain.booking_slots import bookable_days, day_slots, slots_not_started
from motcua_core.domain.errors import CalendarError
from motcua_core.domain.work_calendar import WorkCalendar, WorkingWindow, vietnam_tz


@dataclass(frozen=True)
class FreeSlot:
    """A slot's start (local time of the office) and the places still free in it."""

    start: datetime
    free: int


def enabled_setting(session: Session, office: CentralOffice, area: str) -> BookingSetting | None:
    """The area's booking settings, or None when the office offers no booking there."""
    setting = session.scalars(
        select(BookingSetting).where(
            BookingSetting.office_id == office.id, BookingSetting.area_code == area
        )
    ).first()
    return setting if setting is not None and setting.enabled else None


def office_calendar(session: Session, setting: BookingSetting) -> WorkCalendar | None:
    """The office's working calendar for the area (None when its settings contradict)."""
    days: dict[date, bool] = {}
    own = select(OfficeCalendarDay).where(
        OfficeCalendarDay.office_id == setting.office_id, OfficeCalendarDay.removed.is_(False)
    )
    days.update({row.day: row.is_working_day for row in session.scalars(own)})
    central = select(CentralCalendarOverride).where(
        CentralCalendarOverride.office_id == setting.office_id
    )
    days.update({row.day: row.is_working_day for row in session.scalars(central)})
    try:
        return WorkCalendar(
            windows=[WorkingWindow(_clock(w["start"]), _clock(w["end"])) for w in setting.windows],
            working_weekdays=frozenset(setting.working_days),
            extra_days_off=[day for day, working in days.items() if not working],
            extra_working_days=[day for day, working in days.items() if working],
        )
    except CalendarError:
        return None


def slot_starts(
    session: Session, setting: BookingSetting, day: date, now: datetime
) -> list[datetime]:
    """The starts of the area's slots on ``day`` still open to booking (none outside the
    booking window, none already begun)."""
    calendar = office_calendar(session, setting)
    if calendar is None or day not in _window(calendar, setting, now):
        return []
    return slots_not_started(_starts(calendar, setting, day), now)


def open_days(session: Session, setting: BookingSetting, now: datetime) -> list[date]:
    """The working days of the booking window with at least one slot not yet begun."""
    calendar = office_calendar(session, setting)
    if calendar is None:
        return []
    days = _window(calendar, setting, now)
    return [day for day in days if slots_not_started(_starts(calendar, setting, day), now)]


def _window(calendar: WorkCalendar, setting: BookingSetting, now: datetime) -> list[date]:
    return bookable_days(calendar, calendar.to_local(now).date(), setting.days_ahead)


def _starts(calendar: WorkCalendar, setting: BookingSetting, day: date) -> list[datetime]:
    try:
        return day_slots(
            calendar,
            day,
            setting.minutes,
            opens=_clock(setting.area_opens_at) if setting.area_opens_at else None,
            closes=_clock(setting.area_closes_at) if setting.area_closes_at else None,
        )
    except CalendarError:  # the area's hours contradict: no slot rather than an error
        return []


def free_slots(
    session: Session, setting: BookingSetting, day: date, now: datetime
) -> list[FreeSlot]:
    """Each open slot of ``day`` with its free places (a full slot shows 0)."""
    starts = slot_starts(session, setting, day, now)
    taken = _taken(session, setting.office_id, setting.area_code, starts)
    return [FreeSlot(start, max(0, setting.places - taken.get(_key(start), 0))) for start in starts]


def _taken(
    session: Session, office_id: uuid.UUID, area: str, starts: list[datetime]
) -> dict[datetime, int]:
    if not starts:
        return {}
    rows = session.execute(
        select(BookingSlot.start, BookingSlot.taken).where(
            BookingSlot.office_id == office_id,
            BookingSlot.area_code == area,
            BookingSlot.start.in_(starts),
        )
    )
    return {_key(start): taken for start, taken in rows}


def _key(moment: datetime) -> datetime:
    return moment.astimezone(vietnam_tz())


def _clock(text: str) -> time:
    return time.fromisoformat(text)
