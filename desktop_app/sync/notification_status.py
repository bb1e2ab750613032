"""Pulled change ``notification_status``: the centre's report on one notification request.

The report (a :class:`NotificationStatusPayload`, ``entity_id`` = the request id) sets the
request's state, attempts and detail. Reports may come late or twice: one older than the last
report applied to the row is ignored (a pending row takes any report, so a centre's clock
behind the office's does not hide the first one). A report of a request this office does not
hold (written by a database since restored from a backup) is ignored with a log line naming
the request id only, never the recipient.
"""

from __future__ import annotations

import logging
import uuid

from sqlalchemy.orm import Session

from desktop_app.storage.models import DossierNotification
from desktop_app.storage.models.notifications import PENDING
from motcua_core.notification_payloads import NotificationStatusPayload
from motcua_core.protocol import Change

log = logging.getLogger(__name__)


def apply_notification_status(session: Session, _office_id: uuid.UUID, change: Change) -> None:
    """Apply one delivery report to its request row (see the module's rules)."""
    report = NotificationStatusPayload.model_validate({"id": change.entity_id, **change.payload})
    row = session.get(DossierNotification, report.id, with_for_update=True)
    if row is None:
        log.info("delivery report of unknown notification request %s ignored", report.id)
        return
    if row.state != PENDING and report.at < row.updated_at:
        return
    row.state = report.state
    row.attempts = report.attempts
    row.detail = report.detail
    row.updated_at = report.at
