"""The stations that use the office database, and the program that last upgraded its schema."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.storage.models.base import Base


class StationSeen(Base):
    """One station (a host in a role): the program it ran and its clock, when last seen."""

    __tablename__ = "station_seen"

    host: Mapped[str] = mapped_column(String(255), primary_key=True)
    role: Mapped[str] = mapped_column(String(20), primary_key=True)
    counter_number: Mapped[int | None] = mapped_column(Integer)
    version: Mapped[str] = mapped_column(String(40))
    last_seen: Mapped[datetime]
    clock_skew_seconds: Mapped[float | None] = mapped_column(Float)


class SchemaWriter(Base):
    """Which program version brought the schema to a revision (the newest row: the last)."""

    __tablename__ = "schema_writer"

    revision: Mapped[str] = mapped_column(String(32), primary_key=True)
    app_version: Mapped[str] = mapped_column(String(40))
    upgraded_at: Mapped[datetime]
