"""Finding the booking a citizen checks in with: by its code (the booking QR, or typed) or by
the chip card's QR (the bookings that carry that ID number).

Every refusal is a ``ServiceError`` with a Vietnamese message that names no personal data.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.errors import NotFound, ServiceError
from desktop_app.storage.models import Booking
from motcua_core.domain.booking_code import parse_booking_code
from motcua_core.domain.cccd_qr import CardPayloadError, parse_card_payload
from motcua_core.domain.work_calendar import VIETNAM_TZ_NAME

DEFAULT_TZ = ZoneInfo(VIETNAM_TZ_NAME)
#: What a booking can still be checked in from (a no-show that comes the same day is late).
OPEN_STATUSES = ("booked", "no_show")


def day_bounds(day: date, tz: ZoneInfo = DEFAULT_TZ) -> tuple[datetime, datetime]:
    """The first moment of the local ``day`` and of the next one."""
    start = datetime.combine(day, time(0, 0), tz)
    return start, datetime.combine(day + timedelta(days=1), time(0, 0), tz)


def booking_by_code(session: Session, office_id: uuid.UUID, text: str) -> Booking:
    """The office's booking of the code in ``text`` (locked for the check-in)."""
    code = parse_booking_code(text)
    row = None
    if code is not None:
        row = session.scalars(
            select(Booking)
            .where(Booking.office_id == office_id, Booking.code == code)
            .with_for_update()
        ).one_or_none()
    if row is None:
        raise NotFound("no booking with this code", "Không tìm thấy lịch hẹn với mã này.")
    return row


def booking_by_card(
    session: Session, office_id: uuid.UUID, payload: str, today: date, tz: ZoneInfo = DEFAULT_TZ
) -> Booking:
    """The card holder's next open booking of ``today`` by start; else a later day's (refused
    as another day's), else today's used one (refused as checked in)."""
    id_number = _card_id_number(payload, today)
    rows = session.scalars(
        select(Booking)
        .where(Booking.office_id == office_id, Booking.id_number == id_number)
        .order_by(Booking.start)
        .with_for_update()
    ).all()
    if not rows:
        raise NotFound("no booking for this card", "Không có lịch hẹn nào theo thẻ căn cước này.")
    lower, upper = day_bounds(today, tz)
    open_ones = [row for row in rows if row.status in OPEN_STATUSES and row.start >= lower]
    todays = [row for row in rows if lower <= row.start < upper]
    return ([row for row in open_ones if row.start < upper] or open_ones or todays or rows)[0]


def _card_id_number(payload: str, today: date) -> str:
    try:
        return parse_card_payload(payload, today).id_number
    except CardPayloadError as error:
        raise ServiceError(str(error), error.message_vi) from None


def check_usable(booking: Booking, today: date, tz: ZoneInfo = DEFAULT_TZ) -> None:
    """Refuse a cancelled, already used or another day's booking."""
    if booking.status == "cancelled":
        raise ServiceError("the booking was cancelled", "Lịch hẹn này đã bị hủy.")
    if booking.status not in OPEN_STATUSES:
        raise ServiceError(
            "the booking has already been checked in", "Lịch hẹn này đã được xác nhận, đã có số."
        )
    if booking.start.astimezone(tz).date() != today:
        when = booking.start.astimezone(tz).strftime("%d/%m/%Y")
        raise ServiceError(
            f"the booking is for another day ({when})",
            f"Lịch hẹn này là của ngày {when}, không phải hôm nay.",
        )
