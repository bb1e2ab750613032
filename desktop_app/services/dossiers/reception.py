"""Reception of a dossier at the counter: code, applicant, due moment, first event.

Three outcomes of a reception, each recorded as a dossier with its code (what provincial
systems and the register, Mẫu 07, expect):

* received (status 2) — the receipt with the appointment, Mẫu 01;
* incomplete — received and at once "supplement requested" (status 5) with the clock paused
  from the start (``paused_at``), what is missing in ``supplement_request``; Mẫu 02. When the
  citizen brings the rest, the dossier goes back to "received" and the due moment moves by the
  paused working time;
* refused on the spot (status 3, an allowed initial status) with the reason in its event; Mẫu 03.

A save carries a client-made ``request_id`` (unique on the dossier): a doubled click or a retry
after a lost answer returns the dossier the first attempt made.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.audit import record_audit
from desktop_app.services.dossiers.applicant_input import (
    ApplicantInput,
    check_applicant,
    check_length,
    find_or_add_applicant,
)
from desktop_app.services.dossiers.name_index import index_name
from desktop_app.services.dossiers.status import change_status
from desktop_app.services.errors import ServiceError
from desktop_app.services.numbering import allocate_number
from desktop_app.services.office.catalog import ProcedureInfo, get_procedure
from desktop_app.services.office.identity import OfficeInfo
from desktop_app.services.outbox import record_dossier, record_dossier_event
from desktop_app.storage.models import Dossier, DossierEvent, Procedure
from motcua_core.domain.dossier_code import format_dossier_code
from motcua_core.domain.lifecycle import Channel, DossierStatus
from motcua_core.domain.text import normalise_name
from motcua_core.domain.work_calendar import WorkCalendar

RECEPTION_UNIT = "Bộ phận Một cửa"
RETURN_METHODS = ("counter", "post")


class DocumentKind(StrEnum):
    """How a document of the checklist was handed in."""

    ORIGINAL = "original"
    CERTIFIED_COPY = "certified_copy"
    COPY = "copy"

    @property
    def label_vi(self) -> str:
        return {"original": "Bản chính", "certified_copy": "Bản sao chứng thực",
                "copy": "Bản sao"}[self.value]  # fmt: skip


@dataclass(frozen=True)
class DocumentEntry:
    """One line of the document checklist (thành phần hồ sơ): name, kind, number of copies."""

    name: str
    kind: DocumentKind = DocumentKind.ORIGINAL
    count: int = 1

    def as_dict(self) -> dict[str, object]:
        return {"name": self.name, "kind": str(self.kind), "count": self.count}

    @classmethod
    def from_value(cls, value: DocumentEntry | Mapping[str, object]) -> DocumentEntry:
        """A checked entry from a dataclass or a stored dict.

        Raises:
            ServiceError: empty name, unknown kind or a count below 1.
        """
        if isinstance(value, DocumentEntry):
            name, kind, count = value.name, value.kind, value.count
        else:
            name = str(value.get("name", ""))
            kind = value.get("kind", "original")  # type: ignore[assignment]
            count = value.get("count", 1)  # type: ignore[assignment]
        name = " ".join(name.split())
        if not name:
            raise ServiceError("a document has no name", "Thành phần hồ sơ chưa có tên.")
        check_length(name, "document_name")
        try:
            kind = DocumentKind(str(kind))
        except ValueError:
            raise ServiceError(
                f"unknown document kind {kind!r}", f"Loại giấy tờ {kind!r} không hợp lệ."
            ) from None
        if not isinstance(count, int) or count < 1:
            raise ServiceError(
                f"the number of copies of {name!r} must be at least 1",
                f"Số lượng của “{name}” phải từ 1 trở lên.",
            )
        return cls(name, kind, count)


@dataclass(frozen=True)
class ReceptionRequest:
    """What the officer entered for one dossier.

    ``request_id`` is made once per form by the client; saving the same form twice returns the
    dossier of the first save.
    """

    procedure_code: str
    applicant: ApplicantInput
    channel: Channel = Channel.IN_PERSON
    owner_name: str | None = None
    sets_count: int = 1
    documents: tuple[DocumentEntry | Mapping[str, object], ...] = field(default_factory=tuple)
    return_method: str = "counter"
    return_address: str | None = None
    fee_text: str | None = None
    request_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ReceivedDossier:
    id: uuid.UUID
    code: str
    procedure_code: str
    applicant_name: str
    received_at: datetime
    due_at: datetime | None
    status: DossierStatus = DossierStatus.RECEIVED
    #: False when the request was already saved and this is the earlier result.
    created: bool = True


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
    earlier = _already_saved(session, request.request_id)
    if earlier is not None:
        return earlier
    procedure = get_procedure(session, request.procedure_code)
    dossier = _new_dossier(
        session, request, procedure, office, calendar, received_at, staff_id, visit_ticket_id
    )
    dossier.due_at = dossier.original_due_at = calendar.due_at(received_at, procedure.limit)
    _record_creation(session, dossier, procedure, "received", staff_id, "")
    return _result(dossier, procedure)


def request_supplement_at_reception(
    session: Session,
    request: ReceptionRequest,
    missing: str,
    *,
    office: OfficeInfo,
    calendar: WorkCalendar,
    received_at: datetime,
    staff_id: uuid.UUID | None = None,
    visit_ticket_id: uuid.UUID | None = None,
) -> ReceivedDossier:
    """Record an incomplete dossier: received, then at once waiting for a supplement (Mẫu 02).

    ``missing`` says what is missing and why. The clock is paused from reception.

    Raises:
        ServiceError: ``missing`` is empty, or the request is invalid.
    """
    missing = _required(missing, "what is missing", "nội dung cần bổ sung, hoàn thiện")
    earlier = _already_saved(session, request.request_id)
    if earlier is not None:
        return earlier
    received = receive_dossier(
        session, request, office=office, calendar=calendar, received_at=received_at,
        staff_id=staff_id, visit_ticket_id=visit_ticket_id,
    )  # fmt: skip
    change_status(
        session, received.id, DossierStatus.SUPPLEMENT_REQUESTED, at=received_at,
        staff_id=staff_id, note=missing, from_unit=RECEPTION_UNIT, to_unit=RECEPTION_UNIT,
    )  # fmt: skip
    dossier = session.get(Dossier, received.id)
    assert dossier is not None
    dossier.paused_at = received_at
    dossier.supplement_request = missing
    session.flush()
    record_dossier(session, dossier, received.procedure_code)
    return _result(dossier, None)


def refuse_at_reception(
    session: Session,
    request: ReceptionRequest,
    reason: str,
    *,
    office: OfficeInfo,
    calendar: WorkCalendar,
    received_at: datetime,
    staff_id: uuid.UUID | None = None,
    visit_ticket_id: uuid.UUID | None = None,
) -> ReceivedDossier:
    """Record a dossier refused at the counter (status 3, Mẫu 03) with its reason.

    It gets a code (the register lists refusals) but no due moment.

    Raises:
        ServiceError: ``reason`` is empty, or the request is invalid.
    """
    reason = _required(reason, "reason of refusal", "lý do từ chối")
    earlier = _already_saved(session, request.request_id)
    if earlier is not None:
        return earlier
    procedure = get_procedure(session, request.procedure_code)
    dossier = _new_dossier(
        session, request, procedure, office, calendar, received_at, staff_id, visit_ticket_id
    )
    dossier.status = int(DossierStatus.REFUSED)
    dossier.finished_at = received_at
    _record_creation(session, dossier, procedure, "refused", staff_id, reason)
    return _result(dossier, procedure)


def next_dossier_code(session: Session, unit_code: str, at: datetime, tz: ZoneInfo) -> str:
    """Allocate the next dossier code of ``unit_code`` for the local day of ``at``."""
    local_day = at.astimezone(tz).date()
    sequence = allocate_number(session, f"dossier:{unit_code}", local_day)
    return format_dossier_code(unit_code, local_day, sequence)


def check_request(request: ReceptionRequest, today: date | None = None) -> None:
    """Check what can be checked without the database (the GUI calls it before saving).

    Args:
        request: What the officer entered.
        today: The local date of reception (for the birth date); the system date when omitted.

    Raises:
        ServiceError / DomainError: the first problem found.
    """
    check_applicant(request.applicant, today or date.today())
    check_length(request.owner_name, "owner_name")
    check_length(request.fee_text, "fee_text")
    _positive_sets(request.sets_count)
    for entry in request.documents:
        DocumentEntry.from_value(entry)
    _return_address(request)


def _already_saved(session: Session, request_id: uuid.UUID | None) -> ReceivedDossier | None:
    if request_id is None:
        return None
    row = session.scalars(select(Dossier).where(Dossier.request_id == request_id)).one_or_none()
    if row is None:
        return None
    code = session.scalar(select(Procedure.code).where(Procedure.id == row.procedure_id))
    name = row.applicant.full_name if row.applicant else ""
    return ReceivedDossier(
        row.id, row.code, str(code), name, row.received_at, row.due_at,
        DossierStatus(row.status), created=False,
    )  # fmt: skip


def _new_dossier(
    session: Session,
    request: ReceptionRequest,
    procedure: ProcedureInfo,
    office: OfficeInfo,
    calendar: WorkCalendar,
    received_at: datetime,
    staff_id: uuid.UUID | None,
    visit_ticket_id: uuid.UUID | None,
) -> Dossier:
    today = received_at.astimezone(calendar.tz).date()
    check_request(request, today)
    documents = [DocumentEntry.from_value(d).as_dict() for d in request.documents]
    applicant = find_or_add_applicant(session, request.applicant, today)
    dossier = Dossier(
        id=uuid.uuid4(),
        code=next_dossier_code(session, office.code, received_at, calendar.tz),
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
        sets_count=request.sets_count,
        fee_text=request.fee_text if request.fee_text is not None else procedure.fee_text,
        documents=documents,
        return_method=request.return_method,
        return_address=_return_address(request),
        visit_ticket_id=visit_ticket_id,
        visit_key=str(visit_ticket_id) if visit_ticket_id else None,
        request_id=request.request_id,
        received_by_id=staff_id,
    )
    dossier.applicant = applicant
    session.add(dossier)
    return dossier


def _record_creation(
    session: Session,
    dossier: Dossier,
    procedure: ProcedureInfo,
    kind: str,
    staff_id: uuid.UUID | None,
    note: str,
) -> None:
    event = DossierEvent(
        id=uuid.uuid4(), dossier_id=dossier.id, at=dossier.received_at, kind=kind,
        staff_id=staff_id, to_status=dossier.status, to_unit=RECEPTION_UNIT, note=note,
    )  # fmt: skip
    session.add(event)
    session.flush()
    index_name(session, dossier.id, dossier.name_key)
    record_dossier(session, dossier, procedure.code)
    record_dossier_event(session, event, dossier.code)
    record_audit(session, f"dossier_{kind}", "dossier", dossier.id, staff_id=staff_id)


def _result(dossier: Dossier, procedure: ProcedureInfo | None) -> ReceivedDossier:
    code = procedure.code if procedure else dossier.procedure.code
    name = dossier.applicant.full_name if dossier.applicant else ""
    return ReceivedDossier(
        dossier.id, dossier.code, code, name, dossier.received_at, dossier.due_at,
        DossierStatus(dossier.status),
    )  # fmt: skip


def _required(text: str | None, what: str, what_vi: str) -> str:
    cleaned = (text or "").strip()
    if not cleaned:
        raise ServiceError(f"the {what} is empty", f"Chưa nhập {what_vi}.")
    check_length(cleaned, "reason")
    return cleaned


def _positive_sets(count: int) -> int:
    if count < 1:
        raise ServiceError("number of sets must be at least 1", "Số bộ hồ sơ phải từ 1 trở lên.")
    return count


def _return_address(request: ReceptionRequest) -> str | None:
    if request.return_method not in RETURN_METHODS:
        raise ServiceError(
            f"unknown return method {request.return_method!r}",
            "Hình thức trả kết quả phải là tại Bộ phận Một cửa hoặc qua bưu chính.",
        )
    address = (request.return_address or "").strip() or None
    check_length(address, "return_address")
    if request.return_method == "post" and not address:
        raise ServiceError(
            "a result sent by post needs the postal address",
            "Trả kết quả qua bưu chính cần địa chỉ nhận.",
        )
    return address
