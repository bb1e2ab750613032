"""Status changes of a dossier, each checked against the lifecycle and recorded as an event.

A change that is an event citizens are told of (supplement requested, result ready, returned)
also writes its notification request, as ``notification_rule`` decides.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy.orm import Session

from desktop_app.services.dossiers.notification_rule import notify_status_change
from desktop_app.services.errors import NotFound
from desktop_app.services.outbox import record_dossier, record_dossier_event
from desktop_app.storage.models import Dossier, DossierEvent
from motcua_core.domain.lifecycle import DossierStatus, check_transition
from motcua_core.domain.status_timestamps import stamp_status_change


def change_status(
    session: Session,
    dossier_id: uuid.UUID,
    target: DossierStatus,
    *,
    at: datetime,
    staff_id: uuid.UUID | None = None,
    note: str = "",
    from_unit: str | None = None,
    to_unit: str | None = None,
) -> DossierEvent:
    """Move the dossier to ``target`` and record who did it and when; the caller commits.

    Raises:
        NotFound: no such dossier.
        IllegalTransition: the lifecycle does not allow the change (names both states).
    """
    dossier = _locked_dossier(session, dossier_id)
    current = _move(dossier, target, at)
    event = DossierEvent(
        id=uuid.uuid4(),
        dossier_id=dossier.id,
        at=at,
        kind="status_changed",
        staff_id=staff_id,
        from_status=int(current),
        to_status=int(target),
        from_unit=from_unit,
        to_unit=to_unit,
        note=note,
    )
    session.add(event)
    session.flush()
    record_dossier(session, dossier, dossier.procedure.code)
    record_dossier_event(session, event, dossier.code)
    notify_status_change(session, dossier, target, at=at, note=note)
    return event


def _locked_dossier(session: Session, dossier_id: uuid.UUID) -> Dossier:
    """The dossier, locked until the caller commits (two changes at once do not interleave)."""
    dossier = session.get(Dossier, dossier_id, with_for_update=True)
    if dossier is None:
        raise NotFound(f"no dossier {dossier_id}", "Không tìm thấy hồ sơ.")
    return dossier


def _move(dossier: Dossier, target: DossierStatus, at: datetime) -> DossierStatus:
    """Set the new status and the moments it records (one rule: ``status_timestamps``).

    Returns the status it had before.
    """
    current = DossierStatus(dossier.status)
    check_transition(current, target)
    dossier.status = int(target)
    stamp_status_change(dossier, target, at)
    return current
