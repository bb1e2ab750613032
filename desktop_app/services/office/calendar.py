"""The office's work calendar: settings (windows, days, cut-off) plus local overrides."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.config import Settings
from desktop_app.services.office.settings import apply_office_settings
from desktop_app.storage.models import CalendarOverride
from motcua_core.domain.work_calendar import WorkCalendar, WorkingWindow


def calendar_from_settings(
    settings: Settings,
    extra_days_off: tuple[date, ...] = (),
    extra_working_days: tuple[date, ...] = (),
) -> WorkCalendar:
    """The calendar the settings describe, with the given local overrides."""
    return WorkCalendar(
        windows=[WorkingWindow(start, end) for start, end in settings.working_windows],
        working_weekdays=frozenset(settings.working_days),
        tz=settings.zone,
        extra_days_off=extra_days_off,
        extra_working_days=extra_working_days,
        same_day_cutoff=settings.same_day_cutoff,
    )


def office_calendar(session: Session, settings: Settings, office_id: uuid.UUID) -> WorkCalendar:
    """The calendar in force at the office, its overrides read from the database.

    Working windows, days and cut-off stored by the administrator (``office_setting``) win
    over the station's settings file.
    """
    settings = apply_office_settings(session, settings, office_id)
    return calendar_from_settings(settings, *_overrides(session, office_id))


def _overrides(session: Session, office_id: uuid.UUID) -> tuple[tuple[date, ...], tuple[date, ...]]:
    """The office's extra days off and extra working days."""
    query = select(CalendarOverride.day, CalendarOverride.is_working_day).where(
        CalendarOverride.office_id == office_id
    )
    rows = session.execute(query).all()
    days_off = tuple(day for day, working in rows if not working)
    working = tuple(day for day, working in rows if working)
    return days_off, working
