"""The change log offices pull: numbered so that commit order matches numbering.

Every writer takes the next number by updating the single ``change_counter`` row inside its
own transaction. The row stays locked until that transaction ends, so a later number can only
be handed out after the earlier one committed (or rolled back and gave its number back): a
reader never sees number N+1 before N, and a cursor "everything up to N" is always safe. Time
stamps play no part in ordering.

A page is read in two index-driven steps: the numbers of the page come from two ranges of
index entries merged in order, the office's own (``ix_change_log_office_seq``) and those for
every office (the partial ``ix_change_log_common_seq``), each an index-only scan reading at most
one page's worth; then those rows by primary key. Other offices' changes are never read, so a
page costs the same however long the log grows.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, select, union_all, update
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


def page_numbers(office_id: uuid.UUID, after: int, limit: int) -> Select[tuple[int]]:
    """The numbers of the office's next ``limit`` changes after ``after`` (index entries only)."""

    def first_after(condition: ColumnElement[bool]) -> Select[tuple[int]]:
        part = select(ChangeLog.seq).where(condition, ChangeLog.seq > after)
        numbers = part.order_by(ChangeLog.seq).limit(limit).subquery()
        return select(numbers.c.seq)

    own = first_after(ChangeLog.office_id == office_id)
    common = first_after(ChangeLog.office_id.is_(None))
    merged = union_all(own, common).subquery()
    return select(merged.c.seq).order_by(merged.c.seq).limit(limit)


def read_page(session: Session, office_id: uuid.UUID, after: int, limit: int) -> PullPage:
    """The office's changes after ``after``, oldest first, at most ``limit`` of them."""
    numbers = session.scalars(page_numbers(office_id, after, limit + 1)).all()
    rows: Sequence[ChangeLog] = []
    if numbers:  # most pulls find nothing new: no second read then
        query = select(ChangeLog).where(ChangeLog.seq.in_(numbers)).order_by(ChangeLog.seq)
        rows = session.scalars(query).all()
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
