"""Reception of a dossier at the counter: code, applicant, due moment, first event."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.dossier_code import format_dossier_code
from desktop_app.domain.identifiers import IdType, normalise_phone, validate_id
from desktop_app.domain.lifecycle import Channel, DossierStatus
from desktop_app.domain.text import fold_for_search, normalise_name
from desktop_app.domain.work_calendar import WorkCalendar
from desktop_app.services.catalog import get_procedure
from desktop_app.services.errors import ServiceError
from desktop_app.services.numbering import allocate_number
from desktop_app.services.office import OfficeInfo
from desktop_app.services.outbox import record_dossier, record_dossier_event
from desktop_app.storage.models import Applicant, Dossier, DossierEvent

RECEPTION_UNIT = "Bộ phận Một cửa"


@dataclass(frozen=True)
class ApplicantInput:
    full_name: str
    id_type: IdType | None = None
    id_number: str | None = None
    birth_date: date | None = None
    phone: str | None = None
    email: str | None = None
    address: str = ""


@dataclass(frozen=True)
class ReceptionRequest:
    procedure_code: str
    applicant: ApplicantInput
    channel: Channel = Channel.IN_PERSON
    owner_name: str | None = None
    sets_count: int = 1
    documents: tuple[dict[str, object], ...] = field(default_factory=tuple)
    return_method: str = "counter"
    return_address: str | None = None
    fee_text: str | None = None


@dataclass(frozen=True)
class ReceivedDossier:
    id: uuid.UUID
    code: str
    procedure_code: str
    applicant_name: str
    received_at: datetime
    due_at: datetime


def receive_dossier(
    session: Session,
    request: ReceptionRequest,
    *,
    office: OfficeInfo,
    calendar: WorkCalendar,
    received_at: datetime,
    staff_id: uuid.UUID | None = None,
    visit_ticket_id: uuid.UUID | None = None,
) -> ReceivedDossier:
    """Record a received dossier with its code and due moment; the caller commits.

    Raises:
        ServiceError: the request is invalid (message in Vietnamese for the officer).
        DomainError: an identifier or phone number is invalid.
    """
    procedure = get_procedure(session, request.procedure_code)
    applicant = _find_or_add_applicant(session, request.applicant)
    due_at = calendar.due_at(received_at, procedure.limit)
    code = next_dossier_code(session, office.code, received_at, calendar.tz)
    dossier = Dossier(
        id=uuid.uuid4(),
        code=code,
        office_id=office.id,
        procedure_id=procedure.id,
        applicant_id=applicant.id,
        name_key=applicant.name_key,
        id_number=applicant.id_number,
        phone=applicant.phone,
        owner_name=normalise_name(request.owner_name) if request.owner_name else None,
        channel=int(request.channel),
        status=int(DossierStatus.RECEIVED),
        received_at=received_at,
        due_at=due_at,
        original_due_at=due_at,
        sets_count=_positive_sets(request.sets_count),
        fee_text=request.fee_text if request.fee_text is not None else procedure.fee_text,
        documents=[dict(d) for d in request.documents],
        return_method=request.return_method,
        return_address=request.return_address,
        visit_ticket_id=visit_ticket_id,
        received_by_id=staff_id,
    )
    dossier.applicant = applicant
    session.add(dossier)
    event = DossierEvent(
        id=uuid.uuid4(),
        dossier_id=dossier.id,
        at=received_at,
        kind="received",
        staff_id=staff_id,
        to_status=int(DossierStatus.RECEIVED),
        to_unit=RECEPTION_UNIT,
    )
    session.add(event)
    session.flush()
    record_dossier(session, dossier, procedure.code)
    record_dossier_event(session, event, code)
    return ReceivedDossier(
        dossier.id, code, procedure.code, applicant.full_name, received_at, due_at
    )


def next_dossier_code(session: Session, unit_code: str, at: datetime, tz: ZoneInfo) -> str:
    """Allocate the next dossier code of ``unit_code`` for the local day of ``at``."""
    local_day = at.astimezone(tz).date()
    sequence = allocate_number(session, f"dossier:{unit_code}", local_day)
    return format_dossier_code(unit_code, local_day, sequence)


def _positive_sets(count: int) -> int:
    if count < 1:
        raise ServiceError("number of sets must be at least 1", "Số bộ hồ sơ phải từ 1 trở lên.")
    return count


def _find_or_add_applicant(session: Session, data: ApplicantInput) -> Applicant:
    """A known applicant is reused by ID number; details given now update the record."""
    name = normalise_name(data.full_name)
    if not name:
        raise ServiceError("the applicant's name is empty", "Chưa nhập họ tên người nộp hồ sơ.")
    id_number = None
    if data.id_type and data.id_number:
        birth_year = data.birth_date.year if data.birth_date else None
        id_number = validate_id(data.id_type, data.id_number, birth_year)
    phone = normalise_phone(data.phone) if data.phone else None
    applicant = None
    if id_number:
        applicant = session.scalars(
            select(Applicant).where(Applicant.id_number == id_number).limit(1)
        ).first()
    if applicant is None:
        applicant = Applicant(id=uuid.uuid4(), id_type=data.id_type, id_number=id_number)
        session.add(applicant)
    applicant.full_name = name
    applicant.name_key = fold_for_search(name)
    applicant.birth_date = data.birth_date or applicant.birth_date
    applicant.phone = phone or applicant.phone
    applicant.email = data.email or applicant.email
    applicant.address = data.address or applicant.address or ""
    return applicant
