"""The applicant of a dossier: what the officer entered, checked, and the record it updates.

Every text is checked against its limit in :mod:`motcua_core.domain.field_limits` (the size of
its column, and the form's ``maxLength``), after normalisation, since that is what is stored.
Each field has its own check (``applicant_checks``), so that a form can be told every bad field
at once (``collect_problems``) while a save stops at the first.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.errors import ServiceError
from desktop_app.storage.models import Applicant
from motcua_core.domain import field_limits
from motcua_core.domain.email_address import is_email_address
from motcua_core.domain.errors import DomainError
from motcua_core.domain.garbled_text import has_stray_characters
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


#: Line breaks and tabs, which a multi-line text may hold: left out of the control-character check.
_LINE_BREAKS = str.maketrans("", "", "\n\r\t")

#: A field's name and its check: it returns the value as stored, or raises what is wrong.
FieldCheck = tuple[str, Callable[[], Any]]


class FieldProblems(Mapping[str, str]):
    """What is wrong with a form, by field: ``problems["email"]`` is the message for the officer.

    Empty when every field is good. The fields come in the order they were checked.
    """

    def __init__(self, errors: dict[str, ServiceError | DomainError]) -> None:
        self._errors = errors

    def __getitem__(self, name: str) -> str:
        return self._errors[name].message_vi

    def __iter__(self) -> Iterator[str]:
        return iter(self._errors)

    def __len__(self) -> int:
        return len(self._errors)

    def raise_first(self) -> None:
        """Raise the first problem as its check raised it (``ServiceError`` or ``DomainError``)."""
        for error in self._errors.values():
            raise error


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

    A NUL or another control character (line breaks and tabs aside) is refused as well.

    Raises:
        ServiceError: The text is too long or holds a control character; the message names
            the field, never the text.
    """
    label = field_limits.LABELS_VI[field]
    if value is not None and has_stray_characters(value.translate(_LINE_BREAKS)):
        raise ServiceError(
            f"the {field} holds a control character",
            f"{label} có ký tự điều khiển hoặc ký tự không in được; hãy nhập lại.",
        )
    limit = field_limits.LIMITS[field]
    if value is not None and len(value) > limit:
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
    values = {name: check() for name, check in applicant_checks(data, today)}
    return CheckedApplicant(
        full_name=values["full_name"],
        id_number=values["id_number"],
        old_id_number=values["old_id_number"],
        phone=values["phone"],
        email=values["email"],
        address=values["address"],
    )


def applicant_checks(data: ApplicantInput, today: date) -> list[FieldCheck]:
    """The check of each field of the applicant, in the order a problem is reported.

    Each check returns the field's value as stored, or raises what is wrong with it.
    """
    return [
        ("full_name", lambda: _full_name(data.full_name)),
        ("birth_date", lambda: _check_birth_date(data.birth_date, today)),
        ("sex", lambda: _check_sex(data.sex)),
        ("email", lambda: _email(data.email)),
        ("address", lambda: _address(data.address)),
        ("id_number", lambda: _id_number(data)),
        ("old_id_number", lambda: _old_id_number(data.old_id_number)),
        ("phone", lambda: _phone(data.phone)),
    ]


def collect_problems(checks: Iterable[FieldCheck]) -> FieldProblems:
    """Run every check, past the first failure, and keep the first problem of each field."""
    errors: dict[str, ServiceError | DomainError] = {}
    for name, check in checks:
        try:
            check()
        except (ServiceError, DomainError) as error:
            errors.setdefault(name, error)
    return FieldProblems(errors)


def find_or_add_applicant(session: Session, data: ApplicantInput, today: date) -> Applicant:
    """A known applicant is reused by ID number; details given now update the record."""
    checked = check_applicant(data, today)
    applicant = _applicant_with_number(session, checked.id_number)
    if applicant is None:
        applicant = Applicant(id=uuid.uuid4(), id_type=data.id_type, id_number=checked.id_number)
        session.add(applicant)
    _update_applicant(applicant, data, checked)
    return applicant


def _applicant_with_number(session: Session, id_number: str | None) -> Applicant | None:
    if not id_number:
        return None
    query = select(Applicant).where(Applicant.id_number == id_number).limit(1)
    return session.scalars(query).first()


def _update_applicant(
    applicant: Applicant, data: ApplicantInput, checked: CheckedApplicant
) -> None:
    """The name as given now; other details only where given (a blank keeps the record's)."""
    applicant.full_name = checked.full_name
    applicant.name_key = fold_for_search(checked.full_name)
    applicant.birth_date = data.birth_date or applicant.birth_date
    applicant.sex = data.sex or applicant.sex
    applicant.old_id_number = checked.old_id_number or applicant.old_id_number
    applicant.phone = checked.phone or applicant.phone
    applicant.email = checked.email or applicant.email
    applicant.address = checked.address or applicant.address or ""


def _full_name(text: str) -> str:
    name = normalise_name(text)
    if not name:
        raise ServiceError("the applicant's name is empty", "Chưa nhập họ tên người nộp hồ sơ.")
    check_length(name, "full_name")
    return name


def _email(text: str | None) -> str | None:
    email = (text or "").strip() or None
    check_length(email, "email")
    if email:
        _check_email_address(email)
    return email


def _check_email_address(email: str) -> None:
    if not is_email_address(email):
        raise ServiceError(
            f"{email!r} is not an e-mail address", f"{email!r} không phải địa chỉ email."
        )


def _address(text: str) -> str:
    address = normalise_whitespace(unicodedata.normalize("NFC", text or ""))
    check_length(address, "address")
    return address


def _phone(text: str | None) -> str | None:
    return normalise_phone(text) if text and text.strip() else None


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
