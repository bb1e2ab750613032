"""Allocation of human numbers (dossier sequences, ticket numbers) per scope and local day.

The number is taken inside the caller's transaction by an upsert on ``daily_counter``, so two
stations can never receive the same number: PostgreSQL serialises on the row, SQLite on its
write lock. A rolled-back transaction gives its number back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import ReturningInsert

from desktop_app.storage.models import DailyCounter

_Upsert = Callable[..., postgresql.Insert | sqlite.Insert]


def allocate_number(session: Session, scope: str, local_day: date) -> int:
    """The next number of ``scope`` on ``local_day``, starting at 1 each day."""
    statement = _next_value(_upsert_for(session), scope, local_day)
    return int(session.execute(statement).scalar_one())


def _upsert_for(session: Session) -> _Upsert:
    """The INSERT with ON CONFLICT of the session's database (PostgreSQL or SQLite)."""
    dialect = session.get_bind().dialect.name
    return postgresql.insert if dialect == "postgresql" else sqlite.insert


def _next_value(insert: _Upsert, scope: str, local_day: date) -> ReturningInsert[int]:
    """Insert 1, or add 1 to the existing counter of (scope, day); return the value."""
    table = DailyCounter.__table__
    return (
        insert(table)
        .values(scope=scope, local_day=local_day, last_value=1)
        .on_conflict_do_update(
            index_elements=[table.c.scope, table.c.local_day],
            set_={"last_value": table.c.last_value + 1},
        )
        .returning(table.c.last_value)
    )
