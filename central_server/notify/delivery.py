"""Recording a provider's answer: the request's new state and the office's status change.

``accepted`` → ``sent`` (never sent again); ``permanent`` → ``refused``; ``temporary`` →
``retrying`` after an exponential backoff with jitter (``BackoffPolicy``), or ``refused``
once ``max_attempts`` tries failed. Each change is appended to the office's change log as a
``notification_status`` change in the same transaction, so the office pulls it.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from central_server.changes import append_change
from central_server.notify.models import NotificationRequest
from central_server.notify.outgoing import Answer
from motcua_core.notification_payloads import NotificationStatusPayload

STATUS_KIND = "notification_status"
MAX_DETAIL = 500


@dataclass(frozen=True)
class BackoffPolicy:
    """Delay before try n+1: ``base * 2**(n-1)`` capped at ``cap``, drawn in its upper half."""

    base: timedelta = timedelta(seconds=30)
    cap: timedelta = timedelta(hours=1)
    max_attempts: int = 12
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, attempts: int) -> timedelta:
        full = min(self.cap, self.base * 2 ** max(attempts - 1, 0))
        return full * self.rng.uniform(0.5, 1.0)


def _next_state(row: NotificationRequest, answer: Answer, policy: BackoffPolicy) -> str:
    if answer.result == "accepted":
        return "sent"
    if answer.result == "permanent" or row.attempts >= policy.max_attempts:
        return "refused"
    return "retrying"


def record_answer(
    session: Session,
    request_id: uuid.UUID,
    sender: str,
    answer: Answer,
    now: datetime,
    policy: BackoffPolicy,
) -> str | None:
    """Apply ``answer`` to the request ``sender`` claimed; its new state, or None when the
    claim was lost (another sender took the request after this one's claim ran out)."""
    row = session.get(NotificationRequest, request_id, with_for_update=True)
    if row is None or row.state != "sending" or row.claimed_by != sender:
        return None
    row.attempts += 1
    row.state = _next_state(row, answer, policy)
    if row.state == "refused" and answer.result == "temporary":
        answer = Answer("permanent", f"gave up after {row.attempts} tries: {answer.detail}")
    row.last_error = None if row.state == "sent" else (answer.detail or "")[:MAX_DETAIL]
    row.provider_message_id = answer.message_id or row.provider_message_id
    row.claimed_by, row.claimed_until, row.updated_at = None, None, now
    if row.state == "retrying":
        row.next_attempt_at = now + policy.delay(row.attempts)
    append_change(
        session,
        office_id=row.office_id,
        kind=STATUS_KIND,
        entity_id=str(row.id),
        operation="upsert",
        payload=status_payload(row, answer, now),
    )
    return row.state


def status_payload(row: NotificationRequest, answer: Answer, now: datetime) -> dict[str, object]:
    """The ``notification_status`` change's payload (``NotificationStatusPayload``)."""
    status = NotificationStatusPayload(
        id=row.id,
        dossier_id=row.dossier_id,
        dossier_code=row.dossier_code,
        event=row.event,  # type: ignore[arg-type]
        medium=row.medium,  # type: ignore[arg-type]
        state=row.state,  # type: ignore[arg-type]
        attempts=row.attempts,
        detail=(answer.detail or None) and answer.detail[:MAX_DETAIL],
        at=now,
        provider_message_id=row.provider_message_id,
    )
    return status.model_dump(mode="json")
