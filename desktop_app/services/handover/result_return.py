"""Return of results (trả kết quả): scan the receipt, record who took the result, rate.

The receipt's barcode is the dossier code. The result goes to the applicant or to an
authorised person, whose name and identity number are recorded; the fee collected and the
moment are kept; the dossier becomes status 10 and its timeliness is reported.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from decimal import Decimal, InvalidOperation

from sqlalchemy import ScalarResult, select
from sqlalchemy.orm import Session

from desktop_app.services.audit import record_audit
from desktop_app.services.dossiers.status import change_status
from desktop_app.services.errors import ServiceError
from desktop_app.services.handover.access import COUNTER_UNIT, dossier_by_code, require_status
from desktop_app.services.ratings.rating import RatingInfo, check_rating, record_rating
from desktop_app.services.ratings.rating_requests import request_after_return
from desktop_app.storage.models import Dossier, DossierEvent
from motcua_core.domain.identifiers import validate_cccd, validate_cmnd, validate_passport
from motcua_core.domain.lifecycle import DossierStatus
from motcua_core.domain.text import normalise_name
from motcua_core.domain.timeliness import Timeliness, classify


@dataclass(frozen=True)
class ReturnView:
    """What the return screen shows after a scan."""

    id: uuid.UUID
    code: str
    applicant_name: str
    applicant_id_number: str | None
    procedure_name: str
    status: DossierStatus
    received_at: datetime
    due_at: datetime | None
    finished_at: datetime | None
    returned_at: datetime | None
    result_note: str
    fee_text: str
    return_method: str
    timeliness: Timeliness | None
    can_return: bool
    visit_ticket_id: uuid.UUID | None


@dataclass(frozen=True)
class Receiver:
    """Who takes the result: the applicant (name may be left empty) or an authorised person."""

    name: str = ""
    id_number: str | None = None
    authorised: bool = False


@dataclass(frozen=True)
class ReturnRecord:
    id: uuid.UUID
    code: str
    returned_at: datetime
    receiver_name: str
    authorised: bool
    fee_collected: Decimal | None
    timeliness: Timeliness
    rating: RatingInfo | None

    @property
    def timeliness_label(self) -> str:
        return self.timeliness.label_vi


def find_for_return(session: Session, code: str, *, tz: tzinfo, now: datetime) -> ReturnView:
    """The dossier a scanned receipt names, with its result and timeliness.

    Raises:
        NotFound: no dossier has this code.
    """
    return _return_view(session, dossier_by_code(session, code, lock=False), tz, now)


def ready_for_card(
    session: Session, id_numbers: Sequence[str], *, tz: tzinfo, now: datetime, limit: int = 20
) -> list[ReturnView]:
    """The dossiers with a result ready (status 9) of the citizen whose card was scanned.

    Args:
        id_numbers: the card's ID number and, when it carries one, the old CMND number: older
            dossiers may have been received under the CMND.

    Returns:
        Oldest first; empty when nothing waits for this citizen.
    """
    numbers = _distinct_numbers(id_numbers)
    if not numbers:
        return []
    return [_return_view(session, row, tz, now) for row in _ready_of(session, numbers, limit)]


def _distinct_numbers(id_numbers: Sequence[str]) -> list[str]:
    """The numbers given, each once, empty ones left out."""
    return [n for n in dict.fromkeys(id_numbers) if n]


def _ready_of(session: Session, id_numbers: list[str], limit: int) -> ScalarResult[Dossier]:
    """Dossiers received under one of ``id_numbers`` whose result is ready, oldest first."""
    return session.scalars(
        select(Dossier)
        .where(Dossier.id_number.in_(id_numbers))
        .where(Dossier.status == int(DossierStatus.RESULT_READY))
        .order_by(Dossier.received_at)
        .limit(limit)
    )


def _return_view(session: Session, dossier: Dossier, tz: tzinfo, now: datetime) -> ReturnView:
    return ReturnView(
        dossier.id, dossier.code, dossier.applicant.full_name if dossier.applicant else "",
        dossier.id_number, dossier.procedure.name, DossierStatus(dossier.status),
        dossier.received_at, dossier.due_at, dossier.finished_at, dossier.returned_at,
        _result_note(session, dossier), dossier.fee_text, dossier.return_method,
        _timeliness_now(dossier, tz, now), dossier.status == DossierStatus.RESULT_READY,
        dossier.visit_ticket_id,
    )  # fmt: skip


def _timeliness_now(dossier: Dossier, tz: tzinfo, now: datetime) -> Timeliness | None:
    """On time, early or late as of ``now``; None for a dossier without a due date."""
    if dossier.due_at is None:
        return None
    return classify(dossier.due_at, dossier.finished_at, now, tz)


def return_result(
    session: Session,
    code: str,
    *,
    receiver: Receiver,
    fee_collected: Decimal | str | None,
    at: datetime,
    tz: tzinfo,
    staff_id: uuid.UUID | None,
    rating: tuple[str, str | None] | None = None,
    ticket_id: uuid.UUID | None = None,
    counter_number: int | None = None,
) -> ReturnRecord:
    """Hand the result over: status 10 with receiver, fee and moment; optionally the rating.

    Without a rating, the rating station of the counter (``counter_number``, else the one
    where the officer serves) is asked to show the three choices (``rating_requests``).

    Raises:
        ServiceError: not ready for return, receiver details missing or invalid, bad fee,
            or a dissatisfied rating without a reason (nothing is saved then).
    """
    if rating is not None:
        check_rating(*rating)
    dossier = dossier_by_code(session, code)
    require_status(dossier, {DossierStatus.RESULT_READY}, "trả kết quả")
    taker = _checked_receiver(dossier, receiver)
    fee = _fee(fee_collected)
    _note_receiver(dossier, taker, fee, staff_id)
    _mark_returned(session, dossier, taker, staff_id, at)
    rated = _rate_or_ask(session, dossier, rating, staff_id, ticket_id, counter_number, at)
    return ReturnRecord(dossier.id, dossier.code, at, taker.name, taker.authorised, fee,
                        _timeliness_at_return(dossier, at, tz), rated)  # fmt: skip


def _note_receiver(
    dossier: Dossier, taker: Receiver, fee: Decimal | None, staff_id: uuid.UUID | None
) -> None:
    """Who took the result, from which officer, and the fee collected."""
    dossier.returned_to_name = taker.name
    dossier.returned_to_id_number = taker.id_number
    dossier.returned_to_authorised = taker.authorised
    dossier.returned_by_id = staff_id
    dossier.fee_collected = fee


def _mark_returned(
    session: Session, dossier: Dossier, taker: Receiver, staff_id: uuid.UUID | None, at: datetime
) -> None:
    """Status 10 (đã trả kết quả) and its audit row."""
    who = "người được ủy quyền" if taker.authorised else "người nộp hồ sơ"
    change_status(session, dossier.id, DossierStatus.RETURNED, at=at, staff_id=staff_id,
                  note=f"Trả kết quả cho {who}: {taker.name}", from_unit=COUNTER_UNIT)  # fmt: skip
    record_audit(session, "result_returned", "dossier", dossier.id, staff_id=staff_id, at=at,
                 detail="authorised" if taker.authorised else "applicant")  # fmt: skip


def _rate_or_ask(
    session: Session,
    dossier: Dossier,
    rating: tuple[str, str | None] | None,
    staff_id: uuid.UUID | None,
    ticket_id: uuid.UUID | None,
    counter_number: int | None,
    at: datetime,
) -> RatingInfo | None:
    """The rating given at the officer's screen, else a request to the rating station."""
    if rating is not None:
        return record_rating(session, office_id=dossier.office_id, level=rating[0],
                             reason=rating[1], dossier_code=dossier.code,
                             ticket_id=ticket_id, staff_id=staff_id, at=at)  # fmt: skip
    request_after_return(session, dossier, at=at, staff_id=staff_id, ticket_id=ticket_id,
                         counter_number=counter_number)  # fmt: skip
    return None


