"""The applicant of a dossier: what the officer entered, checked, and the record it updates.

Every text is checked against its limit in :mod:`motcua_core.domain.field_limits` (the size of
its column, and the form's ``maxLength``), after normalisation, since that is what is stored.
"""

from __future__ import annotations

import unicodedata
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.errors import ServiceError
from desktop_app.storage.models import Applicant
from motcua_core.domain import field_limits
from motcua_core.domain.email_address import is_email_address
from motcua_core.domain.identifiers import (
    SEX_LABELS_VI,
    IdType,
    Sex,
    normalise_phone,
    validate_cmnd,
    validate_id,
)
from motcua_core.domain.text import fold_for_search, normalise_name, normalise_whitespace


@dataclass(frozen=True)
class ApplicantInput:
    """The applicant as entered or read from the citizen's card."""

    full_name: str
    id_type: IdType | None = None
    id_number: str | None = None
    birth_date: date | None = None
    phone: str | None = None
    email: str | None = None
    address: str = ""
    sex: Sex | None = None
    old_id_number: str | None = None


@dataclass(frozen=True)
class CheckedApplicant:
    """An applicant after every check, normalised as it is stored."""

    full_name: str
    id_number: str | None
    old_id_number: str | None
    phone: str | None
    email: str | None
    address: str


def check_length(value: str | None, field: str) -> None:
    """Refuse a text longer than the limit of ``field`` (a key of ``field_limits.LIMITS``).

    Raises:
        ServiceError: The text is too long; the message names the field and its limit.
    """
    limit = field_limits.LIMITS[field]
    if value is not None and len(value) > limit:
        label = field_limits.LABELS_VI[field]
        raise ServiceError(
            f"the {field} is longer than {limit} characters ({len(value)})",
            f"{label} dài quá {limit} ký tự (đang có {len(value)} ký tự); hãy rút gọn.",
        )


def check_applicant(data: ApplicantInput, today: date) -> CheckedApplicant:
    """The applicant normalised as stored.

    Raises:
        ServiceError / DomainError: empty or too long name, birth date after ``today``, bad
            identifier, sex, phone or e-mail, a text over its limit.
    """
    name = normalise_name(data.full_name)
    if not name:
        raise ServiceError("the applicant's name is empty", "Chưa nhập họ tên người nộp hồ sơ.")
    check_length(name, "full_name")
    _check_birth_date(data.birth_date, today)
    _check_sex(data.sex)
    email = (data.email or "").strip() or None
    check_length(email, "email")
    if email and not is_email_address(email):
        raise ServiceError(
            f"{email!r} is not an e-mail address", f"{email!r} không phải địa chỉ email."
        )
    address = normalise_whitespace(unicodedata.normalize("NFC", data.address or ""))
    check_length(address, "address")
    return CheckedApplicant(
        full_name=name,
        id_number=_id_number(data),
        old_id_number=_old_id_number(data.old_id_number),
        phone=normalise_phone(data.phone) if data.phone and data.phone.strip() else None,
        email=email,
        address=address,
    )


def find_or_add_applicant(session: Session, data: ApplicantInput, today: date) -> Applicant:
    """A known applicant is reused by ID number; details given now update the record."""
    checked = check_applicant(data, today)
    applicant = None
    if checked.id_number:
        applicant = session.scalars(
            select(Applicant).where(Applicant.id_number == checked.id_number).limit(1)
        ).first()
    if applicant is None:
        applicant = Applicant(id=uuid.uuid4(), id_type=data.id_type, id_number=checked.id_number)
        session.add(applicant)
    applicant.full_name = checked.full_name
    applicant.name_key = fold_for_search(checked.full_name)
    applicant.birth_date = data.birth_date or applicant.birth_date
    applicant.sex = data.sex or applicant.sex
    applicant.old_id_number = checked.old_id_number or applicant.old_id_number
    applicant.phone = checked.phone or applicant.phone
    applicant.email = checked.email or applicant.email
    applicant.address = checked.address or applicant.address or ""
    return applicant


def _check_birth_date(birth_date: date | None, today: date) -> None:
    if birth_date is not None and birth_date > today:
        raise ServiceError(
            f"the birth date {birth_date.isoformat()} is after today",
            f"Ngày sinh {birth_date:%d/%m/%Y} ở sau ngày hôm nay ({today:%d/%m/%Y}).",
        )


def _check_sex(sex: str | None) -> None:
    if sex is not None and sex not in SEX_LABELS_VI:
        raise ServiceError(f"unknown sex {sex!r}", "Giới tính phải là Nam hoặc Nữ.")


def _id_number(data: ApplicantInput) -> str | None:
    if not (data.id_number and data.id_number.strip()):
        return None
    if not data.id_type:
        raise ServiceError("the ID type is missing", "Chưa chọn loại giấy tờ tùy thân.")
    birth_year = data.birth_date.year if data.birth_date else None
    return validate_id(data.id_type, data.id_number, birth_year)


def _old_id_number(number: str | None) -> str | None:
    if not (number and number.strip()):
        return None
    return validate_cmnd(number)
