"""Retention of the tables that grow with every sync: ``central-server prune``.

What an epoch re-send needs decides what is kept. After ``new-epoch`` every office re-pushes all
the ops it holds and re-pulls its changes from cursor 0:

- ``applied_op``: a re-pushed op whose row is gone is applied again, and that changes nothing
  (every projection is keyed by the office's own ids and ignores an upsert older than the state
  it holds), so rows with outcome ``applied`` older than the window go. ``rejected`` and
  ``conflict`` rows stay: they are what an operator looks into, and few.
- ``change_log``: a change of a kind whose every change carries the whole state of its entity
  (``COMPACTED_KINDS``) is deleted once a later change of the same entity for the same office
  exists and it is older than the window. Any cursor has then either seen the old change or
  will see the later one, so a pull from 0 still ends in the same state. Events and online
  dossiers (one change per entity) are never deleted.
- Projections (dossiers, events, tickets, ratings, handovers, attachments) are the records
  themselves, not a log: they grow with dossiers, not with syncs, and are kept.

Applied ops are deleted one office at a time (one transaction each), so no delete holds locks on
the whole table and a cut run leaves nothing half done.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker

from central_server.db import session_scope
from central_server.models import AppliedOp, CentralOffice, ChangeLog, utc_now

#: Change kinds whose later change replaces the whole state of the same entity.
COMPACTED_KINDS = ("procedure", "calendar_override")


@dataclass(frozen=True)
class PruneResult:
    cutoff: datetime
    applied_ops_deleted: int
    changes_deleted: int


def prune_applied_ops(session: Session, office_id: uuid.UUID, cutoff: datetime) -> int:
    """Delete one office's ``applied`` rows applied before ``cutoff``; returns how many."""
    statement = delete(AppliedOp).where(
        AppliedOp.office_id == office_id,
        AppliedOp.outcome == "applied",
        AppliedOp.applied_at < cutoff,
    )
    return int(session.execute(statement).rowcount)  # type: ignore[attr-defined]


def compact_change_log(session: Session, cutoff: datetime) -> int:
    """Delete changes older than ``cutoff`` that a later change of the same entity replaced."""
    compacted = ChangeLog.kind.in_(COMPACTED_KINDS)
    latest = (
        select(func.max(ChangeLog.seq))
        .where(compacted)
        .group_by(ChangeLog.office_id, ChangeLog.kind, ChangeLog.entity_id)
    )
    statement = delete(ChangeLog).where(
        compacted, ChangeLog.at < cutoff, ChangeLog.seq.not_in(latest)
    )
    return int(session.execute(statement).rowcount)  # type: ignore[attr-defined]


def prune(
    factory: sessionmaker[Session], keep_days: int, now: datetime | None = None
) -> PruneResult:
    """Apply the retention rules with a window of ``keep_days`` days."""
    cutoff = (now or utc_now()) - timedelta(days=keep_days)
    with session_scope(factory) as session:
        offices = list(session.scalars(select(CentralOffice.id).order_by(CentralOffice.unit_code)))
    deleted = 0
    for office_id in offices:
        with session_scope(factory) as session:
            deleted += prune_applied_ops(session, office_id, cutoff)
    with session_scope(factory) as session:
        changes = compact_change_log(session, cutoff)
    return PruneResult(cutoff, deleted, changes)
