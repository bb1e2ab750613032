"""Citizens the office already knows: pre-filling the form, what the card changed, doubled saves.

All lookups go through the ID-number indexes (``ix_dossier_id_number``,
``ix_applicant_id_number``): one citizen has a handful of rows even among millions, so sorting
them by date costs nothing.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from desktop_app.storage.models import Applicant, Dossier, Procedure
from motcua_core.domain.cccd_qr import CardData
from motcua_core.domain.identifiers import SEX_LABELS_VI, IdType, Sex, as_sex
from motcua_core.domain.text import normalise_whitespace

#: How long after a reception the same citizen and procedure count as a possible doubled save.
DUPLICATE_WINDOW = timedelta(hours=1)

_FIELD_LABELS_VI = {
    "full_name": "Họ tên",
    "birth_date": "Ngày sinh",
    "sex": "Giới tính",
    "address": "Địa chỉ",
    "old_id_number": "Số CMND cũ",
}


@dataclass(frozen=True)
class KnownApplicant:
    """The newest record of a citizen, to pre-fill the reception form."""

    full_name: str
    id_type: IdType | None
    id_number: str
    old_id_number: str | None
    birth_date: date | None
    sex: Sex | None
    address: str
    phone: str | None
    email: str | None
    #: When the newest dossier of this citizen was received; None if none was.
    last_received_at: datetime | None


@dataclass(frozen=True)
class FieldChange:
    """One field where the card disagrees with what the office has on record."""

    field: str
    label_vi: str
    old: str | date | None
    new: str | date | None

    @property
    def old_text(self) -> str:
        """The recorded value as the form shows it (dd/mm/yyyy, Nam/Nữ)."""
        return _as_text(self.field, self.old)

    @property
    def new_text(self) -> str:
        """The card's value as the form shows it."""
        return _as_text(self.field, self.new)


@dataclass(frozen=True)
class DuplicateHit:
    """A dossier of the same citizen and procedure received a short while ago."""

    code: str
    received_at: datetime


def known_applicant(session: Session, id_number: str) -> KnownApplicant | None:
    """The newest record of the citizen with this ID number, or None if the office has none.

    The applicant of the newest dossier wins; an applicant without dossiers (an imported
    register) is used when no dossier names the number.
    """
    number = _compact(id_number)
    if not number:
        return None
    newest = _newest_dossier(session, number)
    applicant = session.get(Applicant, newest.applicant_id) if newest else None
    if applicant is None:
        applicant = _newest_applicant(session, number)
    if applicant is None:
        return None
    return _known(applicant, number, newest.received_at if newest else None)


def differences(known: KnownApplicant, card: CardData) -> list[FieldChange]:
    """The fields where the scanned card disagrees with the record, in the form's order.

    Spacing and composed/decomposed accents do not count as a change; an old CMND the card does
    not carry is no disagreement.
    """
    return [
        FieldChange(name, _FIELD_LABELS_VI[name], old, new)
        for name, old, new in _compared_fields(known, card)
        if _comparable(old) != _comparable(new)
    ]


def recent_duplicates(
    session: Session,
    id_number: str,
    procedure_code: str,
    now: datetime,
    within: timedelta = DUPLICATE_WINDOW,
) -> list[DuplicateHit]:
    """Dossiers of this ID number and procedure received in the ``within`` before ``now``.

    The counter asks before saving: a save that crashed half-way, then typed again, would
    otherwise make a second dossier without anyone noticing. Newest first.
    """
    number = _compact(id_number)
    if not number:
        return []
    query = (
        select(Dossier.code, Dossier.received_at)
        .join(Procedure, Procedure.id == Dossier.procedure_id)
        .where(
            Dossier.id_number == number,
            Procedure.code == procedure_code,
            Dossier.received_at >= now - within,
            Dossier.received_at <= now,
        )
        .order_by(Dossier.received_at.desc())
    )
    return [DuplicateHit(code, received_at) for code, received_at in session.execute(query)]


def _compact(id_number: str) -> str:
    """The ID number without the spaces a card reader or a person may put in it."""
    return re.sub(r"\s+", "", id_number)


def _newest_dossier(session: Session, number: str) -> Row[uuid.UUID | None, datetime] | None:
    """The applicant and reception moment of the newest dossier naming ``number``."""
    query = (
        select(Dossier.applicant_id, Dossier.received_at)
        .where(Dossier.id_number == number, Dossier.applicant_id.is_not(None))
        .order_by(Dossier.received_at.desc())
        .limit(1)
    )
    return session.execute(query).first()


def _newest_applicant(session: Session, number: str) -> Applicant | None:
    """The newest applicant record with ``number`` (one imported without dossiers, say)."""
    query = (
        select(Applicant)
        .where(Applicant.id_number == number)
        .order_by(Applicant.created_at.desc())
        .limit(1)
    )
    return session.scalars(query).first()


def _compared_fields(
    known: KnownApplicant, card: CardData
) -> list[tuple[str, str | date | None, str | date | None]]:
    """(field, recorded, on the card) in the form's order; the old CMND only if the card has it."""
    pairs: list[tuple[str, str | date | None, str | date | None]] = [
        ("full_name", known.full_name, card.full_name),
        ("birth_date", known.birth_date, card.birth_date),
        ("sex", known.sex, card.sex),
        ("address", known.address, card.address),
    ]
    if card.old_id_number is not None:
        pairs.append(("old_id_number", known.old_id_number, card.old_id_number))
    return pairs


def _known(applicant: Applicant, number: str, received_at: datetime | None) -> KnownApplicant:
    id_type = IdType(applicant.id_type) if applicant.id_type in set(IdType) else None
    return KnownApplicant(
        full_name=applicant.full_name,
        id_type=id_type,
        id_number=number,
        old_id_number=applicant.old_id_number,
        birth_date=applicant.birth_date,
        sex=as_sex(applicant.sex),
        address=applicant.address or "",
        phone=applicant.phone,
        email=applicant.email,
        last_received_at=received_at,
    )


def _comparable(value: str | date | None) -> str | date | None:
    if isinstance(value, str):
        return normalise_whitespace(unicodedata.normalize("NFC", value)) or None
    return value


def _as_text(field: str, value: str | date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    sex = as_sex(value) if field == "sex" else None
    return SEX_LABELS_VI[sex] if sex else value
