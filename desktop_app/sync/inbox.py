"""The pull side: apply a page of central changes and move the cursor in ONE transaction.

Changes at or below the stored cursor are skipped (another station, or an attempt killed
after applying but before the answer was read, already did them), and every apply is
idempotent besides, so a page applied twice changes nothing. Pulled changes write no outbox
ops: the server already has them.

- ``procedure``: the catalogue entry, upserted by code (a local fee override is kept);
- ``calendar_override``: an extra day off / working day of this office, set or removed;
- ``dossier_event``: a status change made centrally. Applied when the lifecycle allows it from
  the local status; otherwise recorded as a ``central_status_conflict`` event and the local
  status is left alone, so nothing is silently overwritten;
- ``dossier``: a dossier submitted online for this office, arriving in status 1 (NEW); the
  counter receives it (→ 2), which pushes back as an ordinary status change;
- ``notification_status``: the delivery of a citizen's notification request
  (``sync/notification_status.py``);
- ``booking``: a booking made or cancelled on the centre's public page
  (``sync/booking_inbox.py``).

The two dossier kinds are read with the shared payload models (``motcua_core.payloads``), the
ones the push side uses for the same op kinds. A change that does not fit its model raises
(pydantic's ``ValidationError``), like any change that cannot be applied: the page's
transaction rolls back and the cursor stays, so nothing is half-applied or skipped.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.dossiers.name_index import index_name
from desktop_app.services.office.catalog import ProcedureInfo, get_procedure, load_catalogue
from desktop_app.services.office.identity import current_office
from desktop_app.storage.models import Applicant, CalendarOverride, Dossier, DossierEvent
from desktop_app.sync.booking_inbox import apply_booking
from desktop_app.sync.notification_status import apply_notification_status
from desktop_app.sync.state import CENTRAL_CONFLICT_KIND, lock_state
from motcua_core.domain.lifecycle import Channel, DossierStatus, can_transition
from motcua_core.domain.status_timestamps import stamp_status_change
from motcua_core.domain.text import fold_for_search, normalise_name
from motcua_core.payloads import ApplicantPayload, DossierEventPayload, DossierPayload
from motcua_core.protocol import Change, PullPage, online_submission_event_id

CENTRAL_UNIT = "Trung tâm (đồng bộ)"
#: What a pulled change may leave out, by kind: a central event's code and kind (not needed
#: to apply it here) and note; an online dossier's channel and status.
_PULLED_DEFAULTS: dict[str, dict[str, Any]] = {
    "dossier_event": {"dossier_code": "", "kind": "status_changed_centrally", "note": ""},
    "dossier": {"channel": int(Channel.ONLINE), "status": int(DossierStatus.NEW)},
}


class EpochChanged(Exception):
    """The page comes from a server epoch the office has not taken in yet."""


def apply_page(session: Session, page: PullPage) -> int:
    """Apply ``page`` and store its cursor; returns how many changes were new here.

    Raises:
        EpochChanged: the page's epoch differs from the stored one (re-send first).
    """
    state = lock_state(session)
    if state.server_epoch is not None and state.server_epoch != page.epoch:
        raise EpochChanged(page.epoch)
    state.server_epoch = page.epoch
    office_id = current_office(session).id
    applied = 0
    for change in page.changes:
        if change.seq <= state.pull_cursor:
            continue
        _APPLY[change.kind](session, office_id, change)
        applied += 1
    state.pull_cursor = max(state.pull_cursor, page.next_cursor)
    session.flush()
    return applied


def _with_defaults(change: Change) -> dict[str, Any]:
    """The change's payload, with what it may leave out filled in for its model."""
    return {**_PULLED_DEFAULTS[change.kind], **change.payload}


def _procedure(session: Session, _office_id: uuid.UUID, change: Change) -> None:
    load_catalogue(session, [change.payload])


def _calendar(session: Session, office_id: uuid.UUID, change: Change) -> None:
    day = date.fromisoformat(change.payload["day"])
    row = session.scalars(
        select(CalendarOverride).where(
            CalendarOverride.office_id == office_id, CalendarOverride.day == day
        )
    ).first()
    if change.operation == "delete":
        if row is not None:
            session.delete(row)
        return
    if row is None:
        row = CalendarOverride(id=uuid.uuid4(), office_id=office_id, day=day, is_working_day=True)
        session.add(row)
    row.is_working_day = bool(change.payload["is_working_day"])
    row.note = change.payload.get("note", "")


