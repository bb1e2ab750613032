"""Tests for motcua_core.domain.dossier_code."""

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from motcua_core.domain.dossier_code import (
    UNIT_CODE_PATTERN,
    DossierCode,
    format_dossier_code,
    is_dossier_code,
    parse_dossier_code,
    validate_unit_code,
)
from motcua_core.domain.errors import InvalidDossierCode

unit_codes = st.from_regex(re.compile(UNIT_CODE_PATTERN, re.ASCII), fullmatch=True)
reception_days = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))
sequences = st.integers(min_value=1, max_value=10**7)


def test_format_example_from_a_real_receipt() -> None:
    assert format_dossier_code("000.00.06.H56", date(2023, 10, 27), 361) == (
        "000.00.06.H56-231027-0361"
    )


def test_sequence_grows_past_four_digits() -> None:
    assert format_dossier_code("000.00.12.H61", date(2026, 1, 5), 12345).endswith("-12345")


def test_parse_example() -> None:
    code = parse_dossier_code("000.00.06.H56-231027-0361")
    assert code == DossierCode("000.00.06.H56", date(2023, 10, 27), 361)
    assert str(code) == "000.00.06.H56-231027-0361"


def test_parse_tolerates_spaces_and_lower_case_letter() -> None:
    code = parse_dossier_code("  000.00.06.h56-231027-0361\n")
    assert code.unit_code == "000.00.06.H56"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("000.00.06.H56-231027-361", "shaped like"),
        ("000.00.06.H56-231327-0361", "date"),
        ("000.00.06.H56-230229-0361", "date"),
        ("000.00.06.H5-231027-0361", "shaped like"),
        ("000.00.06.H56_231027_0361", "shaped like"),
        ("000.00.06.H56-231027-0000", "Sequence"),
        ("", "shaped like"),
    ],
)
def test_parse_rejects_with_a_reason(text: str, reason: str) -> None:
    with pytest.raises(InvalidDossierCode, match=reason) as caught:
        parse_dossier_code(text)
    assert caught.value.message_vi
    assert not is_dossier_code(text)


def test_is_dossier_code() -> None:
    assert is_dossier_code("000.00.12.H61-260105-0001")
    assert not is_dossier_code("hello")


def test_validate_unit_code() -> None:
    assert validate_unit_code(" 000.00.06.h56 ") == "000.00.06.H56"
    with pytest.raises(InvalidDossierCode):
        validate_unit_code("H56.22.5")


@pytest.mark.parametrize(
    ("unit", "day", "sequence"),
    [
        ("000.00.06.H56", date(1999, 12, 31), 1),
        ("000.00.06.H56", date(2100, 1, 1), 1),
        ("000.00.06.H56", date(2026, 1, 1), 0),
        ("bad", date(2026, 1, 1), 1),
    ],
)
def test_format_rejects_out_of_range_parts(unit: str, day: date, sequence: int) -> None:
    with pytest.raises(InvalidDossierCode):
        format_dossier_code(unit, day, sequence)


def test_dataclass_rejects_a_non_canonical_unit_code() -> None:
    with pytest.raises(InvalidDossierCode):
        DossierCode("000.00.06.h56", date(2026, 1, 1), 1)


@given(unit_codes, reception_days, sequences)
def test_parse_inverts_format(unit: str, day: date, sequence: int) -> None:
    code = DossierCode(unit, day, sequence)
    assert parse_dossier_code(format_dossier_code(unit, day, sequence)) == code
    assert parse_dossier_code(str(code)) == code
