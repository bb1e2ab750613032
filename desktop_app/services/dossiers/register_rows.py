"""Checking the rows of a legacy register: one ``RegisterRow`` ready to insert, or a ``RowError``.

Pure once built: the validator holds the catalogue's procedure ids and the office's time zone
(moments written without an offset are local), and touches no database while checking.

Before any other check every cell is refused if it holds a NUL or another control character
(only tabs and line breaks, which become spaces, are let through) or is longer than its column
(the limits of :mod:`motcua_core.domain.field_limits`). A row's message names its column and
what is wrong, never the value itself: it may be a citizen's name, ID number or phone.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.dossiers.register_file import REGISTER_COLUMNS
from desktop_app.services.office.catalog import short_code
from desktop_app.storage.models import Procedure
from motcua_core.domain import field_limits
from motcua_core.domain.dossier_code import is_dossier_code
from motcua_core.domain.errors import DomainError
from motcua_core.domain.garbled_text import has_stray_characters
from motcua_core.domain.identifiers import IdType, normalise_phone, validate_id
from motcua_core.domain.lifecycle import Channel, DossierStatus
from motcua_core.domain.text import normalise_name, normalise_whitespace

_CHANNELS = {"1": 1, "2": 2, "3": 3, "in_person": 1, "online": 2, "post": 3, "": 1}
#: Statuses whose row must say when the result came out, and when it was handed back.
_FINISHED_STATUSES = (int(DossierStatus.RESULT_READY), int(DossierStatus.RETURNED))
_RETURNED_STATUS = int(DossierStatus.RETURNED)
#: The longest text of each register column that has a limit of its own (the column's size).
COLUMN_LIMITS = {
    "applicant_name": field_limits.FULL_NAME,
    "id_number": field_limits.ID_NUMBER,
    "phone": field_limits.PHONE,
    "address": field_limits.ADDRESS,
    "visit_id": field_limits.VISIT_KEY,
}
#: Any other register cell: far longer than a code, a moment or a status can be.
OTHER_CELL_LIMIT = 100


@dataclass(frozen=True)
class RowError:
    line: int
    message: str


@dataclass(frozen=True)
class RegisterRow:
    """A validated row, ready to insert."""

    line: int
    code: str
    procedure_id: uuid.UUID
    name: str
    id_type: str | None
    id_number: str | None
    phone: str | None
    address: str
    channel: int
    status: int
    received_at: datetime
    due_at: datetime | None
    finished_at: datetime | None
    returned_at: datetime | None
    visit_key: str | None


@dataclass(frozen=True)
class _Moments:
    """The dates of a row, in the order they must follow."""

    received: datetime
    finished: datetime | None
    returned: datetime | None

    def check_order(self) -> None:
        pairs = (
            (self.finished, self.received, "finished_at"),
            (self.returned, self.finished or self.received, "returned_at"),
        )
        for later, earlier, what in pairs:
            if later is not None and later < earlier:
                raise ValueError(f"{what} is before the moment it follows")


class RowValidator:
    """Checks rows against the catalogue and the calendar zone; pure after construction."""

    def __init__(self, procedures: dict[str, uuid.UUID], tz: ZoneInfo) -> None:
        self.procedures = procedures
        self.tz = tz

    @classmethod
    def from_database(cls, session: Session, tz: ZoneInfo) -> RowValidator:
        rows = session.execute(select(Procedure.code, Procedure.id))
        return cls({code: pid for code, pid in rows}, tz)

    def check(self, line: int, raw: dict[str, str]) -> RegisterRow | RowError:
        try:
            return self._check(line, _clean_cells(raw))
        except (ValueError, DomainError) as exc:
            return RowError(line, str(exc))

    def _check(self, line: int, raw: dict[str, str]) -> RegisterRow:
        code = _code(raw["code"])
        name = _name(raw["applicant_name"])
        status = _status(raw["status"])
        moments = self._moments(raw, status)
        id_type, id_number = _identity(raw["id_number"])
        return RegisterRow(
            line, code, self._procedure(raw["procedure_code"]), name, id_type, id_number,
            _phone(raw["phone"]), raw["address"], _channel(raw["channel"]), status,
            moments.received, self._moment(raw, "due_at"), moments.finished, moments.returned,
            raw["visit_id"] or None,
        )  # fmt: skip

    def _moments(self, raw: dict[str, str], status: int) -> _Moments:
        """Received, finished and returned, required as the status implies, in order."""
        received = self._moment(raw, "received_at", required=True)
        assert received is not None
        moments = _Moments(
            received,
            self._moment(raw, "finished_at", required=status in _FINISHED_STATUSES),
            self._moment(raw, "returned_at", required=status == _RETURNED_STATUS),
        )
        moments.check_order()
        return moments

    def _procedure(self, code: str) -> uuid.UUID:
        found = self.procedures.get(code) or self.procedures.get(short_code(code))
        if found is None:
            raise ValueError(f"procedure {code!r} is not in the catalogue")
        return found

    def _moment(self, raw: dict[str, str], name: str, required: bool = False) -> datetime | None:
        text = raw[name]
        if not text:
            if required:
                raise ValueError(f"{name} is empty")
            return None
        moment = _iso_moment(name, text)
        return moment.replace(tzinfo=self.tz) if moment.tzinfo is None else moment


def _clean_cells(raw: dict[str, str]) -> dict[str, str]:
    """The register's cells (a missing one is empty), spaces collapsed; junk or too long refused.

    Other columns of the file are left out unread.
    """
    return {name: _clean_cell(name, raw.get(name) or "") for name in REGISTER_COLUMNS}


def _clean_cell(name: str, value: str) -> str:
    if "\x00" in value:
        raise ValueError(f"{name} holds a NUL character")
    text = normalise_whitespace(value)
    if has_stray_characters(text):
        raise ValueError(f"{name} holds a control or unprintable character")
    limit = COLUMN_LIMITS.get(name, OTHER_CELL_LIMIT)
    if len(text) > limit:
        raise ValueError(f"{name} is longer than {limit} characters ({len(text)})")
    return text


def _iso_moment(name: str, text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{name} {text!r} is not an ISO 8601 date-time") from None


def _code(text: str) -> str:
    code = text.upper()
    if not is_dossier_code(code):
        raise ValueError(f"code {text!r} is not a dossier code")
    return code


def _name(text: str) -> str:
    name = normalise_name(text)
    if not name:
        raise ValueError("applicant_name is empty")
    return name


def _phone(text: str) -> str | None:
    if not text:
        return None
    try:
        return normalise_phone(text)
    except DomainError:  # its message quotes the number
        raise ValueError("phone is not a Vietnamese phone number") from None


def _status(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 10:
        raise ValueError(f"status {text!r} is not a national status code 1–10")
    return int(DossierStatus(int(text)))


def _channel(text: str) -> int:
    if text.lower() not in _CHANNELS:
        raise ValueError(f"channel {text!r} is not 1, 2, 3, in_person, online or post")
    return int(Channel(_CHANNELS[text.lower()]))


def _identity(text: str) -> tuple[str | None, str | None]:
    if not text:
        return None, None
    compact = "".join(text.split())
    kind = IdType.CCCD if len(compact) == 12 and compact.isdigit() else (
        IdType.CMND if compact.isdigit() else IdType.PASSPORT)  # fmt: skip
    try:
        return str(kind), validate_id(kind, compact)
    except DomainError:  # its message quotes the number
        raise ValueError(f"id_number is not a valid {kind.name} number") from None
