"""Applying a pushed ``notification`` op: the request is stored once, queued for the sender.

The op's id is the request's id. A repeat of the op is answered ``duplicate`` by the batch
(``applied_op``); the same request id arriving again in another op (an office that re-sends
after a new epoch) finds the stored row and leaves it alone, so a request is never held twice.
"""

from __future__ import annotations

from typing import Any

from central_server.models import utc_now
from central_server.notify.models import NotificationRequest
from motcua_core.domain.dossier_code import parse_dossier_code
from motcua_core.notification_payloads import NotificationRequestPayload
from motcua_core.protocol import PushOp

#: ``(outcome, reason)`` as ``projections`` answers it.
Outcome = tuple[str, str | None]

ALREADY_HELD = "already held: not queued again"


def apply_notification(context: Any, _op: PushOp, data: NotificationRequestPayload) -> Outcome:
    """Queue the request, unless the centre holds it already."""
    if parse_dossier_code(data.dossier_code).unit_code != context.office.unit_code:
        return "rejected", "the dossier code belongs to another office"
    existing = context.get(NotificationRequest, data.id)
    if existing is not None:
        if existing.office_id != context.office.id:
            return "rejected", "the record belongs to another office"
        return "applied", ALREADY_HELD
    now = utc_now()
    context.new(
        NotificationRequest,
        **_request_values(data),
        office_id=context.office.id,
        created_at=now,
        state="queued",
        attempts=0,
        next_attempt_at=now,
        updated_at=now,
    )
    return "applied", None


def _request_values(data: NotificationRequestPayload) -> dict[str, object]:
    return {
        "id": data.id,
        "dossier_id": data.dossier_id,
        "dossier_code": data.dossier_code,
        "event": data.event,
        "medium": data.medium,
        "recipient": data.recipient,
        "day": data.day,
        "missing": data.missing,
        "requested_at": data.at,
    }
