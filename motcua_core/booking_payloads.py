"""What travels for bookings (issue: citizens booked, checked in by QR or card).

Office → centre (ops): each service area's booking settings with the office's working windows
and days (:class:`BookingConfigPayload`, entity ``booking_config``), each local calendar
override (:class:`OfficeCalendarDayPayload`, entity ``office_calendar_day``), and what became of
a booking at the office (:class:`BookingVisitPayload`, entity ``booking_visit``). Their ids are
named (``booking_config_id``, ``office_calendar_day_id``; a visit travels under its booking's
id), so the newest op of one thing wins.

Centre → office (pulled change ``booking``, ``entity_id`` = the booking's id): a booking made
or cancelled on the public page (:class:`BookingPayload`). The booking's ``code`` is the text of
its QR code (``motcua_core.domain.booking_code``).
"""

from __future__ import annotations

import uuid
from typing import Annotated, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool

from motcua_core.domain import field_limits as limits
from motcua_core.payloads import Day, Moment, OpPayload, Text

_BOOKING_IDS = uuid.UUID("0b6f2a4e-3c1d-4e8f-9a77-5d2b8c4e1f30")
#: ``HH:MM`` (24-hour, local time of the office).
ClockTime = Annotated[str, Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")]


def booking_config_id(unit_code: str, area_code: str) -> uuid.UUID:
    """The id one service area's booking settings travel under (same for every op)."""
    return uuid.uuid5(_BOOKING_IDS, f"{unit_code}/config/{area_code}")


def office_calendar_day_id(unit_code: str, day: str) -> uuid.UUID:
    """The id an office's local override of one day (ISO ``day``) travels under."""
    return uuid.uuid5(_BOOKING_IDS, f"{unit_code}/day/{day}")


class WindowPayload(BaseModel):
    """One daily working window, local time."""

    model_config = ConfigDict(extra="forbid")

    start: ClockTime
    end: ClockTime


class BookingConfigPayload(OpPayload):
    """A service area's booking settings, with what the centre needs to compute its slots:
    the office's working windows and weekdays (0 = Monday) and the area's own opening hours.
    ``enabled`` false (``--off``) offers no slot."""

    ENTITY: ClassVar[str] = "booking_config"
    OPERATION: ClassVar[str] = "upsert"

    area_code: Annotated[str, Text(20, min_length=1)]
    area_name: Annotated[str, Text(200)]
    minutes: Annotated[int, Field(ge=5, le=240)] = 30
    places: Annotated[int, Field(ge=1, le=1000)] = 2
    days_ahead: Annotated[int, Field(ge=0, le=90)] = 14
    enabled: StrictBool = True
    windows: list[WindowPayload] = Field(min_length=1, max_length=8)
    working_days: list[Annotated[int, Field(ge=0, le=6)]] = Field(max_length=7)
    area_opens_at: ClockTime | None = None
    area_closes_at: ClockTime | None = None
    updated_at: Moment


class OfficeCalendarDayPayload(OpPayload):
    """The office's own override of one day (an extra day off or working day); ``removed``
    true withdraws it."""

    ENTITY: ClassVar[str] = "office_calendar_day"
    OPERATION: ClassVar[str] = "upsert"

    day: Day
    is_working_day: StrictBool
    removed: StrictBool = False
    updated_at: Moment


#: What became of a booking at the office: checked in on time (``checked_in``), came after
#: the grace period and got a walk-in ticket (``late``), never came (``no_show``).
VisitState = Literal["checked_in", "late", "no_show"]


class BookingVisitPayload(OpPayload):
    """A booking's fate at the office; ``id`` is the booking's id."""

    ENTITY: ClassVar[str] = "booking_visit"
    OPERATION: ClassVar[str] = "upsert"

    code: Annotated[str, Text(20, min_length=1)]
    state: VisitState
    at: Moment
    ticket_id: uuid.UUID | None = None


class BookingPayload(BaseModel):
    """A booking as the office pulls it (change ``booking``)."""

    model_config = ConfigDict(extra="allow")

    id: uuid.UUID
    code: Annotated[str, Text(20, min_length=1)]
    area_code: Annotated[str, Text(20, min_length=1)]
    start: Moment
    minutes: Annotated[int, Field(ge=5, le=240)]
    name: Annotated[str, Text(limits.FULL_NAME, min_length=1)]
    phone: Annotated[str, Text(limits.PHONE, min_length=1)]
    procedure_code: Annotated[str, Text(limits.PROCEDURE_CODE)] | None = None
    id_number: Annotated[str, Text(limits.ID_NUMBER)] | None = None
    status: Literal["booked", "cancelled"]
    created_at: Moment