def _timeliness_at_return(dossier: Dossier, at: datetime, tz: tzinfo) -> Timeliness:
    """How the result came against the due date (a dossier without one counts as on time)."""
    return classify(dossier.due_at or at, dossier.finished_at or at, at, tz)


def _checked_receiver(dossier: Dossier, receiver: Receiver) -> Receiver:
    """The receiver's name and ID number: the applicant's by default, checked for another."""
    name = normalise_name(receiver.name or "")
    number = (receiver.id_number or "").strip() or None
    if not receiver.authorised:
        return _applicant_receiver(dossier, name, number)
    return _authorised_receiver(name, number)


def _applicant_receiver(dossier: Dossier, name: str, number: str | None) -> Receiver:
    """The applicant takes the result: their name and ID number unless others were typed."""
    applicant = dossier.applicant
    name = name or (applicant.full_name if applicant else "")
    return Receiver(name, number or dossier.id_number)


def _authorised_receiver(name: str, number: str | None) -> Receiver:
    """An authorised person must give their name and a valid ID number."""
    if not name:
        raise ServiceError(
            "the authorised person's name is required", "Chưa nhập họ tên người được ủy quyền."
        )
    if not number:
        raise ServiceError(
            "the authorised person's ID number is required",
            "Chưa nhập số giấy tờ tùy thân của người được ủy quyền.",
        )
    return Receiver(name, _valid_id(number), authorised=True)


def _valid_id(number: str) -> str:
    compact = re.sub(r"\s+", "", number)
    if compact.isdigit():
        return validate_cccd(compact) if len(compact) == 12 else validate_cmnd(compact)
    return validate_passport(compact)


def _fee(value: Decimal | str | None) -> Decimal | None:
    """The fee collected, in whole dong; None when nothing is entered."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    fee = _parse_amount(value)
    _check_whole_dong(fee)
    return fee


def _check_whole_dong(fee: Decimal) -> None:
    if fee < 0 or fee != fee.to_integral_value():
        raise ServiceError(
            "the fee must be a whole, non-negative amount",
            "Lệ phí phải là số đồng không âm.",
        )


def _parse_amount(value: Decimal | str) -> Decimal:
    """``30.000``, ``30,000đ`` or ``30000`` as a number (thousand separators dropped)."""
    try:
        return Decimal(str(value).strip().replace(".", "").replace(",", "").replace("đ", ""))
    except InvalidOperation:
        raise ServiceError(
            f"the fee {value!r} is not an amount in dong", f"Lệ phí “{value}” không hợp lệ."
        ) from None


def _result_note(session: Session, dossier: Dossier) -> str:
    """The department's note when it marked the result ready (or the stop reason)."""
    if dossier.status == DossierStatus.STOPPED:
        return dossier.stop_reason or ""
    return _ready_note(session, dossier)


def _ready_note(session: Session, dossier: Dossier) -> str:
    """The note of the dossier's latest step to status 9."""
    note = session.scalars(
        select(DossierEvent.note)
        .where(DossierEvent.dossier_id == dossier.id)
        .where(DossierEvent.to_status == int(DossierStatus.RESULT_READY))
        .where(DossierEvent.kind == "status_changed")
        .order_by(DossierEvent.at.desc())
        .limit(1)
    ).first()
    return note or ""
