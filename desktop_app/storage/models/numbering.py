"""Per-scope, per-day counters behind dossier and ticket numbers."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Date,
    Integer,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.storage.models.base import Base


class DailyCounter(Base):
    """The last number handed out for a scope on a local day (dossier sequence, ticket numbers).

    Allocation increments this row inside the transaction that uses the number, so concurrent
    stations serialise on the row (PostgreSQL) or the database write lock (SQLite).
    """

    __tablename__ = "daily_counter"

    scope: Mapped[str] = mapped_column(String(120), primary_key=True)
    local_day: Mapped[date] = mapped_column(Date, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)
