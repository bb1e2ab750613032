"""What an officer records about a digitised document, checked before anything is stored.

The fields provincial systems keep (Decree 45/2020, Circular 01/2023): name and kind, number or
reference, issue date, issuing body, validity (until a day, or permanent) and the owner's ID
number, the key under which the document is offered again for reuse.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_app.services.dossiers.applicant_input import check_length
from desktop_app.services.errors import ServiceError
from motcua_core.domain import field_limits as limits


@dataclass(frozen=True)
class AttachmentMetadata:
    """A document's metadata; ``name`` empty: the checklist line's name."""

    name: str = ""
    kind: str | None = None
    number: str | None = None
    issued_on: date | None = None
    issuer: str | None = None
    valid_until: date | None = None
    permanent: bool = False
    owner_id_number: str | None = None


def checked_metadata(metadata: AttachmentMetadata) -> AttachmentMetadata:
    """``metadata`` if every field fits; ``ServiceError`` naming the first that does not."""
    for field, value in (
        ("document_name", metadata.name),
        ("attachment_kind", metadata.kind),
        ("attachment_number", metadata.number),
        ("attachment_issuer", metadata.issuer),
        ("id_number", metadata.owner_id_number),
    ):
        check_length(value, field)
    _check_validity(metadata)
    return metadata


def _check_validity(metadata: AttachmentMetadata) -> None:
    if metadata.permanent and metadata.valid_until is not None:
        raise ServiceError(
            "a document is valid until a day or permanent, not both",
            "Giấy tờ có thời hạn đến một ngày hoặc vô thời hạn, không thể cả hai.",
        )
    for day in (metadata.issued_on, metadata.valid_until):
        _check_day(day)
    _check_order(metadata.issued_on, metadata.valid_until)


def _check_day(day: date | None) -> None:
    if day is not None and not limits.EARLIEST_DAY <= day <= limits.LATEST_DAY:
        raise ServiceError(
            f"the day {day.isoformat()} is out of range", f"Ngày {day:%d/%m/%Y} không hợp lệ."
        )


def _check_order(issued_on: date | None, valid_until: date | None) -> None:
    if issued_on is not None and valid_until is not None and valid_until < issued_on:
        raise ServiceError(
            "the document is valid until a day before it was issued",
            "Ngày hết hạn trước ngày cấp.",
        )


def still_valid(permanent: bool, valid_until: date | None, on_day: date) -> bool:
    """Whether a digitised document may be reused on ``on_day`` (the rule of reuse)."""
    return permanent or (valid_until is not None and valid_until >= on_day)
