"""The change log offices pull: numbered so that commit order matches numbering.

Every writer takes the next number by updating the single ``change_counter`` row inside its
own transaction. The row stays locked until that transaction ends, so a later number can only
be handed out after the earlier one committed (or rolled back and gave its number back): a
reader never sees number N+1 before N, and a cursor "everything up to N" is always safe. Time
stamps play no part in ordering.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from central_server.models import ChangeCounter, ChangeLog, ServerState
from motcua_core.protocol import Change, PullPage


def next_change_seq(session: Session) -> int:
    """Take the next change number; the counter row stays locked until the caller commits."""
    statement = (
        update(ChangeCounter)
        .where(ChangeCounter.id == 1)
        .values(last_seq=ChangeCounter.last_seq + 1)
        .returning(ChangeCounter.last_seq)
    )
    return int(session.execute(statement).scalar_one())


def append_change(
    session: Session,
    *,
    office_id: uuid.UUID | None,
    kind: str,
    entity_id: str,
    operation: str,
    payload: dict[str, Any],
) -> int:
    """Log one change for an office (or every office when ``office_id`` is None)."""
    seq = next_change_seq(session)
    session.add(
        ChangeLog(
            seq=seq,
            office_id=office_id,
            kind=kind,
            entity_id=entity_id,
            operation=operation,
            payload=payload,
        )
    )
    session.flush()
    return seq


def current_epoch(session: Session) -> str:
    return str(session.scalar(select(ServerState.epoch).where(ServerState.id == 1)))


def read_page(session: Session, office_id: uuid.UUID, after: int, limit: int) -> PullPage:
    """The office's changes after ``after``, oldest first, at most ``limit`` of them."""
    rows = session.scalars(
        select(ChangeLog)
        .where(ChangeLog.seq > after)
        .where(or_(ChangeLog.office_id == office_id, ChangeLog.office_id.is_(None)))
        .order_by(ChangeLog.seq)
        .limit(limit + 1)
    ).all()
    page = rows[:limit]
    changes = [
        Change(
            seq=row.seq,
            kind=row.kind,  # type: ignore[arg-type]
            entity_id=row.entity_id,
            operation=row.operation,  # type: ignore[arg-type]
            payload=row.payload,
        )
        for row in page
    ]
    cursor = page[-1].seq if page else after
    return PullPage(
        epoch=current_epoch(session),
        changes=changes,
        next_cursor=cursor,
        has_more=len(rows) > limit,
    )
