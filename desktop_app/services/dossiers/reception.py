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
after a lost answer returns the dossier the first attempt made. The request and its checks are
in :mod:`.reception_request` (imported here, so both are reachable from this module).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.audit import record_audit
from desktop_app.services.dossiers.applicant_input import ApplicantInput, find_or_add_applicant
from desktop_app.services.dossiers.name_index import index_name
from desktop_app.services.dossiers.notification_rule import NO_CONSENT, consent_medium, notify
from desktop_app.services.dossiers.reception_request import (
    RETURN_METHODS,
    DocumentEntry,
    DocumentKind,
    ReceptionRequest,
    check_missing,
    check_refusal_reason,
    check_request,
    checked_documents,
    request_problems,
    return_address,
)
from desktop_app.services.dossiers.status import change_status
from desktop_app.services.numbering import allocate_number
from desktop_app.services.office.catalog import ProcedureInfo, get_procedure
from desktop_app.services.office.identity import OfficeInfo
from desktop_app.services.outbox import record_dossier, record_dossier_event
from desktop_app.storage.models import Applicant, Dossier, DossierEvent, Procedure
from motcua_core.domain.dossier_code import format_dossier_code
from motcua_core.domain.lifecycle import DossierStatus
from motcua_core.domain.text import normalise_name
from motcua_core.domain.work_calendar import WorkCalendar

__all__ = [
    "RECEPTION_UNIT",
    "RETURN_METHODS",
    "ApplicantInput",
    "DocumentEntry",
    "DocumentKind",
    "ReceivedDossier",
    "ReceptionRequest",
    "check_request",
    "next_dossier_code",
    "receive_dossier",
    "refuse_at_reception",
    "request_problems",
    "request_supplement_at_reception",
]

RECEPTION_UNIT = "Bộ phận Một cửa"


@dataclass(frozen=True)
class _Reception:
    """Where, when and by whom a dossier is received (the same for its three outcomes)."""

    office: OfficeInfo
    calendar: WorkCalendar
    received_at: datetime
    staff_id: uuid.UUID | None
    visit_ticket_id: uuid.UUID | None

    @property
    def today(self) -> date:
        """The local date of reception."""
        return self.received_at.astimezone(self.calendar.tz).date()

    def columns(self) -> dict[str, Any]:
        """The dossier's columns this reception sets."""
        return {
            "office_id": self.office.id,
            "received_at": self.received_at,
            "visit_ticket_id": self.visit_ticket_id,
            "visit_key": str(self.visit_ticket_id) if self.visit_ticket_id else None,
            "received_by_id": self.staff_id,
        }

    def consent(self, medium: str | None) -> dict[str, Any]:
        """The citizen's consent to notifications, recorded at the moment of reception."""
        return {"notify_consent_at": self.received_at if medium != NO_CONSENT else None}


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
    reception = _Reception(office, calendar, received_at, staff_id, visit_ticket_id)
    earlier = _already_saved(session, request.request_id)
    if earlier is not None:
        return earlier
    received = _receive(session, request, reception)
    _notify_received(session, received, calendar)
    return received


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
    missing = check_missing(missing)
    earlier = _already_saved(session, request.request_id)
    if earlier is not None:
        return earlier
    reception = _Reception(office, calendar, received_at, staff_id, visit_ticket_id)
    received = _receive(session, request, reception)
    change_status(
        session, received.id, DossierStatus.SUPPLEMENT_REQUESTED, at=received_at,
        staff_id=staff_id, note=missing, from_unit=RECEPTION_UNIT, to_unit=RECEPTION_UNIT,
    )  # fmt: skip
    return _result(_pause_for_supplement(session, received, missing), None)


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

    It gets a code (the register lists refusals) but no due moment; it is finished at once.

    Raises:
        ServiceError: ``reason`` is empty, or the request is invalid.
    """
    reason = check_refusal_reason(reason)
    earlier = _already_saved(session, request.request_id)
    if earlier is not None:
        return earlier
    reception = _Reception(office, calendar, received_at, staff_id, visit_ticket_id)
    procedure = get_procedure(session, request.procedure_code)
    dossier = _new_dossier(session, request, procedure, reception)
    dossier.status = int(DossierStatus.REFUSED)
    dossier.finished_at = received_at
    _record_creation(session, dossier, procedure, "refused", staff_id, reason)
    return _result(dossier, procedure)


def next_dossier_code(session: Session, unit_code: str, at: datetime, tz: ZoneInfo) -> str:
    """Allocate the next dossier code of ``unit_code`` for the local day of ``at``."""
    local_day = at.astimezone(tz).date()
    sequence = allocate_number(session, f"dossier:{unit_code}", local_day)
    return format_dossier_code(unit_code, local_day, sequence)


def _receive(session: Session, request: ReceptionRequest, reception: _Reception) -> ReceivedDossier:
    """A new received dossier, due when the procedure's limit says."""
    procedure = get_procedure(session, request.procedure_code)
    dossier = _new_dossier(session, request, procedure, reception)
    due_at = reception.calendar.due_at(reception.received_at, procedure.limit)
    dossier.due_at = dossier.original_due_at = due_at
    _record_creation(session, dossier, procedure, "received", reception.staff_id, "")
    return _result(dossier, procedure)


