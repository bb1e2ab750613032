"""Tests for motcua_core.domain.identifiers."""

import pytest

from motcua_core.domain.errors import InvalidIdentifier
from motcua_core.domain.identifiers import (
    CCCD_PROVINCE_CODES,
    IdType,
    cccd_birth_year,
    cccd_sex,
    mask_identifier,
    normalise_phone,
    validate_cccd,
    validate_cmnd,
    validate_id,
    validate_passport,
)


def test_province_codes_table() -> None:
    assert len(CCCD_PROVINCE_CODES) == 63
    assert CCCD_PROVINCE_CODES["001"] == "Hà Nội"
    assert CCCD_PROVINCE_CODES["079"] == "TP. Hồ Chí Minh"
    assert CCCD_PROVINCE_CODES["096"] == "Cà Mau"
    assert "003" not in CCCD_PROVINCE_CODES
    assert all(len(code) == 3 and code.isdigit() for code in CCCD_PROVINCE_CODES)


@pytest.mark.parametrize(
    ("number", "birth_year", "sex"),
    [
        ("001090012345", 1990, "male"),
        ("079185000123", 1985, "female"),
        ("096205123456", 2005, "male"),
        ("001 301 000 001", 2001, "female"),
    ],
)
def test_valid_cccd(number: str, birth_year: int, sex: str) -> None:
    cleaned = validate_cccd(number, birth_year)
    assert cleaned == number.replace(" ", "")
    assert validate_cccd(number) == cleaned
    assert cccd_sex(number) == sex
    assert cccd_birth_year(cleaned) == birth_year


@pytest.mark.parametrize(
    ("number", "birth_year", "reason"),
    [
        ("003090012345", None, "birth-place code"),
        ("099090012345", None, "birth-place code"),
        ("00109001234", None, "12 digits"),
        ("0010900123456", None, "12 digits"),
        ("00109001234A", None, "12 digits"),
        ("001290012345", 1990, "birth year 2090"),
        ("001090012345", 1991, "birth year 1990"),
        ("001090012345", 2090, "birth year 1990"),
    ],
)
def test_invalid_cccd(number: str, birth_year: int | None, reason: str) -> None:
    with pytest.raises(InvalidIdentifier, match=reason) as caught:
        validate_cccd(number, birth_year)
    assert "căn cước" in caught.value.message_vi.lower()


def test_cccd_sex_rejects_an_invalid_number() -> None:
    with pytest.raises(InvalidIdentifier):
        cccd_sex("003090012345")


def test_cmnd() -> None:
    assert validate_cmnd(" 012 345 678 ") == "012345678"
    for bad in ("12345678", "1234567890", "12345678x"):
        with pytest.raises(InvalidIdentifier, match="9 digits"):
            validate_cmnd(bad)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("c1234567", "C1234567"),
        ("TK 1234567", "TK1234567"),
        ("E12345678", "E12345678"),
        ("123456789", "123456789"),
        ("P00123456", "P00123456"),
    ],
)
def test_valid_passport(raw: str, expected: str) -> None:
    assert validate_passport(raw) == expected


@pytest.mark.parametrize("raw", ["", "ABC", "ABCDEFGHI", "C12345", "1234567890", "C-1234567"])
def test_invalid_passport(raw: str) -> None:
    with pytest.raises(InvalidIdentifier):
        validate_passport(raw)


def test_validate_id_dispatches() -> None:
    assert validate_id(IdType.CCCD, "001090012345", 1990) == "001090012345"
    assert validate_id("cmnd", "012345678") == "012345678"
    assert validate_id(IdType.PASSPORT, "c1234567") == "C1234567"
    with pytest.raises(InvalidIdentifier, match="birth year"):
        validate_id(IdType.CCCD, "001090012345", 1991)
    with pytest.raises(InvalidIdentifier, match="Unknown"):
        validate_id("driving_licence", "123")


def test_id_type_labels() -> None:
    assert IdType.PASSPORT.label_vi == "Hộ chiếu"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("+84 912 345 678", "0912345678"),
        ("84912345678", "0912345678"),
        ("0084 912 345 678", "0912345678"),
        ("+84 (0) 912 345 678", "0912345678"),
        ("0912.345.678", "0912345678"),
        ("0912-345-678", "0912345678"),
        ("0386 123 456", "0386123456"),
        ("0701234567", "0701234567"),
        ("0523456789", "0523456789"),
        ("0812345678", "0812345678"),
        ("024 3825 1234", "02438251234"),
        ("(028) 3829 1234", "02838291234"),
        ("+84 24 3825 1234", "02438251234"),
    ],
)
def test_normalise_phone(raw: str, expected: str) -> None:
    assert normalise_phone(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "091234567",
        "09123456789",
        "0412345678",
        "0612345678",
        "0243825123",
        "+1 212 555 0100",
        "0912abc678",
        "1912345678",
    ],
)
def test_invalid_phone(raw: str) -> None:
    with pytest.raises(InvalidIdentifier) as caught:
        normalise_phone(raw)
    assert "điện thoại" in caught.value.message_vi


def test_mask_identifier() -> None:
    assert mask_identifier("001090012345") == "001******345"
    assert mask_identifier("0912345678", 0, 3) == "*******678"
    assert mask_identifier("12345") == "*****"
