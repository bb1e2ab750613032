"""The office's change number (``queue_board.change_seq``): raised by every queue change.

Stations poll it (one primary-key read) several times a second and read the full board or
panel only when it moved. Every transaction that changes what a display or a counter panel
shows raises it by one, in the caller's transaction.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from desktop_app.storage.models import QueueBoard, utc_now


def change_seq(session: Session, office_id: uuid.UUID) -> int:
    """The office's change number (0 before the first change)."""
    value = session.scalar(select(QueueBoard.change_seq).where(QueueBoard.office_id == office_id))
    return int(value or 0)


def bump_board(session: Session, office_id: uuid.UUID) -> int:
    """Raise the office's change number by one (creating the board row); returns the new one.

    On PostgreSQL the row lock also orders concurrent changes, so a display that sees number N
    has every change up to N committed.
    """
    statement = _increment_statement(session.get_bind().dialect.name, office_id)
    return int(session.execute(statement).scalar_one())


def _increment_statement(dialect: str, office_id: uuid.UUID) -> Insert:
    """Insert the board row at 1, or add one to its number: one statement, no read first."""
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    table = QueueBoard.__table__
    return (
        insert(table)
        .values(office_id=office_id, change_seq=1, notice="", updated_at=utc_now())
        .on_conflict_do_update(
            index_elements=[table.c.office_id],
            set_={"change_seq": table.c.change_seq + 1, "updated_at": utc_now()},
        )
        .returning(table.c.change_seq)
    )
