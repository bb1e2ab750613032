"""Changes made at the centre that offices pull: catalogue, calendar overrides, statuses,
dossiers submitted online. Each writes its rows and its change-log entry in one transaction.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from central_server.admin import AdminError
from central_server.changes import append_change
from central_server.models import (
    CatalogueProcedure,
    CentralCalendarOverride,
    CentralDossier,
    CentralDossierEvent,
    CentralOffice,
    OnlineSequence,
    utc_now,
)
from motcua_core.domain.dossier_code import format_dossier_code
from motcua_core.domain.lifecycle import Channel, DossierStatus, check_transition
from motcua_core.domain.online_level import parse_online_level
from motcua_core.domain.status_timestamps import stamp_status_change
from motcua_core.payloads import ApplicantPayload
from motcua_core.protocol import online_submission_event_id

OFFICE_ZONE = ZoneInfo("Asia/Ho_Chi_Minh")
#: Online dossiers are numbered from here per office and day, far above the counter's own
#: numbers, so that a code made centrally never clashes with one made at the office.
ONLINE_SEQUENCE_BASE = 90000


def default_catalogue_file() -> Path | None:
    """The catalogue seed shipped with the application, in a checkout or an installed wheel."""
    import sys

    for base in (
        Path(__file__).resolve().parent.parent / "resources",
        Path(sys.prefix) / "share" / "desktop-app" / "resources",
    ):
        candidate = base / "catalogue" / "procedures.json"
        if candidate.exists():
            return candidate
    return None


def read_catalogue(path: Path) -> list[dict[str, Any]]:
    return list(json.loads(path.read_text(encoding="utf-8"))["procedures"])


def load_catalogue(session: Session, entries: list[dict[str, Any]]) -> int:
    """Insert or update procedures by code; only real changes reach the log. Returns changes."""
    existing = {p.code: p for p in session.scalars(select(CatalogueProcedure))}
    changed = 0
    for entry in entries:
        row = existing.get(entry["code"])
        if row is not None and row.entry == entry:
            continue
        if row is None:
            row = CatalogueProcedure(code=entry["code"], entry=entry)
            session.add(row)
        row.entry, row.active, row.updated_at = entry, bool(entry.get("active", True)), utc_now()
        row.online_level = parse_online_level(entry.get("online_level"))
        append_change(
            session,
            office_id=None,
            kind="procedure",
            entity_id=entry["code"],
            operation="upsert",
            payload=entry,
        )
        changed += 1
    return changed


def office_by_code(session: Session, unit_code: str) -> CentralOffice:
    office = session.scalars(
        select(CentralOffice).where(CentralOffice.unit_code == unit_code.strip().upper())
    ).first()
    if office is None:
        raise AdminError(f"no office {unit_code}")
    return office


def set_calendar_override(
    session: Session, unit_code: str, day: date, is_working_day: bool | None, note: str = ""
) -> int:
    """Set (or, with ``is_working_day`` None, remove) an office's extra day off / working day."""
    office = office_by_code(session, unit_code)
    row = session.scalars(
        select(CentralCalendarOverride).where(
            CentralCalendarOverride.office_id == office.id, CentralCalendarOverride.day == day
        )
    ).first()
    payload: dict[str, Any] = {
        "day": day.isoformat(),
        "is_working_day": is_working_day,
        "note": note,
    }
    if is_working_day is None:
        if row is not None:
            session.delete(row)
        operation = "delete"
    else:
        if row is None:
            row = CentralCalendarOverride(office_id=office.id, day=day, is_working_day=True)
            session.add(row)
        row.is_working_day, row.note = is_working_day, note
        operation = "upsert"
    return append_change(
        session,
        office_id=office.id,
        kind="calendar_override",
        entity_id=day.isoformat(),
        operation=operation,
        payload=payload,
    )


def change_status_centrally(
    session: Session, code: str, target: DossierStatus, note: str = "", at: datetime | None = None
) -> CentralDossierEvent:
    """A status change made at the centre: checked, recorded as an event the office pulls.

    Raises:
        AdminError: no such dossier.
        IllegalTransition: the lifecycle does not allow the change.
    """
    dossier = _locked_dossier(session, code)
    at = at or utc_now()
    current = DossierStatus(dossier.status)
    check_transition(current, target)
    dossier.status, dossier.status_origin = int(target), "central"
    stamp_status_change(dossier, target, at)
    payload = _status_change_payload(dossier, current, target, note, at)
    event = CentralDossierEvent(
        id=uuid.UUID(payload["id"]),
        office_id=dossier.office_id,
        dossier_id=dossier.id,
        at=at,
        kind=payload["kind"],
        from_status=int(current),
        to_status=int(target),
        origin="central",
        payload=payload,
    )
    session.add(event)
    append_change(
        session,
        office_id=dossier.office_id,
        kind="dossier_event",
        entity_id=payload["id"],
        operation="insert",
        payload=payload,
    )
    return event


