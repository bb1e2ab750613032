"""The stations that use the office database: each records itself when it starts.

``doctor --office`` lists those seen in the last ``SEEN_WINDOW``, so that district IT sees a
station left on an old program version or with a wrong clock. The clock skew is the station's
clock minus the database server's (PostgreSQL ``now()``); an embedded SQLite database has no
clock of its own, so the skew is then unknown (``None``).
"""

from __future__ import annotations

import socket
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop_app.config import Settings
from desktop_app.storage.models import StationSeen

SEEN_WINDOW = timedelta(days=30)


def this_host() -> str:
    return socket.gethostname()[:255] or "unknown"


def database_clock(session: Session) -> datetime | None:
    """The database server's time; None on SQLite, which has no server."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    return session.execute(text("SELECT now()")).scalar_one()


def clock_skew(station_now: datetime, database_now: datetime | None) -> float | None:
    if database_now is None:
        return None
    return round((station_now - database_now).total_seconds(), 1)


def record_station(session: Session, settings: Settings, version: str, now: datetime) -> None:
    """This station (host, role) seen now, running ``version``."""
    key = (this_host(), settings.role)
    row = session.get(StationSeen, key) or StationSeen(host=key[0], role=key[1])
    row.counter_number = settings.counter_number
    row.version = version
    row.last_seen = now
    row.clock_skew_seconds = clock_skew(now, database_clock(session))
    session.add(row)


def stations_seen(session: Session, now: datetime) -> list[dict[str, Any]]:
    """Every station seen in the last ``SEEN_WINDOW``, by role, counter and host."""
    query = select(StationSeen).where(StationSeen.last_seen >= now - SEEN_WINDOW)
    rows = session.scalars(query).all()
    return [_row(row) for row in sorted(rows, key=_order)]


def _order(row: StationSeen) -> tuple[str, int, str]:
    return (row.role, row.counter_number or 0, row.host)


def _row(row: StationSeen) -> dict[str, Any]:
    return {
        "role": row.role,
        "counter": row.counter_number,
        "host": row.host,
        "version": row.version,
        "last_seen": row.last_seen.isoformat(timespec="seconds"),
        "clock_skew_seconds": row.clock_skew_seconds,
    }
