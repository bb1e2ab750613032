"""The public booking API: free slots of an office's area, book a slot, cancel a booking.

Booking and cancelling open their session inside the route's own thread (not the ``SessionDep``
dependency): a dependency's clean-up waits for a free thread of the pool, and under a burst
every thread can be waiting for a connection that only such a clean-up would give back.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel
from sqlalchemy import select

from central_server.api import session_factory
from central_server.booking_calendar import enabled_setting, free_slots
from central_server.booking_limits import TooManyBookings, count_address, count_phone
from central_server.booking_models import Booking
from central_server.bookings import (
    CANCEL_PATH,
    MAX_UNIT_CODE,
    BookingAnswer,
    BookingInput,
    BookingRefused,
    booking_qr,
    cancel_booking,
    make_booking,
)
from central_server.db import session_scope
from central_server.error_responses import BODY, errors
from central_server.models import CentralOffice, utc_now
from motcua_core.domain import field_limits as limits
from motcua_core.domain.errors import InvalidIdentifier
from motcua_core.domain.identifiers import normalise_phone
from motcua_core.domain.work_calendar import vietnam_tz
from motcua_core.payloads import Day

router = APIRouter(prefix="/api/v1/public", tags=["public"])
TOO_MANY = "too many booking requests, try again later"
NOT_FOUND = "no booking with that code and phone"


class FreeSlotOut(BaseModel):
    """A slot's start (office's local time, ISO 8601) and the places still free."""

    start: datetime
    free: int


class CancelAnswer(BaseModel):
    code: str
    status: str


@router.get(
    "/offices/{unit_code}/slots", response_model=list[FreeSlotOut], responses=errors(404, 503)
)
def slots(
    unit_code: Annotated[str, Path(max_length=MAX_UNIT_CODE)],
    area: Annotated[str, Query(min_length=1, max_length=20)],
    day: Annotated[Day, Query(description="YYYY-MM-DD, the office's local day")],
    request: Request,
) -> list[FreeSlotOut]:
    """The area's slots on ``day`` with their free places; none outside the booking window."""
    with session_scope(session_factory(request)) as session:
        query = select(CentralOffice).where(CentralOffice.unit_code == unit_code)
        office = session.scalars(query).first()
        setting = enabled_setting(session, office, area) if office is not None else None
        if setting is None:
            raise HTTPException(404, "no office taking bookings in that area")
        free = free_slots(session, setting, day, utc_now())
    return [FreeSlotOut(start=s.start, free=s.free) for s in free]


@router.post(
    "/bookings",
    status_code=201,
    response_model=BookingAnswer,
    responses=errors(404, 409, 429, 503, *BODY),
)
def book(data: BookingInput, request: Request) -> BookingAnswer:
    """Book a slot: the code and its QR code (a PNG ``data:`` URI), and where to cancel.

    409 when the slot is full; 429 past the requests per hour of the client address or the
    phone; 422 (FastAPI's list of errors) for a value out of its form, a phone that is not
    Vietnamese, an ID that is no CCCD/CMND, an unknown procedure or a start that is not a slot."""
    try:
        count_limits(request, data.phone)
        with session_scope(session_factory(request)) as session:
            return answer_of(make_booking(session, data, utc_now()), data.office)
    except TooManyBookings as exc:
        raise HTTPException(429, TOO_MANY, {"Retry-After": str(exc.retry_after)}) from None
    except BookingRefused as exc:
        raise _refusal(exc) from None


def count_limits(request: Request, phone: str) -> None:
    """Count the request against its client address and (when well-formed) its phone."""
    count_address(request)
    try:
        national = normalise_phone(phone[: limits.PHONE])
    except InvalidIdentifier:
        return
    count_phone(request, national)


def answer_of(booking: Booking, unit_code: str) -> BookingAnswer:
    """What a booking made is answered with (the API and the page)."""
    return BookingAnswer(
        code=booking.code,
        qr=booking_qr(booking.code),
        cancel=f"{CANCEL_PATH}?code={booking.code}",
        office=unit_code,
        area=booking.area_code,
        start=booking.start.astimezone(vietnam_tz()),
        minutes=booking.minutes,
    )


def _refusal(exc: BookingRefused) -> Exception:
    if exc.status == 422:
        error = {"type": "value_error", "loc": ("body", exc.field), "msg": exc.detail}
        return RequestValidationError([error])
    return HTTPException(exc.status, exc.detail)


@router.delete("/bookings/{code}", response_model=CancelAnswer, responses=errors(404, 429, 503))
def cancel(
    code: Annotated[str, Path(max_length=40)],
    phone: Annotated[str, Query(min_length=1, max_length=limits.PHONE)],
    request: Request,
) -> CancelAnswer:
    """Cancel a booking; a wrong phone is answered like an unknown code (404)."""
    try:
        count_address(request)
    except TooManyBookings as exc:
        raise HTTPException(429, TOO_MANY, {"Retry-After": str(exc.retry_after)}) from None
    with session_scope(session_factory(request)) as session:
        booking = cancel_booking(session, code, phone, utc_now())
        if booking is None:
            raise HTTPException(404, NOT_FOUND)
        return CancelAnswer(code=booking.code, status=booking.status)
