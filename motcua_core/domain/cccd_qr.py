"""The QR code of a citizen's card: chip CCCD (2021) and Căn cước card (from 1 July 2024).

Conventions:

* The payload is text, fields separated by ``|``, read by position::

      ID (12 digits)|old CMND (9 digits or empty)|full name|birth ddmmyyyy|Nam or Nữ|
      address|issue ddmmyyyy[|more fields…]

  The address is the permanent address on the 2021 card and the place of residence on the
  2024 card. Fields after the issue date are kept in ``extra_fields`` and not interpreted.
* Every field is checked by its content as well as its position: a payload whose content does
  not fit its positions is refused (``kind="malformed"``), never guessed.
* The fields must agree with each other: the ID's 4th digit encodes sex and birth century, its
  5th–6th digits the birth year; dates are real and in order (``kind="inconsistent"``).
* A scanner that types through a Vietnamese input method or a wrong code page damages the text
  (``kind="garbled"``); the message tells the officer how to stop it.
* Messages name the field but never quote its value: they may end up in a log.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Literal

from motcua_core.domain import field_limits, garbled_text
from motcua_core.domain.errors import DomainError, InvalidIdentifier
from motcua_core.domain.identifiers import (
    Sex,
    cccd_birth_year,
    cccd_sex,
    validate_cccd,
)
from motcua_core.domain.text import fold_for_search, normalise_name, normalise_whitespace

PayloadFault = Literal["malformed", "inconsistent", "garbled"]

FIELD_COUNT = 7

#: Vietnamese name of each field of the payload, as messages cite it.
FIELD_LABELS_VI: Mapping[str, str] = MappingProxyType(
    {
        "payload": "mã QR",
        "id_number": "Số căn cước",
        "old_id_number": "Số CMND cũ",
        "full_name": "Họ tên",
        "birth_date": "Ngày sinh",
        "sex": "Giới tính",
        "address": "Nơi thường trú / nơi cư trú",
        "issue_date": "Ngày cấp",
    }
)

GARBLED_ADVICE_VI = (
    "Tắt bộ gõ tiếng Việt (Unikey/EVKey, kiểu gõ Telex/VNI) trong lúc quét, hoặc chuyển máy quét "
    "sang chế độ cổng nối tiếp (USB-COM), rồi quét lại thẻ."
)

_PAYLOAD_SHAPE = re.compile(r"\d{12}\|")
_DIGITS_12 = re.compile(r"\d{12}")
_DIGITS_9 = re.compile(r"\d{9}")
_DATE = re.compile(r"(\d{2})(\d{2})(\d{4})")
_NAME_CHARS = re.compile(r"[^\W\d_]+(?:[ '’\-][^\W\d_]+)*")
_GARBLED_SEX = re.compile(r"n[uw][\w~'`?.]{0,4}")


@dataclass(frozen=True)
class CardData:
    """What the card's QR code says about its holder, checked and normalised."""

    id_number: str
    old_id_number: str | None
    full_name: str
    birth_date: date
    sex: Sex
    address: str
    issue_date: date
    extra_fields: tuple[str, ...] = ()


class CardPayloadError(DomainError):
    """A scanned card payload is refused.

    Attributes:
        kind: ``"malformed"`` (a field's content does not fit its position), ``"inconsistent"``
            (fields contradict each other or the calendar) or ``"garbled"`` (the scanner's
            keystrokes were changed by an input method or a code page).
        field: The payload field at fault (a key of :data:`FIELD_LABELS_VI`).
    """

    def __init__(self, kind: PayloadFault, field: str, message: str, message_vi: str) -> None:
        super().__init__(message, message_vi)
        self.kind: PayloadFault = kind
        self.field = field


