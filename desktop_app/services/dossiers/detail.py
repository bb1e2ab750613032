"""Everything about one dossier for the dossier view and the printed forms.

Reading a dossier's detail shows personal data: each read made for a person is audited
(``dossier_viewed``); printing reads it through the same function.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.dossiers.lookup import audit_view, find_dossier_id
from desktop_app.services.dossiers.notifications import NotificationView, dossier_notifications
from desktop_app.services.dossiers.reception import DocumentEntry
from desktop_app.services.errors import NotFound
from desktop_app.services.office.catalog import procedure_info
from desktop_app.services.office.identity import OfficeInfo, current_office
from desktop_app.storage.models import Dossier, DossierEvent, Staff
from motcua_core.domain.identifiers import Sex, as_sex
from motcua_core.domain.lifecycle import Channel, DossierStatus, is_open, is_resolved
from motcua_core.domain.time_limit import TimeLimit
from motcua_core.domain.timeliness import Timeliness, classify_open, classify_resolved

CREATION_KINDS = frozenset({"received", "refused", "imported"})


#: How each unit of a time limit reads, ``{amount}`` written with a decimal comma.
@dataclass(frozen=True)
class ApplicantDetail:
    full_name: str
    id_type: str | None
    id_number: str | None
    birth_date: date | None
    phone: str | None
    email: str | None
    address: str
    sex: Sex | None = None
    old_id_number: str | None = None


@dataclass(frozen=True)
class EventDetail:
    """One step of the dossier's history (a row of Mẫu 06)."""

    at: datetime
    kind: str
    staff_name: str
    from_status: DossierStatus | None
    to_status: DossierStatus | None
    from_unit: str | None
    to_unit: str | None
    note: str


@dataclass(frozen=True)
class DossierDetail:
    id: uuid.UUID
    code: str
    office: OfficeInfo
    procedure_code: str
    procedure_name: str
    procedure_field: str
    limit: TimeLimit
    applicant: ApplicantDetail
    owner_name: str | None
    channel: Channel
    status: DossierStatus
    received_at: datetime
    due_at: datetime | None
    original_due_at: datetime | None
    extended: bool
    paused_at: datetime | None
    finished_at: datetime | None
    returned_at: datetime | None
    timeliness: Timeliness | None
    sets_count: int
    fee_text: str
    documents: tuple[DocumentEntry, ...]
    return_method: str
    return_address: str | None
    supplement_request: str | None
    visit_key: str | None
    received_by: str
    events: tuple[EventDetail, ...]
    #: The citizen's consent (sms, zalo, email; none) and the requests written for it.
    notify_medium: str = "none"
    notifications: tuple[NotificationView, ...] = ()

    @property
    def refusal_reason(self) -> str:
        """The note of the refusal event (empty when the dossier was not refused)."""
        return next((e.note for e in self.events if e.kind == "refused"), "")


def dossier_detail(
    session: Session,
    code: str | None = None,
    *,
    dossier_id: uuid.UUID | None = None,
    now: datetime,
    tz: ZoneInfo,
    staff_id: uuid.UUID | None = None,
    audit: bool = True,
) -> DossierDetail:
    """The dossier by exact code (or id) with its applicant, timeliness and full history.

    Raises:
        NotFound: no such dossier (the message names the code).
    """
    if dossier_id is None:
        dossier_id = find_dossier_id(session, code or "")
    row = session.get(Dossier, dossier_id)
    if row is None:
        raise NotFound(f"no dossier {dossier_id}", "Không tìm thấy hồ sơ.")
    if audit:
        audit_view(session, row.id, staff_id)
    return _detail(session, row, now, tz)


def _detail(session: Session, row: Dossier, now: datetime, tz: ZoneInfo) -> DossierDetail:
    procedure = procedure_info(row.procedure)
    names = _staff_names(session, row)
    applicant = _applicant_detail(row)
    status = DossierStatus(row.status)
    return DossierDetail(
        id=row.id, code=row.code, office=current_office(session),
        procedure_code=procedure.code, procedure_name=procedure.name,
        procedure_field=procedure.field, limit=procedure.limit,
        applicant=applicant,
        owner_name=row.owner_name, channel=Channel(row.channel), status=status,
        received_at=row.received_at, due_at=row.due_at, original_due_at=row.original_due_at,
        extended=row.extended, paused_at=row.paused_at, finished_at=row.finished_at,
        returned_at=row.returned_at, timeliness=timeliness_of(row, now, tz),
        sets_count=row.sets_count, fee_text=row.fee_text or "",
        documents=tuple(DocumentEntry.from_value(d) for d in row.documents or ()),
        return_method=row.return_method, return_address=row.return_address,
        supplement_request=getattr(row, "supplement_request", None), visit_key=row.visit_key,
        received_by=names.get(row.received_by_id, ""),
        events=tuple(_event(e, names) for e in _events(session, row.id)),
        notify_medium=row.notify_medium,
        notifications=tuple(dossier_notifications(session, row.id)),
    )  # fmt: skip


def _applicant_detail(row: Dossier) -> ApplicantDetail:
    """The dossier's applicant; without an applicant record, the numbers the dossier kept."""
    a = row.applicant
    if a is None:
        return ApplicantDetail("", None, row.id_number, None, row.phone, None, "")
    return ApplicantDetail(
        a.full_name,
        a.id_type,
        a.id_number,
        a.birth_date,
        a.phone,
        a.email,
        a.address,
        as_sex(a.sex),
        a.old_id_number,
    )


def timeliness_of(row: Dossier, now: datetime, tz: ZoneInfo) -> Timeliness | None:
    """Before due / on time / late for resolved dossiers, within limit / overdue for open ones."""
    if row.due_at is None:
        return None
    status = DossierStatus(row.status)
    if is_resolved(status) and row.finished_at is not None:
        return classify_resolved(row.due_at, row.finished_at, tz)
    if is_open(status):
        return classify_open(row.due_at, row.paused_at or now)
    return None


def _events(session: Session, dossier_id: uuid.UUID) -> list[DossierEvent]:
    """In time order; at equal moments the creating event (received, refused) comes first."""
    query = select(DossierEvent).where(DossierEvent.dossier_id == dossier_id)
    events = list(session.scalars(query))
    return sorted(events, key=lambda e: (e.at, e.kind not in CREATION_KINDS))


def _staff_names(session: Session, row: Dossier) -> dict[uuid.UUID | None, str]:
    ids = {e.staff_id for e in row.events} | {row.received_by_id}
    ids.discard(None)
    if not ids:
        return {}
    query = select(Staff.id, Staff.full_name).where(Staff.id.in_(ids))
    return {staff_id: name for staff_id, name in session.execute(query)}


def _event(event: DossierEvent, names: dict[uuid.UUID | None, str]) -> EventDetail:
    return EventDetail(
        event.at, event.kind, names.get(event.staff_id, ""),
        DossierStatus(event.from_status) if event.from_status else None,
        DossierStatus(event.to_status) if event.to_status else None,
        event.from_unit, event.to_unit, event.note or "",
    )  # fmt: skip
