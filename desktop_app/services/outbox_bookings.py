"""The outbox ops of bookings: area settings, local calendar days, what became of a booking.

Each op is written in the caller's transaction, with the change it reports
(``outbox.record_payload``). The centre computes an area's free slots from its
``booking_config`` (with the office's working windows and days in it) and the office's own
``office_calendar_day`` overrides; a ``booking_visit`` tells it a booking was used or missed.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.outbox import record_payload
from desktop_app.storage.models import Booking, BookingSetting, Office, OutboxOp, ServiceArea
from motcua_core.booking_payloads import (
    BookingConfigPayload,
    BookingVisitPayload,
    OfficeCalendarDayPayload,
    VisitState,
    booking_config_id,
    office_calendar_day_id,
)

#: An office's working ``(windows, weekdays)``: what the centre needs with each area's settings.
WorkingWeek = tuple[Iterable[tuple[time, time]], Iterable[int]]


def clock(value: time | None) -> str | None:
    """``HH:MM`` of a local time (None stays None)."""
    return None if value is None else value.strftime("%H:%M")


def record_booking_config(
    session: Session,
    unit_code: str,
    area: ServiceArea,
    setting: BookingSetting,
    calendar: WorkingWeek,
) -> OutboxOp:
    """An area's booking settings with the office's working ``(windows, weekdays)``."""
    windows, weekdays = calendar
    payload = BookingConfigPayload(
        id=booking_config_id(unit_code, area.code),
        area_code=area.code,
        area_name=area.name,
        minutes=setting.minutes,
        places=setting.places,
        days_ahead=setting.days_ahead,
        enabled=setting.enabled,
        windows=[{"start": clock(start), "end": clock(end)} for start, end in windows],
        working_days=sorted(weekdays),
        area_opens_at=clock(area.opens_at),
        area_closes_at=clock(area.closes_at),
        updated_at=setting.updated_at,
    )
    return record_payload(session, payload)


def record_area_configs(session: Session, office_id: uuid.UUID, calendar: WorkingWeek) -> int:
    """Every area's booking settings again (the working windows or days changed); how many."""
    unit_code = session.get_one(Office, office_id).code
    rows = session.execute(
        select(ServiceArea, BookingSetting)
        .join(BookingSetting, BookingSetting.area_id == ServiceArea.id)
        .where(ServiceArea.office_id == office_id)
        .order_by(ServiceArea.code)
    ).all()
    windows, weekdays = tuple(calendar[0]), tuple(calendar[1])
    for area, setting in rows:
        record_booking_config(session, unit_code, area, setting, (windows, weekdays))
    return len(rows)


def record_office_calendar_day(
    session: Session,
    unit_code: str,
    day: date,
    is_working_day: bool,
    *,
    removed: bool,
    at: datetime,
) -> OutboxOp:
    """The office's own override of ``day`` (``removed``: back to the national calendar)."""
    payload = OfficeCalendarDayPayload(
        id=office_calendar_day_id(unit_code, day.isoformat()),
        day=day,
        is_working_day=is_working_day,
        removed=removed,
        updated_at=at,
    )
    return record_payload(session, payload)


def record_booking_visit(
    session: Session, booking: Booking, state: VisitState, at: datetime
) -> OutboxOp:
    """What became of ``booking`` here (checked in, late, no-show); under the booking's id."""
    payload = BookingVisitPayload(
        id=booking.id, code=booking.code, state=state, at=at, ticket_id=booking.ticket_id
    )
    return record_payload(session, payload)
