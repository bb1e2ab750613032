"""Fast bulk inserts for imports of many rows: ``COPY`` on PostgreSQL, ``executemany`` on SQLite.

Values go through each column type's bind processor (UTC moments, UUIDs, JSON), so rows are
stored exactly as the ORM would store them; the statement runs on the session's own connection,
inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session


def bulk_insert(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``table``."""
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    names = list(rows[0])
    processors = [table.c[name].type._cached_bind_processor(dialect) for name in names]
    values = [
        tuple(p(row[n]) if p else row[n] for n, p in zip(names, processors, strict=True))
        for row in rows
    ]
    raw = connection.connection.dbapi_connection
    assert raw is not None
    columns = ", ".join(f'"{n}"' for n in names)
    cursor = raw.cursor()
    try:
        if dialect.name == "postgresql":
            with cursor.copy(f'COPY "{table.name}" ({columns}) FROM STDIN') as copy:
                for row in values:
                    copy.write_row(row)
        else:
            marks = ", ".join("?" for _ in names)
            cursor.executemany(f'INSERT INTO "{table.name}" ({columns}) VALUES ({marks})', values)
    finally:
        cursor.close()
