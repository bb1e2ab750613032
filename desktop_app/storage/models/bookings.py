"""Bookings: each service area's booking settings and the bookings pulled from the centre."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.storage.models.base import Base, utc_now, uuid_pk
from motcua_core.domain import field_limits as limits

#: What a booking is at the office: as pulled (``booked``, ``cancelled``), then what the
#: citizen did (``checked_in``, ``late`` = came after the grace period, ``no_show``).
BOOKING_STATUSES = ("booked", "cancelled", "checked_in", "late", "no_show")


class BookingSetting(Base):
    """A service area's slots: their length, places per slot, how many days ahead, on/off."""

    __tablename__ = "booking_setting"

    area_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_area.id"), primary_key=True)
    minutes: Mapped[int] = mapped_column(Integer, default=30)
    places: Mapped[int] = mapped_column(Integer, default=2)
    days_ahead: Mapped[int] = mapped_column(Integer, default=14)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)


class Booking(Base):
    """A citizen's booked slot (made on the centre's public page) and its fate here."""

    __tablename__ = "booking"
    __table_args__ = (
        CheckConstraint(
            "status IN ('booked', 'cancelled', 'checked_in', 'late', 'no_show')",
            name="status_known",
        ),
        Index("ix_booking_office_start", "office_id", "start"),
        Index("ix_booking_id_number", "id_number"),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    code: Mapped[str] = mapped_column(String(20), unique=True)
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"))
    area_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_area.id"))
    start: Mapped[datetime]
    minutes: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(limits.FULL_NAME))
    phone: Mapped[str] = mapped_column(String(limits.PHONE))
    procedure_code: Mapped[str | None] = mapped_column(String(limits.PROCEDURE_CODE))
    id_number: Mapped[str | None] = mapped_column(String(limits.ID_NUMBER))
    status: Mapped[str] = mapped_column(String(20), default="booked")
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("queue_ticket.id"))
    checked_in_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
