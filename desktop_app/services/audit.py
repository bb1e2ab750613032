"""The audit trail: who viewed or changed what, when. Rows are only ever added."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy.orm import Session

from desktop_app.storage.models import AuditEntry, utc_now


def record_audit(
    session: Session,
    action: str,
    entity: str,
    entity_id: object | None = None,
    *,
    staff_id: uuid.UUID | None = None,
    detail: str = "",
    at: datetime | None = None,
) -> None:
    """Add one audit row in the caller's transaction.

    ``action`` is a past-tense verb such as ``dossier_viewed``, ``dossier_received``,
    ``signed_in`` or ``sign_in_failed``. ``detail`` must not carry personal data (no ID numbers,
    phones or addresses): name the fields touched, not their values.
    """
    session.add(
        AuditEntry(
            id=uuid.uuid4(),
            at=at or utc_now(),
            staff_id=staff_id,
            action=action,
            entity=entity,
            entity_id=None if entity_id is None else str(entity_id),
            detail=detail,
        )
    )
