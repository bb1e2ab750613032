"""Claiming due requests, one sender at a time.

A request is due when it is ``queued`` or ``retrying`` and its next attempt has come, or when
a sender claimed it (``sending``) and its claim ran out (that sender died mid-send). A claim
sets ``sending``, the sender's id and ``claimed_until`` with one conditional UPDATE that
repeats the due condition: of two senders racing for a row only one changes it. On PostgreSQL
the candidates are first locked with ``SELECT … FOR UPDATE SKIP LOCKED``, so concurrent senders
take different rows instead of waiting on each other; SQLite writers run one at a time.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, or_, select, update
from sqlalchemy.orm import Session

from central_server.notify.models import NotificationRequest as Request

#: How long a claim holds: longer than any provider's timeouts added up.
LEASE = timedelta(minutes=5)


def _due(now: datetime) -> ColumnElement[bool]:
    waiting = and_(Request.state.in_(("queued", "retrying")), Request.next_attempt_at <= now)
    abandoned = and_(Request.state == "sending", Request.claimed_until < now)
    return or_(waiting, abandoned)


def claim_due(session: Session, sender: str, now: datetime, limit: int) -> list[uuid.UUID]:
    """Claim up to ``limit`` due requests for ``sender`` (the caller commits)."""
    candidates = select(Request.id).where(_due(now)).order_by(Request.next_attempt_at).limit(limit)
    if session.get_bind().dialect.name == "postgresql":
        candidates = candidates.with_for_update(skip_locked=True)
    claimed = []
    for request_id in session.scalars(candidates).all():
        changed = session.execute(
            update(Request)
            .where(Request.id == request_id, _due(now))
            .values(state="sending", claimed_by=sender, claimed_until=now + LEASE)
        )
        if changed.rowcount == 1:  # type: ignore[attr-defined]
            claimed.append(request_id)
    return claimed
