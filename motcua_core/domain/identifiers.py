"""Personal identifiers: citizen ID (CCCD), old ID card (CMND), passport, phone number.

These are personal data (Law 91/2025/QH15): validate and normalise them here, and show
them masked where a full number is not needed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Literal

from motcua_core.domain.errors import InvalidIdentifier


class IdType(StrEnum):
    """Kind of identity document."""

    CCCD = "cccd"
    CMND = "cmnd"
    PASSPORT = "passport"

    @property
    def label_vi(self) -> str:
        """Vietnamese name shown in the GUI and on printed forms."""
        return _ID_TYPE_LABELS_VI[self]


_ID_TYPE_LABELS_VI: Mapping[IdType, str] = MappingProxyType(
    {
        IdType.CCCD: "Căn cước / CCCD",
        IdType.CMND: "Chứng minh nhân dân",
        IdType.PASSPORT: "Hộ chiếu",
    }
)

#: Birth-place codes that open a 12-digit citizen ID (not contiguous: 003 does not exist).
#: They name the provinces as they were when the codes were issued; the 2025 mergers do
#: not change numbers already printed on cards.
CCCD_PROVINCE_CODES: Mapping[str, str] = MappingProxyType(
    {
        "001": "Hà Nội",
        "002": "Hà Giang",
        "004": "Cao Bằng",
        "006": "Bắc Kạn",
        "008": "Tuyên Quang",
        "010": "Lào Cai",
        "011": "Điện Biên",
        "012": "Lai Châu",
        "014": "Sơn La",
        "015": "Yên Bái",
        "017": "Hòa Bình",
        "019": "Thái Nguyên",
        "020": "Lạng Sơn",
        "022": "Quảng Ninh",
        "024": "Bắc Giang",
        "025": "Phú Thọ",
        "026": "Vĩnh Phúc",
        "027": "Bắc Ninh",
        "030": "Hải Dương",
        "031": "Hải Phòng",
        "033": "Hưng Yên",
        "034": "Thái Bình",
        "035": "Hà Nam",
        "036": "Nam Định",
        "037": "Ninh Bình",
        "038": "Thanh Hóa",
        "040": "Nghệ An",
        "042": "Hà Tĩnh",
        "044": "Quảng Bình",
        "045": "Quảng Trị",
        "046": "Thừa Thiên Huế",
        "048": "Đà Nẵng",
        "049": "Quảng Nam",
        "051": "Quảng Ngãi",
        "052": "Bình Định",
        "054": "Phú Yên",
        "056": "Khánh Hòa",
        "058": "Ninh Thuận",
        "060": "Bình Thuận",
        "062": "Kon Tum",
        "064": "Gia Lai",
        "066": "Đắk Lắk",
        "067": "Đắk Nông",
        "068": "Lâm Đồng",
        "070": "Bình Phước",
        "072": "Tây Ninh",
        "074": "Bình Dương",
        "075": "Đồng Nai",
        "077": "Bà Rịa - Vũng Tàu",
        "079": "TP. Hồ Chí Minh",
        "080": "Long An",
        "082": "Tiền Giang",
        "083": "Bến Tre",
        "084": "Trà Vinh",
        "086": "Vĩnh Long",
        "087": "Đồng Tháp",
        "089": "An Giang",
        "091": "Kiên Giang",
        "092": "Cần Thơ",
        "093": "Hậu Giang",
        "094": "Sóc Trăng",
        "095": "Bạc Liêu",
        "096": "Cà Mau",
    }
)

Sex = Literal["male", "female"]

#: How a sex is written on the card and on the forms.
SEX_LABELS_VI: Mapping[Sex, str] = MappingProxyType({"male": "Nam", "female": "Nữ"})
_SEXES: Mapping[str, Sex] = MappingProxyType({"male": "male", "female": "female"})


def as_sex(value: str | None) -> Sex | None:
    """The sex a stored text names (``"male"``, ``"female"``), None for anything else."""
    return _SEXES.get(value or "")


_SEPARATORS = re.compile(r"[\s.\-()]+")
_CCCD_RE = re.compile(r"\d{12}")
_CMND_RE = re.compile(r"\d{9}")
# Letters then digits (Vietnamese C1234567, Japanese TK1234567), or 8–9 characters with
# at least one digit (E12345678, 9-digit numbers).
_PASSPORT_RE = re.compile(r"[A-Z]{1,2}\d{6,8}|(?=[A-Z0-9]*\d)[A-Z0-9]{8,9}")
_MOBILE_RE = re.compile(r"0[35789]\d{8}")
_LANDLINE_RE = re.compile(r"02\d{9}")


def _invalid(message: str, message_vi: str) -> InvalidIdentifier:
    return InvalidIdentifier(message, message_vi)


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _check_cccd_shape(number: str) -> None:
    if not _CCCD_RE.fullmatch(number):
        raise _invalid(
            f"A citizen ID has 12 digits; got {number!r}.",
            f"Số căn cước phải gồm 12 chữ số (nhận được {number!r}).",
        )
    if number[:3] not in CCCD_PROVINCE_CODES:
        raise _invalid(
            f"Citizen ID {number} starts with {number[:3]}, which is no birth-place code.",
            f"Số căn cước {number} có mã nơi đăng ký khai sinh {number[:3]} không tồn tại.",
        )


def cccd_birth_year_base(number: str) -> int:
    """Return the first year of the birth century encoded in a citizen ID (1900, 2000…)."""
    return 1900 + (int(number[3]) // 2) * 100


def cccd_birth_year(number: str) -> int:
    """Return the birth year encoded in a (valid) citizen ID."""
    return cccd_birth_year_base(number) + int(number[4:6])


def cccd_sex(number: str) -> Sex:
    """Return the sex encoded in a citizen ID: even century digit male, odd female.

    Raises:
        InvalidIdentifier: The number is not a valid citizen ID.
    """
    cleaned = validate_cccd(number)
    return "male" if int(cleaned[3]) % 2 == 0 else "female"


def _check_cccd_birth_year(number: str, birth_year: int) -> None:
    encoded = cccd_birth_year(number)
    if encoded != birth_year:
        raise _invalid(
            f"Citizen ID {number} encodes birth year {encoded}, not {birth_year}.",
            f"Số căn cước {number} ứng với năm sinh {encoded}, không khớp năm sinh {birth_year}.",
        )


def validate_cccd(number: str, birth_year: int | None = None) -> str:
    """Check a 12-digit citizen ID and return it without spaces.

    Args:
        number: The ID as typed; spaces are ignored.
        birth_year: When given, the century digit and the two year digits must match it.

    Raises:
        InvalidIdentifier: Wrong length, unknown birth-place code or birth-year mismatch.
    """
    cleaned = _compact(number)
    _check_cccd_shape(cleaned)
    if birth_year is not None:
        _check_cccd_birth_year(cleaned, birth_year)
    return cleaned


def validate_cmnd(number: str) -> str:
    """Check a 9-digit old ID card number and return it without spaces.

    Raises:
        InvalidIdentifier: The number is not 9 digits.
    """
    cleaned = _compact(number)
    if not _CMND_RE.fullmatch(cleaned):
        raise _invalid(
            f"An old ID card (CMND) number has 9 digits; got {number!r}.",
            f"Số CMND phải gồm 9 chữ số (nhận được {number!r}).",
        )
    return cleaned


def validate_passport(number: str) -> str:
    """Check a passport number and return it upper-case without spaces.

    Accepts 1–2 letters followed by 6–8 digits, or 8–9 letters and digits with at least
    one digit; that covers Vietnamese passports and the common foreign ones.

    Raises:
        InvalidIdentifier: The number has neither shape.
    """
    cleaned = _compact(number).upper()
    if not _PASSPORT_RE.fullmatch(cleaned):
        raise _invalid(
            f"{number!r} is not a passport number (e.g. C1234567).",
            f"{number!r} không phải số hộ chiếu hợp lệ (ví dụ C1234567).",
        )
    return cleaned


def validate_id(id_type: IdType | str, number: str, birth_year: int | None = None) -> str:
    """Check an identity number of the given kind and return it normalised.

    ``birth_year`` is only checked for citizen IDs.

    Raises:
        InvalidIdentifier: The kind is unknown or the number is invalid for it.
    """
    try:
        kind = IdType(id_type)
    except ValueError:
        raise _invalid(
            f"Unknown identity document type {id_type!r}.",
            f"Loại giấy tờ tùy thân {id_type!r} không được hỗ trợ.",
        ) from None
    if kind is IdType.CCCD:
        return validate_cccd(number, birth_year)
    if kind is IdType.CMND:
        return validate_cmnd(number)
    return validate_passport(number)


def _to_national_form(digits: str) -> str:
    for prefix in ("+84", "0084", "84"):
        if digits.startswith(prefix) and len(digits) > len(prefix) + 8:
            rest = digits[len(prefix) :]
            return rest if rest.startswith("0") else "0" + rest
    return digits


def normalise_phone(text: str) -> str:
    """Return a Vietnamese phone number in national form, e.g. ``0912345678``.

    Spaces, dots, dashes and brackets are ignored; ``+84``, ``0084`` and ``84`` become
    ``0``. Mobiles have 10 digits starting 03, 05, 07, 08 or 09; landlines 11 digits
    starting 02.

    Raises:
        InvalidIdentifier: The result is neither a mobile nor a landline number.
    """
    national = _to_national_form(_SEPARATORS.sub("", text))
    if _MOBILE_RE.fullmatch(national) or _LANDLINE_RE.fullmatch(national):
        return national
    raise _invalid(
        f"{text!r} is not a Vietnamese phone number (mobile 09xxxxxxxx, landline 02xxxxxxxxx).",
        f"{text!r} không phải số điện thoại hợp lệ (di động 10 số bắt đầu bằng 03, 05, 07, "
        f"08, 09; cố định 11 số bắt đầu bằng 02).",
    )


def mask_identifier(value: str, visible_start: int = 3, visible_end: int = 3) -> str:
    """Hide the middle of an identifier for display, e.g. ``001*******45`` style.

    Values too short to keep both ends are masked entirely.
    """
    hidden = len(value) - visible_start - visible_end
    if hidden <= 0:
        return "*" * len(value)
    return value[:visible_start] + "*" * hidden + value[len(value) - visible_end :]
