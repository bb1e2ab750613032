"""The areas' booking streaks (``service_area.booking_streak``) as ``call_next`` reads and keeps
them; the rule that uses them is ``motcua_core.domain.booking_order``.

A streak is shared by every counter serving the area, so two counters calling at once must not
both let a booking overtake the same walk-in on one stale count. On PostgreSQL the office's
board row (``queue_board``, which every queue change raises before it commits) is locked
first, before the streaks are read or written: calls that involve a booking, or that change a
streak, take their turn on it, and the streak they read is the last committed one. The board
comes first because a call that closes the counter's current ticket has raised (so locked) it
already; locking the area row first would deadlock with such a call. Calls without a booked
ticket waiting and without a streak to change lock nothing more than before.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop_app.storage.models import QueueBoard, ServiceArea
from motcua_core.domain.queue_order import Candidate


def any_booked(candidates: Iterable[Candidate]) -> bool:
    """Some waiting ticket comes from a booking."""
    return any(c.booking_start is not None for c in candidates)


def _lock_board(session: Session, office_id: uuid.UUID) -> None:
    """Hold the office's board row until commit (PostgreSQL; SQLite serialises writers)."""
    if session.get_bind().dialect.name == "postgresql":
        query = select(QueueBoard.change_seq).where(QueueBoard.office_id == office_id)
        session.execute(query.with_for_update())


def read_streaks(
    session: Session, office_id: uuid.UUID, area_ids: Iterable[uuid.UUID], *, lock: bool
) -> dict[uuid.UUID, int]:
    """Area id → its booking streak; with ``lock``, read after taking the board's lock."""
    if lock:
        _lock_board(session, office_id)
    query = select(ServiceArea.id, ServiceArea.booking_streak)
    rows = session.execute(query.where(ServiceArea.id.in_(list(area_ids))))
    return {row.id: row.booking_streak for row in rows}


def keep_streak(
    session: Session,
    office_id: uuid.UUID,
    streaks: Mapping[uuid.UUID, int],
    area_id: uuid.UUID,
    value: int,
) -> None:
    """Store the area's streak after a call, only when it changed (board locked first)."""
    if streaks.get(area_id, 0) == value:
        return
    _lock_board(session, office_id)
    statement = update(ServiceArea).where(ServiceArea.id == area_id)
    session.execute(statement.values(booking_streak=value))
