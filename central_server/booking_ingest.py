"""Booking ops offices push: area settings, the office's own calendar days, visits.

Each op's id is named (``booking_config_id``, ``office_calendar_day_id``; a visit travels under
its booking's id), so an office holds one row per thing and the newest op (by the office's
``seq``) wins; an older op arriving later is applied without changing anything. An id that
is not this office's, or a visit to another office's booking, is rejected.

``context`` is the batch's ``projections.BatchContext`` (which registers these handlers).
"""

from __future__ import annotations

from typing import Any

from central_server.booking_models import Booking, BookingSetting, OfficeCalendarDay
from motcua_core.booking_payloads import (
    BookingConfigPayload,
    BookingVisitPayload,
    OfficeCalendarDayPayload,
    booking_config_id,
    office_calendar_day_id,
)
from motcua_core.protocol import PushOp

Outcome = tuple[str, str | None]
KEPT_NEWER = "older than the state held centrally: kept the newer"


def apply_booking_config(context: Any, op: PushOp, data: BookingConfigPayload) -> Outcome:
    """Store an area's booking settings with the office's windows and weekdays."""
    if data.id != booking_config_id(context.office.unit_code, data.area_code):
        return "rejected", "the settings id is not this office's id for the area"
    row = _own_row(context, BookingSetting, data.id)
    if op.seq < row.last_office_seq:
        return "applied", KEPT_NEWER
    row.area_code, row.area_name = data.area_code, data.area_name
    row.minutes, row.places, row.days_ahead = data.minutes, data.places, data.days_ahead
    row.enabled = data.enabled
    row.windows = [window.model_dump() for window in data.windows]
    row.working_days = sorted(set(data.working_days))
    row.area_opens_at, row.area_closes_at = data.area_opens_at, data.area_closes_at
    row.last_office_seq, row.updated_at = op.seq, data.updated_at
    return "applied", None


def apply_calendar_day(context: Any, op: PushOp, data: OfficeCalendarDayPayload) -> Outcome:
    """Store (or withdraw) the office's own extra day off or working day."""
    if data.id != office_calendar_day_id(context.office.unit_code, data.day.isoformat()):
        return "rejected", "the day's id is not this office's id for the day"
    row = _own_row(context, OfficeCalendarDay, data.id)
    if op.seq < row.last_office_seq:
        return "applied", KEPT_NEWER
    row.day, row.is_working_day, row.removed = data.day, data.is_working_day, data.removed
    row.last_office_seq, row.updated_at = op.seq, data.updated_at
    return "applied", None


def apply_booking_visit(context: Any, op: PushOp, data: BookingVisitPayload) -> Outcome:
    """Record what became of a booking at its office (checked in, late, no-show)."""
    booking = context.get(Booking, data.id)
    if booking is None or booking.code != data.code:
        return "rejected", "no booking with that id and code"
    if booking.office_id != context.office.id:
        return "rejected", "the booking belongs to another office"
    if op.seq < booking.visit_office_seq:
        return "applied", KEPT_NEWER
    booking.visit_state, booking.visit_at = data.state, data.at
    booking.visit_ticket_id, booking.visit_office_seq = data.ticket_id, op.seq
    return "applied", None


def _own_row(context: Any, model: type, key: Any) -> Any:
    """The office's row ``key`` of ``model``, new if there is none yet."""
    row = context.get(model, key)
    if row is None:
        row = context.new(model, id=key, office_id=context.office.id, last_office_seq=0)
    return row


HANDLERS = {
    "booking_config": apply_booking_config,
    "office_calendar_day": apply_calendar_day,
    "booking_visit": apply_booking_visit,
}
MODELS = {
    "booking_config": BookingSetting,
    "office_calendar_day": OfficeCalendarDay,
    "booking_visit": Booking,
}
