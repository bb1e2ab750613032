"""The dossier code (mã số hồ sơ): ``<unit code>-<YYMMDD>-<sequence>``.

Example: ``000.00.06.H56-231027-0361``. The unit code is the office's code in the state
agencies' code list; the date is the reception date; the sequence counts dossiers per
unit per day, is at least four digits wide and grows past 9999. This module is the one
place that knows the format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from motcua_core.domain.errors import InvalidDossierCode

#: Shape of a unit code, e.g. ``000.00.06.H56``: digit groups, then a letter and two
#: digits for the province. Change it here if the code list changes.
UNIT_CODE_PATTERN = r"\d{3}(?:\.\d{2}){2}\.[A-Z]\d{2}"

SEQUENCE_MIN_WIDTH = 4
_DATE_FORMAT = "%y%m%d"
# Two-digit years are read in this century only.
_FIRST_YEAR, _LAST_YEAR = 2000, 2099

_UNIT_CODE_RE = re.compile(UNIT_CODE_PATTERN)
_CODE_RE = re.compile(
    rf"(?P<unit>{UNIT_CODE_PATTERN})-(?P<date>\d{{6}})-(?P<sequence>\d{{{SEQUENCE_MIN_WIDTH},}})"
)


def validate_unit_code(code: str) -> str:
    """Return the unit code stripped and upper-cased.

    Raises:
        InvalidDossierCode: The code does not have the unit-code shape.
    """
    cleaned = code.strip().upper()
    if not _UNIT_CODE_RE.fullmatch(cleaned):
        raise InvalidDossierCode(
            f"Unit code {code!r} is not shaped like 000.00.06.H56.",
            f"Mã đơn vị {code!r} không đúng dạng 000.00.06.H56.",
        )
    return cleaned


def _check_received_on(received_on: date) -> None:
    if not _FIRST_YEAR <= received_on.year <= _LAST_YEAR:
        raise InvalidDossierCode(
            f"Reception year {received_on.year} is outside {_FIRST_YEAR}–{_LAST_YEAR}.",
            f"Năm tiếp nhận {received_on.year} nằm ngoài khoảng {_FIRST_YEAR}–{_LAST_YEAR}.",
        )


def _check_sequence(sequence: int) -> None:
    if sequence < 1:
        raise InvalidDossierCode(
            f"Sequence number must be 1 or more, got {sequence}.",
            f"Số thứ tự hồ sơ phải từ 1 trở lên (nhận được {sequence}).",
        )


@dataclass(frozen=True)
class DossierCode:
    """A parsed dossier code; ``str()`` gives its printed form."""

    unit_code: str
    received_on: date
    sequence: int

    def __post_init__(self) -> None:
        if validate_unit_code(self.unit_code) != self.unit_code:
            raise InvalidDossierCode(
                f"Unit code {self.unit_code!r} must be upper-case without spaces.",
                f"Mã đơn vị {self.unit_code!r} phải viết hoa, không có khoảng trắng.",
            )
        _check_received_on(self.received_on)
        _check_sequence(self.sequence)

    def __str__(self) -> str:
        day = self.received_on.strftime(_DATE_FORMAT)
        return f"{self.unit_code}-{day}-{self.sequence:0{SEQUENCE_MIN_WIDTH}d}"


def format_dossier_code(unit_code: str, received_on: date, sequence: int) -> str:
    """Build the printed dossier code, e.g. ``000.00.06.H56-231027-0361``.

    Raises:
        InvalidDossierCode: A part is out of shape or range.
    """
    return str(DossierCode(validate_unit_code(unit_code), received_on, sequence))


def _parse_date(digits: str, text: str) -> date:
    try:
        return date(2000 + int(digits[:2]), int(digits[2:4]), int(digits[4:]))
    except ValueError:
        raise InvalidDossierCode(
            f"Dossier code {text!r} has no real date in {digits!r} (YYMMDD expected).",
            f"Mã hồ sơ {text!r} có ngày {digits!r} không hợp lệ (cần dạng YYMMDD).",
        ) from None


def parse_dossier_code(text: str) -> DossierCode:
    """Read a dossier code, tolerating surrounding spaces and a lower-case letter.

    Raises:
        InvalidDossierCode: The text is not a dossier code; the message says why.
    """
    cleaned = text.strip().upper()
    match = _CODE_RE.fullmatch(cleaned)
    if match is None:
        raise InvalidDossierCode(
            f"{text!r} is not a dossier code shaped like 000.00.06.H56-231027-0361.",
            f"{text!r} không phải mã hồ sơ dạng 000.00.06.H56-231027-0361.",
        )
    received_on = _parse_date(match["date"], text)
    return DossierCode(match["unit"], received_on, int(match["sequence"]))


def is_dossier_code(text: str) -> bool:
    """Tell whether the text reads as a dossier code."""
    try:
        parse_dossier_code(text)
    except InvalidDossierCode:
        return False
    return True