def _locked_dossier(session: Session, code: str) -> CentralDossier:
    """The dossier with ``code``, locked for the change (``AdminError`` when unknown)."""
    dossier = session.scalars(
        select(CentralDossier).where(CentralDossier.code == code).with_for_update()
    ).first()
    if dossier is None:
        raise AdminError(f"no dossier {code}")
    return dossier


def _status_change_payload(
    dossier: CentralDossier,
    current: DossierStatus,
    target: DossierStatus,
    note: str,
    at: datetime,
) -> dict[str, Any]:
    """The event the office pulls (read there as ``CentralStatusChangePayload``)."""
    return {
        "id": str(uuid.uuid4()),
        "dossier_id": str(dossier.id),
        "dossier_code": dossier.code,
        "at": at.isoformat(),
        "kind": "status_changed_centrally",
        "from_status": int(current),
        "to_status": int(target),
        "note": note,
    }


def submit_online(
    session: Session,
    unit_code: str,
    procedure_code: str,
    applicant: dict[str, Any],
    at: datetime | None = None,
) -> CentralDossier:
    """A dossier submitted online for an office (status 1 NEW); the office pulls it.

    Raises:
        AdminError: unknown office or procedure, or no applicant name.
    """
    office = office_by_code(session, unit_code)
    _check_submission(session, procedure_code, applicant)
    at = at or utc_now()
    code = _next_online_code(session, office, at)
    dossier_id = uuid.uuid4()
    applicant = {**applicant, "id": str(applicant.get("id") or uuid.uuid4())}
    payload = _online_dossier_payload(dossier_id, code, procedure_code, at, applicant)
    dossier = _online_dossier_row(office, payload, at)
    session.add(dossier)
    session.add(_submission_event(office, dossier_id, at))
    append_change(
        session,
        office_id=office.id,
        kind="dossier",
        entity_id=str(dossier_id),
        operation="insert",
        payload=payload,
    )
    return dossier


def _check_submission(session: Session, procedure_code: str, applicant: dict[str, Any]) -> None:
    """Refuse a submission for a procedure the centre does not know, without a name, or with
    details the office could not store (the same limits as a pushed dossier's applicant)."""
    if session.get(CatalogueProcedure, procedure_code) is None:
        raise AdminError(f"no procedure {procedure_code} in the central catalogue")
    if not str(applicant.get("full_name", "")).strip():
        raise AdminError("the applicant's full name is required")
    try:
        ApplicantPayload.model_validate(applicant)
    except ValidationError as exc:
        fields = sorted({str(error["loc"][0]) for error in exc.errors() if error["loc"]})
        raise AdminError(f"invalid applicant details: {', '.join(fields)}") from None


def _next_online_code(session: Session, office: CentralOffice, at: datetime) -> str:
    """The next online dossier code of ``office`` for the office's day of ``at``."""
    local_day = at.astimezone(OFFICE_ZONE).date()
    sequence = ONLINE_SEQUENCE_BASE + _next_online_number(session, office.id, local_day)
    return format_dossier_code(office.unit_code, local_day, sequence)


def _online_dossier_payload(
    dossier_id: uuid.UUID,
    code: str,
    procedure_code: str,
    at: datetime,
    applicant: dict[str, Any],
) -> dict[str, Any]:
    """The dossier the office pulls (read there as ``OnlineDossierPayload``)."""
    return {
        "id": str(dossier_id),
        "code": code,
        "procedure_code": procedure_code,
        "channel": int(Channel.ONLINE),
        "status": int(DossierStatus.NEW),
        "received_at": at.isoformat(),
        "applicant": applicant,
    }


def _online_dossier_row(
    office: CentralOffice, payload: dict[str, Any], at: datetime
) -> CentralDossier:
    """The centre's own row of the dossier described by ``payload``."""
    return CentralDossier(
        id=uuid.UUID(payload["id"]),
        office_id=office.id,
        code=payload["code"],
        procedure_code=payload["procedure_code"],
        channel=int(Channel.ONLINE),
        status=int(DossierStatus.NEW),
        status_origin="central",
        received_at=at,
        owner_name=payload["applicant"]["full_name"],
        payload=payload,
    )


def _submission_event(
    office: CentralOffice, dossier_id: uuid.UUID, at: datetime
) -> CentralDossierEvent:
    """The "submitted online" event, with the id the office records for it too."""
    return CentralDossierEvent(
        id=online_submission_event_id(dossier_id),
        office_id=office.id,
        dossier_id=dossier_id,
        at=at,
        kind="submitted_online",
        from_status=None,
        to_status=int(DossierStatus.NEW),
        origin="central",
        payload={"note": ""},
    )


def _next_online_number(session: Session, office_id: uuid.UUID, local_day: date) -> int:
    row = session.get(OnlineSequence, (office_id, local_day), with_for_update=True)
    if row is None:
        row = OnlineSequence(office_id=office_id, local_day=local_day, last_value=0)
        session.add(row)
    row.last_value += 1
    session.flush()
    return row.last_value