def _central_event(session: Session, _office_id: uuid.UUID, change: Change) -> None:
    event = DossierEventPayload.model_validate(_with_defaults(change))
    if session.get(DossierEvent, event.id) is not None:
        return
    dossier = session.get(Dossier, event.dossier_id, with_for_update=True)
    if dossier is None:  # not (yet) known here: nothing to change, nothing to lose
        return
    target = _target_status(event)
    current = DossierStatus(dossier.status)
    kind, note = "status_changed_centrally", event.note
    if current == target:
        pass
    elif can_transition(current, target):
        dossier.status = int(target)
        stamp_status_change(dossier, target, event.at)
    else:
        kind, note = CENTRAL_CONFLICT_KIND, _conflict_note(current, target, note)
    session.add(
        DossierEvent(
            id=event.id,
            dossier_id=dossier.id,
            at=event.at,
            kind=kind,
            from_status=int(current),
            to_status=int(target),
            from_unit=CENTRAL_UNIT,
            to_unit=None,
            note=note,
        )
    )


def _target_status(event: DossierEventPayload) -> DossierStatus:
    """The status the centre moved the dossier to (an event without one cannot be applied)."""
    if event.to_status is None:
        raise ValueError("a central status change without its target status")
    return DossierStatus(event.to_status)


def _conflict_note(current: DossierStatus, target: DossierStatus, note: str | None) -> str:
    """Why a central status change was recorded but not applied, for the officers."""
    return (
        f"Trung tâm chuyển sang trạng thái {int(target)} ({target.label_vi}) nhưng tại "
        f"đơn vị hồ sơ đang ở trạng thái {int(current)}; chưa áp dụng. {note}"
    ).strip()


def _online_dossier(session: Session, office_id: uuid.UUID, change: Change) -> None:
    data = DossierPayload.model_validate(_with_defaults(change))
    if _already_here(session, data):
        return
    procedure = get_procedure(session, data.procedure_code)
    applicant = _applicant(session, data.applicant or ApplicantPayload())
    session.add(_online_dossier_row(data, office_id, procedure, applicant))
    session.flush()
    index_name(session, data.id, applicant.name_key)
    session.add(
        DossierEvent(
            id=online_submission_event_id(data.id),
            dossier_id=data.id,
            at=data.received_at,
            kind="submitted_online",
            to_status=data.status,
            from_unit=CENTRAL_UNIT,
            note="",
        )
    )


def _already_here(session: Session, data: DossierPayload) -> bool:
    """The dossier, or another with its code, is already in the office database."""
    if session.get(Dossier, data.id) is not None:
        return True
    return session.scalars(select(Dossier.id).where(Dossier.code == data.code)).first() is not None


def _online_dossier_row(
    data: DossierPayload, office_id: uuid.UUID, procedure: ProcedureInfo, applicant: Applicant
) -> Dossier:
    """The office's row of a dossier submitted online, as the centre described it."""
    return Dossier(
        id=data.id,
        code=data.code,
        office_id=office_id,
        procedure_id=procedure.id,
        applicant_id=applicant.id,
        name_key=applicant.name_key,
        id_number=applicant.id_number,
        phone=applicant.phone,
        channel=data.channel,
        status=data.status,
        received_at=data.received_at,
        due_at=data.due_at,
        original_due_at=data.due_at,
        documents=[],
        fee_text=procedure.fee_text,
    )


def _applicant(session: Session, data: ApplicantPayload) -> Applicant:
    key = data.id or uuid.uuid4()
    existing = session.get(Applicant, key)
    if existing is not None:
        return existing
    name = normalise_name(data.full_name or "")
    applicant = Applicant(
        id=key,
        full_name=name,
        name_key=fold_for_search(name),
        id_type=data.id_type,
        id_number=data.id_number,
        phone=data.phone,
        email=data.email,
        address=data.address or "",
    )
    session.add(applicant)
    session.flush()
    return applicant


_APPLY: dict[str, Callable[[Session, uuid.UUID, Change], None]] = {
    "procedure": _procedure,
    "calendar_override": _calendar,
    "dossier_event": _central_event,
    "dossier": _online_dossier,
    "notification_status": apply_notification_status,
    "booking": apply_booking,
}
