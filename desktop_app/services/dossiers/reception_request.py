"""What the officer enters for a reception, and its checks: the one place reception rules live.

``request_problems`` runs every check and reports each bad field with its Vietnamese message,
so the form can mark them all at once; ``receive_dossier`` refuses a request with the same
checks (``check_request`` raises the first problem). What needs the database (the procedure,
an earlier save) is checked when saving.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from desktop_app.services.dossiers.applicant_input import (
    ApplicantInput,
    FieldCheck,
    FieldProblems,
    applicant_checks,
    check_length,
    collect_problems,
)
from desktop_app.services.dossiers.notification_rule import (
    RECIPIENT_FIELDS,
    check_medium,
    check_recipient,
)
from desktop_app.services.errors import ServiceError
from motcua_core.domain.lifecycle import Channel

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
        name, kind, count = _document_fields(value)
        name = " ".join(name.split())
        if not name:
            raise ServiceError("a document has no name", "Thành phần hồ sơ chưa có tên.")
        check_length(name, "document_name")
        return cls(name, _document_kind(kind), _document_count(name, count))


def _document_fields(value: DocumentEntry | Mapping[str, object]) -> tuple[str, object, object]:
    """Name, kind and count as given, before any check."""
    if isinstance(value, DocumentEntry):
        return value.name, value.kind, value.count
    return str(value.get("name", "")), value.get("kind", "original"), value.get("count", 1)


def _document_kind(kind: object) -> DocumentKind:
    try:
        return DocumentKind(str(kind))
    except ValueError:
        raise ServiceError(
            f"unknown document kind {kind!r}", f"Loại giấy tờ {kind!r} không hợp lệ."
        ) from None


def _document_count(name: str, count: object) -> int:
    if not isinstance(count, int) or count < 1:
        raise ServiceError(
            f"the number of copies of {name!r} must be at least 1",
            f"Số lượng của “{name}” phải từ 1 trở lên.",
        )
    return count


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
    #: The citizen's consent: sms, zalo, email or none; ``None`` takes the office's default.
    notify_medium: str | None = None


def request_problems(
    request: ReceptionRequest,
    today: date,
    *,
    missing: str | None = None,
    refusal_reason: str | None = None,
) -> FieldProblems:
    """Every problem of the request by field, each with its Vietnamese message.

    The keys are the names of the request's fields (``full_name``, ``id_number``,
    ``sets_count``, ``documents``, ``return_address``...; ``phone`` or ``email`` when the
    chosen notification medium needs it, ``notify_medium`` for an unknown one) and ``reason``
    for the text of an incomplete or refused dossier; a field appears once, with its first
    problem, in the order of the form. Empty when the request can be saved (as far as the
    database is not needed).

    Args:
        request: What the officer entered.
        today: The local date of reception (a birth date may not be after it).
        missing: What is missing, when the dossier is received incomplete (checked if given).
        refusal_reason: Why the dossier is refused, when it is (checked if given).
    """
    checks = _request_checks(request, today)
    if missing is not None:
        checks.append(("reason", lambda: check_missing(missing)))
    if refusal_reason is not None:
        checks.append(("reason", lambda: check_refusal_reason(refusal_reason)))
    return collect_problems(checks)


def check_request(request: ReceptionRequest, today: date | None = None) -> None:
    """Check what can be checked without the database (the GUI calls it before saving).

    Args:
        request: What the officer entered.
        today: The local date of reception (for the birth date); the system date when omitted.

    Raises:
        ServiceError / DomainError: the first problem found.
    """
    request_problems(request, today or date.today()).raise_first()


def checked_documents(request: ReceptionRequest) -> list[dict[str, object]]:
    """The document checklist as stored (``DocumentEntry.as_dict`` of each checked entry)."""
    return [DocumentEntry.from_value(entry).as_dict() for entry in request.documents]


def return_address(request: ReceptionRequest) -> str | None:
    """The postal address as stored; required when the result is sent by post."""
    address = (request.return_address or "").strip() or None
    check_length(address, "return_address")
    if request.return_method == "post" and not address:
        raise ServiceError(
            "a result sent by post needs the postal address",
            "Trả kết quả qua bưu chính cần địa chỉ nhận.",
        )
    return address


def check_missing(text: str | None) -> str:
    """What is missing from an incomplete dossier, trimmed; it may not be empty."""
    return _required(text, "what is missing", "nội dung cần bổ sung, hoàn thiện")


def check_refusal_reason(text: str | None) -> str:
    """Why a dossier is refused at the counter, trimmed; it may not be empty."""
    return _required(text, "reason of refusal", "lý do từ chối")


def _request_checks(request: ReceptionRequest, today: date) -> list[FieldCheck]:
    """The check of each field, in the order of the form (the applicant first)."""
    return [
        *applicant_checks(request.applicant, today),
        ("owner_name", lambda: check_length(request.owner_name, "owner_name")),
        ("fee_text", lambda: check_length(request.fee_text, "fee_text")),
        ("sets_count", lambda: _positive_sets(request.sets_count)),
        ("documents", lambda: checked_documents(request)),
        ("return_method", lambda: _check_return_method(request.return_method)),
        ("return_address", lambda: return_address(request)),
        ("notify_medium", lambda: check_medium(request.notify_medium)),
        (_recipient_field(request), lambda: _check_recipient(request)),
    ]


def _recipient_field(request: ReceptionRequest) -> str:
    """The applicant's field the chosen medium needs (where its problem is shown)."""
    return RECIPIENT_FIELDS.get(request.notify_medium or "", ("notify_medium", ""))[0]


def _check_recipient(request: ReceptionRequest) -> None:
    applicant = request.applicant
    phone, email = ((value or "").strip() for value in (applicant.phone, applicant.email))
    check_recipient(request.notify_medium, phone, email)


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


def _check_return_method(method: str) -> None:
    if method not in RETURN_METHODS:
        raise ServiceError(
            f"unknown return method {method!r}",
            "Hình thức trả kết quả phải là tại Bộ phận Một cửa hoặc qua bưu chính.",
        )