def looks_like_card_payload(text: str) -> bool:
    """Cheap shape test telling a card scan from a dossier code, a name or an ID typed alone.

    True for 12 digits and ``|`` at the start (surrounding whitespace ignored) with at least
    six ``|`` separators. It does not check the content: :func:`parse_card_payload` does.
    """
    stripped = text.strip()
    return _PAYLOAD_SHAPE.match(stripped) is not None and stripped.count("|") >= FIELD_COUNT - 1


def parse_card_payload(text: str, today: date | None = None) -> CardData:
    """Read and check a card's QR payload.

    Args:
        text: The payload as scanned; surrounding whitespace (the scanner's CR/LF) is ignored,
            decomposed accents (NFD) are composed.
        today: The current date for the date checks; the system date when omitted.

    Raises:
        CardPayloadError: The payload is malformed, inconsistent or garbled.
    """
    payload = unicodedata.normalize("NFC", text).strip()
    _check_encoding(payload)
    fields = [part.strip() for part in payload.split("|")]
    if len(fields) < FIELD_COUNT:
        raise _malformed("payload", f"has {FIELD_COUNT} fields", f"phải có {FIELD_COUNT} trường")
    _check_typing(fields[2], fields[4], fields[5])
    card = _read_fields(fields)
    if not garbled_text.has_vietnamese_marks(card.full_name + card.address):
        raise _garbled("full_name", "no diacritics", "họ tên và địa chỉ mất hết dấu tiếng Việt")
    _check_consistent(card, today or date.today())
    return card


def _read_fields(fields: list[str]) -> CardData:
    return CardData(
        id_number=_id_number(fields[0]),
        old_id_number=_old_id_number(fields[1]),
        full_name=_full_name(fields[2]),
        birth_date=_date(fields[3], "birth_date"),
        sex=_sex(fields[4]),
        address=_address(fields[5]),
        issue_date=_date(fields[6], "issue_date"),
        extra_fields=tuple(fields[FIELD_COUNT:]),
    )


# --- errors ------------------------------------------------------------------------------


def _malformed(field: str, rule: str, rule_vi: str) -> CardPayloadError:
    label = FIELD_LABELS_VI[field]
    return CardPayloadError(
        "malformed",
        field,
        f"Card QR payload refused: the {field} field {rule}.",
        f"Mã QR trên thẻ căn cước không đọc được: trường {label} {rule_vi}. "
        "Quét lại thẻ hoặc nhập tay.",
    )


def _inconsistent(field: str, rule: str, rule_vi: str) -> CardPayloadError:
    return CardPayloadError(
        "inconsistent",
        field,
        f"Card QR payload refused: {rule}.",
        f"Thông tin trong mã QR trên thẻ không khớp nhau: {rule_vi}. "
        "Kiểm tra lại thẻ, nếu cần thì nhập tay.",
    )


def _garbled(field: str, damage: str, damage_vi: str) -> CardPayloadError:
    where_vi = "" if field == "payload" else f" ở trường {FIELD_LABELS_VI[field]}"
    return CardPayloadError(
        "garbled",
        field,
        f"Card QR payload garbled on the way ({damage} in the {field} field): switch the "
        "Vietnamese input method off or use the scanner's serial mode.",
        f"Mã QR trên thẻ bị đọc sai ký tự ({damage_vi}{where_vi}). {GARBLED_ADVICE_VI}",
    )


# --- garbled text ------------------------------------------------------------------------


def _check_encoding(payload: str) -> None:
    if garbled_text.has_mojibake(payload):
        raise _garbled("payload", "mojibake", "sai bảng mã, ví dụ “á»”, “Ä‘”")
    if garbled_text.has_stray_characters(payload):
        raise _garbled("payload", "stray characters", "có ký tự lạ hoặc ký tự điều khiển")


def _check_typing(name: str, sex: str, address: str) -> None:
    """Refuse input-method residue in the text fields (before their content is checked)."""
    if _sex_is_garbled(sex):
        raise _garbled("sex", "sex not Nam/Nữ", "giới tính mất dấu hoặc lẫn phím gõ")
    if garbled_text.residue_words(name):
        raise _garbled("full_name", "input-method keys", "lẫn phím gõ Telex/VNI")
    residue = garbled_text.residue_words(address)
    if residue and len(residue) > len(garbled_text.marked_words(address)):
        raise _garbled("address", "input-method keys", "lẫn phím gõ Telex/VNI")


