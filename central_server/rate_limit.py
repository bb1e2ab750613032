"""Attempts per client address and minute, counted in the central database.

A fixed one-minute window per address: one row (address, minute number) whose count each
attempt raises with a single atomic upsert (``INSERT … ON CONFLICT DO UPDATE … RETURNING``, on
PostgreSQL and SQLite alike), committed in its own short transaction before the attempt is
answered. Every worker of a multi-worker server (and every server on the same database) thus
shares one count, and a refused or failed lookup still counts. The first attempt of a window
also deletes the rows of earlier windows, so the table holds about one minute of addresses.
"""

from __future__ import annotations

import logging
import math
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from central_server.db import session_scope
from central_server.models import LookupAttempt

log = logging.getLogger("central_server.rate_limit")
WINDOW_SECONDS = 60
#: Public lookups one client address may make in a minute (``serve --lookups-per-minute``).
DEFAULT_LOOKUPS_PER_MINUTE = 30
#: Longest address kept (an IPv6 address with a zone fits).
MAX_ADDRESS = 64


def now_seconds() -> float:
    """The clock of the windows (a function so that tests can hold it still)."""
    return time.time()


@dataclass(frozen=True)
class Verdict:
    """Whether an attempt may go on; if not, how many seconds until the next window."""

    allowed: bool
    retry_after: int


def count_attempt(
    factory: sessionmaker[Session],
    address: str,
    limit: int,
    *,
    table: Any = LookupAttempt,
    window_seconds: int = WINDOW_SECONDS,
) -> Verdict:
    """Count one attempt of ``address`` in the current window and judge it against ``limit``.

    ``table`` has the columns of ``LookupAttempt`` and one window length (bookings count per
    hour in their own table, ``booking_limits``)."""
    moment = now_seconds()
    window = int(moment // window_seconds)
    with session_scope(factory) as session:
        attempts = _raise_count(session, table, address[:MAX_ADDRESS], window)
    if attempts == 1:
        _forget_before(factory, table, window)
    if attempts <= limit:
        return Verdict(True, 0)
    left = (window + 1) * window_seconds - moment
    return Verdict(False, max(1, math.ceil(left)))


def _raise_count(session: Session, table: Any, address: str, window: int) -> int:
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = (
        insert(table)
        .values(address=address, window_start=window, attempts=1)
        .on_conflict_do_update(
            index_elements=[table.address, table.window_start],
            set_={"attempts": table.attempts + 1},
        )
        .returning(table.attempts)
    )
    return int(session.execute(statement).scalar_one())


def _forget_before(factory: sessionmaker[Session], table: Any, window: int) -> None:
    """Delete earlier windows; best effort (the next window's first attempt tries again)."""
    try:
        with session_scope(factory) as session:
            session.execute(delete(table).where(table.window_start < window))
    except DBAPIError as exc:
        log.warning("old lookup counts not cleaned up: %s", type(exc).__name__)
