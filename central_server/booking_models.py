"""Tables of citizens' bookings at the centre (migration 0008).

What offices push so the centre can offer their slots (each service area's booking settings
with the office's windows, the office's own calendar days), the bookings made on the public
page, one counter row per booked slot (``booking_slot.taken``: raised only while below the
area's places, in one statement, so concurrent requests never book past the capacity), and
the booking attempts per phone and per client address (``booking_limits``).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from central_server.models import Base, utc_now

BOOKING_STATUSES = ("booked", "cancelled")


class BookingSetting(Base):
    """One service area's booking settings as its office pushed them (``booking_config``);
    ``id`` is ``booking_config_id(unit code, area code)``, the newest op (by seq) wins."""

    __tablename__ = "booking_setting"
    __table_args__ = (UniqueConstraint("office_id", "area_code"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"), index=True)
    area_code: Mapped[str] = mapped_column(String(20))
    area_name: Mapped[str] = mapped_column(String(200))
    minutes: Mapped[int] = mapped_column(Integer)
    places: Mapped[int] = mapped_column(Integer)
    days_ahead: Mapped[int] = mapped_column(Integer)
    enabled: Mapped[bool] = mapped_column(Boolean)
    #: ``[{"start": "HH:MM", "end": "HH:MM"}, …]`` and weekday numbers (0 = Monday).
    windows: Mapped[list[Any]] = mapped_column(JSON)
    working_days: Mapped[list[Any]] = mapped_column(JSON)
    area_opens_at: Mapped[str | None] = mapped_column(String(5))
    area_closes_at: Mapped[str | None] = mapped_column(String(5))
    last_office_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)


class OfficeCalendarDay(Base):
    """An office's own extra day off or working day (``office_calendar_day``); ``removed``
    rows are kept so that an older op arriving later cannot bring the day back."""

    __tablename__ = "office_calendar_day"
    __table_args__ = (UniqueConstraint("office_id", "day"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"))
    day: Mapped[date] = mapped_column(Date)
    is_working_day: Mapped[bool] = mapped_column(Boolean)
    removed: Mapped[bool] = mapped_column(Boolean, default=False)
    last_office_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)


class Booking(Base):
    """A booking made on the public page; ``visit_state`` is what the office reported."""

    __tablename__ = "booking"
    __table_args__ = (
        CheckConstraint("status IN ('booked', 'cancelled')", name="status_known"),
        CheckConstraint(
            "visit_state IS NULL OR visit_state IN ('checked_in', 'late', 'no_show')",
            name="visit_state_known",
        ),
        Index("ix_booking_office_start", "office_id", "start"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"))
    area_code: Mapped[str] = mapped_column(String(20))
    start: Mapped[datetime]
    minutes: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(20))
    procedure_code: Mapped[str | None] = mapped_column(String(60))
    id_number: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default="booked")
    visit_state: Mapped[str | None] = mapped_column(String(20))
    visit_at: Mapped[datetime | None]
    visit_ticket_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    visit_office_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    cancelled_at: Mapped[datetime | None]


class BookingSlot(Base):
    """Places taken in one slot of one area (bookings not cancelled)."""

    __tablename__ = "booking_slot"
    __table_args__ = (CheckConstraint("taken >= 0", name="taken_not_negative"),)

    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"), primary_key=True)
    area_code: Mapped[str] = mapped_column(String(20), primary_key=True)
    start: Mapped[datetime] = mapped_column(primary_key=True)
    taken: Mapped[int] = mapped_column(Integer, default=0)


class BookingAttempt(Base):
    """Booking attempts of one key (``phone:…`` or ``address:…``) in one hour, shared by
    every worker; ``window_start`` is the hour number since the Unix epoch."""

    __tablename__ = "booking_attempt"

    address: Mapped[str] = mapped_column(String(64), primary_key=True)
    window_start: Mapped[int] = mapped_column(BigInteger, primary_key=True, index=True)
    attempts: Mapped[int] = mapped_column(Integer)
