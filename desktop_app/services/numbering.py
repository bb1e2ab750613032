"""Allocation of human numbers (dossier sequences, ticket numbers) per scope and local day.

The number is taken inside the caller's transaction by an upsert on ``daily_counter``, so two
stations can never receive the same number: PostgreSQL serialises on the row, SQLite on its
write lock. A rolled-back transaction gives its number back.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from desktop_app.storage.models import DailyCounter


def allocate_number(session: Session, scope: str, local_day: date) -> int:
    """The next number of ``scope`` on ``local_day``, starting at 1 each day."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    table = DailyCounter.__table__
    statement = (
        insert(table)
        .values(scope=scope, local_day=local_day, last_value=1)
        .on_conflict_do_update(
            index_elements=[table.c.scope, table.c.local_day],
            set_={"last_value": table.c.last_value + 1},
        )
        .returning(table.c.last_value)
    )
    return int(session.execute(statement).scalar_one())
