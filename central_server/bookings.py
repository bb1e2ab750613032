"""Bookings made and cancelled on the public page, and what the office pulls of them.

A booking takes a place in its slot with one statement that raises the slot's count only while
it is below the area's places (``booking_slot``): on PostgreSQL concurrent requests for one
slot queue on that row and each re-reads the count, on SQLite the write transaction is taken
first; either way exactly the capacity is booked and the rest are refused (``SlotFull``). The
place, the booking and its ``booking`` change for the office are one transaction; cancelling
gives the place back. A wrong phone and an unknown code give the same answer (not found).
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Annotated

import segno
from pydantic import BaseModel, ConfigDict
from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from central_server.booking_calendar import enabled_setting, slot_starts
from central_server.booking_models import Booking, BookingSetting, BookingSlot
from central_server.changes import append_change
from central_server.models import CatalogueProcedure, CentralOffice
from motcua_core.booking_payloads import BookingPayload
from motcua_core.domain import field_limits as limits
from motcua_core.domain.booking_code import new_booking_code, parse_booking_code
from motcua_core.domain.errors import InvalidIdentifier
from motcua_core.domain.identifiers import normalise_phone, validate_cccd, validate_cmnd
from motcua_core.domain.work_calendar import vietnam_tz
from motcua_core.payloads import Moment, Text

#: Where a citizen cancels: the page asks for the booking's phone.
CANCEL_PATH = "/dat-hen/huy"
MAX_UNIT_CODE = 40


class BookingInput(BaseModel):
    """What a citizen sends to book (``POST /api/v1/public/bookings`` and the page's form)."""

    model_config = ConfigDict(extra="forbid")

    office: Annotated[str, Text(MAX_UNIT_CODE, min_length=1)]
    area: Annotated[str, Text(20, min_length=1)]
    start: Moment
    name: Annotated[str, Text(limits.FULL_NAME, min_length=1)]
    phone: Annotated[str, Text(limits.PHONE, min_length=1)]
    procedure: Annotated[str, Text(limits.PROCEDURE_CODE)] | None = None
    id_number: Annotated[str, Text(limits.ID_NUMBER)] | None = None


class BookingAnswer(BaseModel):
    """The answer to a booking: its code, the QR code of the code, where to cancel."""

    code: str
    qr: str
    cancel: str
    office: str
    area: str
    start: datetime
    minutes: int


@dataclass
class BookingRefused(Exception):
    """The booking cannot be made: ``status`` 404 (no such office or area), 409 (slot full)
    or 422 (``field`` is wrong); ``detail`` in English for the API, ``message`` for the page."""

    status: int
    detail: str
    message: str
    field: str = ""


def booking_qr(code: str) -> str:
    """A ``data:`` URI of a PNG QR code holding exactly ``code``."""
    return str(segno.make(code, micro=False, error="m").png_data_uri(scale=8, border=4))


def make_booking(session: Session, data: BookingInput, now: datetime) -> Booking:
    """Book ``data``'s slot for the citizen (raises ``BookingRefused``)."""
    office = session.scalars(select(CentralOffice).where(CentralOffice.unit_code == data.office))
    found = office.first()
    setting = enabled_setting(session, found, data.area) if found is not None else None
    if found is None or setting is None:
        raise BookingRefused(404, "no office taking bookings in that area", NO_AREA)
    booking = _checked_booking(session, setting, data)
    day = data.start.astimezone(vietnam_tz()).date()
    if data.start not in slot_starts(session, setting, day, now):
        raise BookingRefused(422, "not a slot the office offers", NO_SLOT, "start")
    if not _take_place(session, setting, data.start):
        raise BookingRefused(409, "the slot is full", FULL)
    booking.code = _fresh_code(session)
    session.add(booking)
    session.flush()
    _log_change(session, booking)
    return booking


NO_AREA = "Đơn vị không nhận đặt hẹn ở quầy này."
NO_SLOT = "Giờ hẹn này không có trong lịch của đơn vị (hoặc đã qua)."
FULL = "Khung giờ này đã hết chỗ. Vui lòng chọn khung giờ khác."


def _checked_booking(session: Session, setting: BookingSetting, data: BookingInput) -> Booking:
    """The booking ``data`` describes, its values checked and normalised."""
    name = " ".join(data.name.split())
    if not name:
        raise BookingRefused(422, "a name is required", "Vui lòng nhập họ tên.", "name")
    try:
        phone = normalise_phone(data.phone)
    except InvalidIdentifier:
        message = "Số điện thoại không hợp lệ (di động 10 số, cố định 11 số)."
        raise BookingRefused(422, "not a Vietnamese phone number", message, "phone") from None
    return Booking(
        office_id=setting.office_id,
        area_code=setting.area_code,
        start=data.start,
        minutes=setting.minutes,
        name=name,
        phone=phone,
        procedure_code=_procedure(session, data.procedure),
        id_number=_id_number(data.id_number),
        status="booked",
        visit_office_seq=0,
    )


def _procedure(session: Session, code: str | None) -> str | None:
    wanted = (code or "").strip()
    if not wanted:
        return None
    if session.get(CatalogueProcedure, wanted) is None:
        message = "Không có thủ tục với mã này."
        raise BookingRefused(422, "no procedure with that code", message, "procedure")
    return wanted


def _id_number(text: str | None) -> str | None:
    number = "".join((text or "").split())
    if not number:
        return None
    for validate in (validate_cccd, validate_cmnd):
        try:
            return validate(number)
        except InvalidIdentifier:
            continue
    message = "Số CCCD/CMND không hợp lệ (CCCD 12 số, CMND 9 số)."
    raise BookingRefused(422, "not a CCCD or CMND number", message, "id_number")


def _take_place(session: Session, setting: BookingSetting, start: datetime) -> bool:
    """Take one place in the slot if one is free (one atomic update of its count)."""
    key = {"office_id": setting.office_id, "area_code": setting.area_code, "start": start}
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    session.execute(insert(BookingSlot).values(**key, taken=0).on_conflict_do_nothing())
    raised = session.execute(
        update(BookingSlot)
        .where(*(getattr(BookingSlot, name) == value for name, value in key.items()))
        .where(BookingSlot.taken < setting.places)
        .values(taken=BookingSlot.taken + 1)
        .execution_options(synchronize_session=False)
    )
    return bool(raised.rowcount == 1)  # type: ignore[attr-defined]


def _fresh_code(session: Session) -> str:
    """A booking code no booking holds yet."""
    while True:
        code = new_booking_code()
        if session.scalar(select(Booking.id).where(Booking.code == code)) is None:
            return code


def cancel_booking(session: Session, code: str, phone: str, now: datetime) -> Booking | None:
    """Cancel the booking ``code`` if ``phone`` is its phone; None when either is wrong."""
    wanted = parse_booking_code(code[:40])
    booking = (
        session.scalars(select(Booking).where(Booking.code == wanted).with_for_update()).first()
        if wanted
        else None
    )
    if booking is None or not _same_phone(booking.phone, phone):
        return None
    if booking.status == "booked":
        booking.status, booking.cancelled_at = "cancelled", now
        session.execute(
            update(BookingSlot)
            .where(
                BookingSlot.office_id == booking.office_id,
                BookingSlot.area_code == booking.area_code,
                BookingSlot.start == booking.start,
                BookingSlot.taken > 0,
            )
            .values(taken=BookingSlot.taken - 1)
            .execution_options(synchronize_session=False)
        )
        session.flush()
        _log_change(session, booking)
    return booking


def _same_phone(held: str, given: str) -> bool:
    try:
        phone = normalise_phone(given[: limits.PHONE * 2])
    except InvalidIdentifier:
        return False
    return hmac.compare_digest(held.encode(), phone.encode())


def _log_change(session: Session, booking: Booking) -> None:
    """The ``booking`` change the office pulls."""
    payload = BookingPayload(
        id=booking.id,
        code=booking.code,
        area_code=booking.area_code,
        start=booking.start,
        minutes=booking.minutes,
        name=booking.name,
        phone=booking.phone,
        procedure_code=booking.procedure_code,
        id_number=booking.id_number,
        status=booking.status,  # type: ignore[arg-type]
        created_at=booking.created_at,
    )
    append_change(
        session,
        office_id=booking.office_id,
        kind="booking",
        entity_id=str(booking.id),
        operation="upsert",
        payload=payload.model_dump(mode="json"),
    )


def day_bookings(session: Session, office: CentralOffice, day: date) -> list[Booking]:
    """The office's bookings of a local day, by start then code."""
    start = datetime.combine(day, datetime.min.time(), vietnam_tz())
    return list(
        session.scalars(
            select(Booking)
            .where(
                Booking.office_id == office.id,
                Booking.start >= start,
                Booking.start < start + timedelta(days=1),
            )
            .order_by(Booking.start, Booking.code)
        )
    )
