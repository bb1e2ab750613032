"""Tests for motcua_core.domain.garbled_text: damage is found, correct Vietnamese never is."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from motcua_core.domain.garbled_text import (
    has_mojibake,
    has_stray_characters,
    has_vietnamese_marks,
    is_telex_residue,
    is_vni_residue,
    residue_words,
)

ONSETS = ["", "b", "c", "ch", "d", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
          "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"]  # fmt: skip
RHYMES = ["a", "ai", "ao", "au", "ay", "an", "ang", "anh", "ac", "ach", "am", "ap", "at", "e",
          "em", "en", "eo", "i", "ia", "im", "in", "inh", "it", "ich", "o", "oa", "oai", "oan",
          "oanh", "oi", "om", "on", "ong", "op", "ot", "oc", "u", "ua", "ui", "um", "un", "ung",
          "ut", "uc", "uy", "uyen", "uyet", "y", "yen"]  # fmt: skip


@given(st.sampled_from(ONSETS), st.sampled_from(RHYMES), st.booleans())
def test_property_unaccented_vietnamese_syllables_are_not_residue(
    onset: str, rhyme: str, title: bool
) -> None:
    word = (onset + rhyme).title() if title else onset + rhyme
    assert not is_telex_residue(word)
    assert not is_vni_residue(word)


@pytest.mark.parametrize(
    "word", ["Nguyeenx", "Traanf", "Vawn", "Thij", "Hoaf", "Dduwcs", "Truwowngf", "Ngocj"]
)
def test_telex_keys_are_residue(word: str) -> None:
    assert is_telex_residue(word)


@pytest.mark.parametrize("word", ["Ksor", "Green", "Nguyễn", "H'Hen", "12A"])
def test_words_that_are_not_telex(word: str) -> None:
    assert not is_telex_residue(word)


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Nguye6n", True), ("Ba2", True), ("Nguyen64", True), ("KP3", False), ("A1", False),
     ("12A", False), ("CT3", False)],
)  # fmt: skip
def test_vni_digits(word: str, expected: bool) -> None:
    assert is_vni_residue(word) is expected


def test_mojibake_and_stray_characters() -> None:
    assert has_mojibake("Nguyễn".encode().decode("cp1252", errors="replace"))
    assert has_mojibake("Ä‘Æ°á»ng")
    assert not has_mojibake("Ngã tư Ánh Dương, ĐƯỜNG Lê Lợi")
    assert has_stray_characters("Nguy\ufffdn") and has_stray_characters("An\x1b")
    assert not has_stray_characters("Nguyễn Văn An, Hà Nội")


def test_residue_words_and_marks() -> None:
    assert residue_words("Soos 12 phố Leex Looij, Hà Nội") == ["Soos", "Leex", "Looij"]
    assert residue_words("Nguy?n Văn An") == ["Nguy?n"]
    assert residue_words("Số 12 phố Lê Lợi, Hà Nội") == []
    assert has_vietnamese_marks("Đà") and not has_vietnamese_marks("Da Nang")
