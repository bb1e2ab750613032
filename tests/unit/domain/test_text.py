"""Tests for motcua_core.domain.text."""

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from motcua_core.domain.text import (
    fold_for_search,
    format_percent_vi,
    normalise_name,
    normalise_whitespace,
)

VIETNAMESE_LETTERS = (
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
)
VIETNAMESE_ALPHABET = VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper() + "fjwz"
vietnamese_text = st.text(alphabet=VIETNAMESE_ALPHABET + " \t\n\u00a0-'", max_size=40)


def test_normalise_whitespace() -> None:
    assert normalise_whitespace("  Nguyễn \t Văn\n\nA  ") == "Nguyễn Văn A"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("nguyễn  thị HỒNG nhung", "Nguyễn Thị Hồng Nhung"),
        ("  TRẦN   đức   anh ", "Trần Đức Anh"),
        (unicodedata.normalize("NFD", "lê thị ánh"), "Lê Thị Ánh"),
        ("y-moan ê-ban", "Y-Moan Ê-Ban"),
        ("h'hen niê", "H'Hen Niê"),
        ("", ""),
    ],
)
def test_normalise_name(raw: str, expected: str) -> None:
    result = normalise_name(raw)
    assert result == expected
    assert unicodedata.is_normalized("NFC", result)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Nguyễn Thị Đào", "nguyen thi dao"),
        ("NGUYỄN   THỊ HỒNG NHUNG", "nguyen thi hong nhung"),
        (unicodedata.normalize("NFD", "Đặng Văn Lộc"), "dang van loc"),
        ("  Phường Đống Đa ", "phuong dong da"),
    ],
)
def test_fold_for_search(raw: str, expected: str) -> None:
    assert fold_for_search(raw) == expected


@given(vietnamese_text)
def test_fold_for_search_gives_ascii_for_vietnamese(text: str) -> None:
    assert fold_for_search(text).isascii()


@given(st.text())
def test_fold_for_search_is_idempotent(text: str) -> None:
    once = fold_for_search(text)
    assert fold_for_search(once) == once


@given(vietnamese_text)
def test_folded_name_matches_folded_raw_text(text: str) -> None:
    assert fold_for_search(normalise_name(text)) == fold_for_search(text)


@given(vietnamese_text)
def test_normalise_name_is_idempotent_on_vietnamese(text: str) -> None:
    once = normalise_name(text)
    assert normalise_name(once) == once


@given(st.text())
def test_normalise_name_is_idempotent(text: str) -> None:
    once = normalise_name(text)
    assert normalise_name(once) == once


@pytest.mark.parametrize(
    ("part", "whole", "expected"),
    [
        (3882, 5554, "69,9%"),
        (1672, 5554, "30,1%"),
        (0, 0, "0,0%"),
        (1, 8, "12,5%"),
        (5, 5, "100,0%"),
    ],
)
def test_format_percent_vi(part: int, whole: int, expected: str) -> None:
    assert format_percent_vi(part, whole) == expected