def _sex_is_garbled(value: str) -> bool:
    if value.casefold() in ("nam", "nữ"):
        return False
    return fold_for_search(value) == "nu" or _GARBLED_SEX.fullmatch(value.casefold()) is not None


# --- fields ------------------------------------------------------------------------------


def _id_number(value: str) -> str:
    if not _DIGITS_12.fullmatch(value):
        raise _malformed("id_number", "is not 12 digits", "phải gồm 12 chữ số")
    try:
        return validate_cccd(value)
    except InvalidIdentifier:
        raise _malformed(
            "id_number", "opens with no birth-place code", "có mã nơi đăng ký khai sinh sai"
        ) from None


def _old_id_number(value: str) -> str | None:
    if not value:
        return None
    if not _DIGITS_9.fullmatch(value):
        raise _malformed("old_id_number", "is neither 9 digits nor empty", "phải gồm 9 chữ số")
    return value


def _full_name(value: str) -> str:
    name = normalise_name(value)
    if not _NAME_CHARS.fullmatch(name):
        raise _malformed("full_name", "is not made of letters", "phải gồm chữ cái và dấu cách")
    if len(name) > field_limits.FULL_NAME:
        raise _malformed(
            "full_name",
            f"is longer than {field_limits.FULL_NAME}",
            f"dài quá {field_limits.FULL_NAME} ký tự",
        )
    return name


def _date(value: str, field: str) -> date:
    match = _DATE.fullmatch(value)
    try:
        if match is None:
            raise ValueError(value)
        day, month, year = (int(part) for part in match.groups())
        return date(year, month, day)
    except ValueError:
        raise _malformed(
            field, "is not a date ddmmyyyy", "phải là ngày có thật, dạng ddmmyyyy"
        ) from None


def _sex(value: str) -> Sex:
    folded = value.casefold()
    if folded == "nam":
        return "male"
    if folded == "nữ":
        return "female"
    raise _malformed("sex", "is neither Nam nor Nữ", "phải là Nam hoặc Nữ")


def _address(value: str) -> str:
    address = normalise_whitespace(value)
    if not any(ch.isalpha() for ch in address):
        raise _malformed("address", "is empty", "không có nội dung")
    if len(address) > field_limits.ADDRESS:
        raise _malformed(
            "address",
            f"is longer than {field_limits.ADDRESS}",
            f"dài quá {field_limits.ADDRESS} ký tự",
        )
    return address


# --- consistency -------------------------------------------------------------------------


def _check_consistent(card: CardData, today: date) -> None:
    encoded_year = cccd_birth_year(card.id_number)
    if encoded_year != card.birth_date.year:
        raise _inconsistent(
            "birth_date",
            f"the ID encodes birth year {encoded_year}, the birth date says otherwise",
            f"số căn cước ứng với năm sinh {encoded_year}, khác năm trong ngày sinh",
        )
    if cccd_sex(card.id_number) != card.sex:
        raise _inconsistent(
            "sex",
            "the ID's 4th digit encodes the other sex",
            "chữ số thứ 4 của số căn cước ứng với giới tính khác",
        )
    _check_dates(card, today)


def _check_dates(card: CardData, today: date) -> None:
    if card.birth_date > today:
        raise _inconsistent(
            "birth_date", "the birth date is in the future", "ngày sinh ở tương lai"
        )
    if card.issue_date < card.birth_date:
        raise _inconsistent(
            "issue_date",
            "the card was issued before its holder was born",
            "ngày cấp trước ngày sinh",
        )
    if card.issue_date > today:
        raise _inconsistent("issue_date", "the issue date is in the future", "ngày cấp ở tương lai")