def _notify_received(session: Session, received: ReceivedDossier, calendar: WorkCalendar) -> None:
    """The citizen's "received" notice, with the appointment's date (the rule decides)."""
    day = calendar.to_local(received.due_at).date() if received.due_at else None
    dossier = session.get_one(Dossier, received.id)
    notify(session, dossier, "received", at=received.received_at, day=day)


def _already_saved(session: Session, request_id: uuid.UUID | None) -> ReceivedDossier | None:
    """What the first save of this request made, if the request was saved already."""
    row = _saved_row(session, request_id) if request_id is not None else None
    if row is None:
        return None
    code = session.scalar(select(Procedure.code).where(Procedure.id == row.procedure_id))
    name = row.applicant.full_name if row.applicant else ""
    return ReceivedDossier(
        row.id, row.code, str(code), name, row.received_at, row.due_at,
        DossierStatus(row.status), created=False,
    )  # fmt: skip


def _saved_row(session: Session, request_id: uuid.UUID) -> Dossier | None:
    return session.scalars(select(Dossier).where(Dossier.request_id == request_id)).one_or_none()


def _new_dossier(
    session: Session, request: ReceptionRequest, procedure: ProcedureInfo, reception: _Reception
) -> Dossier:
    """The checked request as a dossier row with its new code (status: received)."""
    medium = consent_medium(session, reception.office.id, request.notify_medium)
    request = replace(request, notify_medium=medium)
    check_request(request, reception.today)
    applicant = find_or_add_applicant(session, request.applicant, reception.today)
    calendar = reception.calendar
    dossier = Dossier(
        id=uuid.uuid4(),
        code=next_dossier_code(session, reception.office.code, reception.received_at, calendar.tz),
        procedure_id=procedure.id,
        status=int(DossierStatus.RECEIVED),
        **_applicant_columns(applicant),
        **_request_columns(request, procedure),
        **reception.columns(),
        **reception.consent(request.notify_medium),
    )
    dossier.applicant = applicant
    session.add(dossier)
    return dossier


def _applicant_columns(applicant: Applicant) -> dict[str, Any]:
    """The applicant's details a dossier keeps a copy of (for searching)."""
    return {
        "applicant_id": applicant.id,
        "name_key": applicant.name_key,
        "id_number": applicant.id_number,
        "phone": applicant.phone,
    }


def _request_columns(request: ReceptionRequest, procedure: ProcedureInfo) -> dict[str, Any]:
    """The dossier's columns the officer's request sets (the fee defaults to the catalogue's)."""
    return {
        "owner_name": normalise_name(request.owner_name) if request.owner_name else None,
        "channel": int(request.channel),
        "sets_count": request.sets_count,
        "fee_text": request.fee_text if request.fee_text is not None else procedure.fee_text,
        "documents": checked_documents(request),
        "return_method": request.return_method,
        "return_address": return_address(request),
        "request_id": request.request_id,
        "notify_medium": request.notify_medium,
    }


def _pause_for_supplement(session: Session, received: ReceivedDossier, missing: str) -> Dossier:
    """Stop the clock from reception and keep what is missing (and tell the centre)."""
    dossier = session.get(Dossier, received.id)
    assert dossier is not None
    dossier.paused_at = received.received_at
    dossier.supplement_request = missing
    session.flush()
    record_dossier(session, dossier, received.procedure_code)
    return dossier


def _record_creation(
    session: Session,
    dossier: Dossier,
    procedure: ProcedureInfo,
    kind: str,
    staff_id: uuid.UUID | None,
    note: str,
) -> None:
    """The creating event (received or refused), the name index, the outbox and the audit."""
    event = _creation_event(dossier, kind, staff_id, note)
    session.add(event)
    session.flush()
    index_name(session, dossier.id, dossier.name_key)
    record_dossier(session, dossier, procedure.code)
    record_dossier_event(session, event, dossier.code)
    record_audit(session, f"dossier_{kind}", "dossier", dossier.id, staff_id=staff_id)


def _creation_event(
    dossier: Dossier, kind: str, staff_id: uuid.UUID | None, note: str
) -> DossierEvent:
    return DossierEvent(
        id=uuid.uuid4(), dossier_id=dossier.id, at=dossier.received_at, kind=kind,
        staff_id=staff_id, to_status=dossier.status, to_unit=RECEPTION_UNIT, note=note,
    )  # fmt: skip


def _result(dossier: Dossier, procedure: ProcedureInfo | None) -> ReceivedDossier:
    code = procedure.code if procedure else dossier.procedure.code
    name = dossier.applicant.full_name if dossier.applicant else ""
    return ReceivedDossier(
        dossier.id, dossier.code, code, name, dossier.received_at, dossier.due_at,
        DossierStatus(dossier.status),
    )  # fmt: skip
