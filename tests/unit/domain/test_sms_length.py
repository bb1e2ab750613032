"""Tests for motcua_core.domain.sms_length: GSM 03.38 / UCS-2 counting and mark removal."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from motcua_core.domain.sms_length import (
    GSM7_BASIC,
    GSM7_EXTENSION,
    SmsCount,
    is_gsm7,
    sms_count,
    without_marks,
)
from motcua_core.domain.text import fold_for_search
from tests.unit.domain.test_text import VIETNAMESE_ALPHABET

vietnamese_text = st.text(alphabet=VIETNAMESE_ALPHABET + " \t\u00a0-'.,:/0123456789", max_size=80)


def test_the_tables_have_the_sizes_of_the_spec() -> None:
    # 128 positions of the default alphabet less the escape; 10 characters of the extension.
    assert len(GSM7_BASIC) == 127
    assert len(GSM7_EXTENSION) == 10
    assert not GSM7_BASIC & GSM7_EXTENSION


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", SmsCount("gsm7", 0, 1)),
        ("a" * 160, SmsCount("gsm7", 160, 1)),
        ("a" * 161, SmsCount("gsm7", 161, 2)),
        ("a" * 306, SmsCount("gsm7", 306, 2)),
        ("a" * 307, SmsCount("gsm7", 307, 3)),
        # the extension table: escape + character
        ("€" * 80, SmsCount("gsm7", 160, 1)),
        ("{[~]}|^\\\f€", SmsCount("gsm7", 20, 1)),
        # an escape pair is not split between parts: 152 + (2) + 152 needs three parts
        ("a" * 152 + "€" + "a" * 152, SmsCount("gsm7", 306, 3)),
        ("@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ¤¡ÄÖÑÜ§¿äöñüà", SmsCount("gsm7", 42, 1)),
        # one character outside GSM makes the whole text UCS-2
        ("a" * 69 + "ồ", SmsCount("ucs2", 70, 1)),
        ("ồ" * 71, SmsCount("ucs2", 71, 2)),
        ("ồ" * 134, SmsCount("ucs2", 134, 2)),
        ("ồ" * 135, SmsCount("ucs2", 135, 3)),
        ("ç", SmsCount("ucs2", 1, 1)),  # the table has capital Ç only
        ("`", SmsCount("ucs2", 1, 1)),
        # outside the BMP: two UTF-16 code units, never split between parts
        ("😀" * 35, SmsCount("ucs2", 70, 1)),
        ("a" * 66 + "😀" + "a" * 66, SmsCount("ucs2", 134, 3)),
    ],
)
def test_sms_count_known_examples(text: str, expected: SmsCount) -> None:
    assert sms_count(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nguyễn Thị Đào", "Nguyen Thi Dao"),
        ("ĐẶNG ĐỨC ĐẠT", "DANG DUC DAT"),
        ("Hồ sơ “đã nhận” – xem…", 'Ho so "da nhan" - xem...'),
        ("tab\there\u00a0nbsp", "tab here nbsp"),
        ("Ñandú Åsa", "Nandu Asa"),
        ("漢字 😀 \x1b", "?? ? ?"),
        ("line\r\nbreak {€}", "line\r\nbreak {€}"),
    ],
)
def test_without_marks(text: str, expected: str) -> None:
    assert without_marks(text) == expected


@given(st.text(), st.text())
def test_segments_and_length_never_shrink_when_text_grows(head: str, tail: str) -> None:
    short, long = sms_count(head), sms_count(head + tail)
    assert long.segments >= short.segments
    assert long.characters >= short.characters or long.encoding != short.encoding


@given(st.text())
def test_segments_hold_the_characters(text: str) -> None:
    count = sms_count(text)
    single, part = (160, 153) if count.encoding == "gsm7" else (70, 67)
    capacity = single if count.segments == 1 else count.segments * part
    assert count.characters <= capacity
    assert count.segments == 1 or count.characters > single


@given(st.text())
def test_without_marks_is_always_gsm7(text: str) -> None:
    plain = without_marks(text)
    assert is_gsm7(plain)
    assert sms_count(plain).encoding == "gsm7"
    assert without_marks(plain) == plain


@given(vietnamese_text)
def test_without_marks_of_vietnamese_is_ascii_and_agrees_with_the_search_fold(text: str) -> None:
    plain = without_marks(text)
    assert plain.isascii()
    assert "?" not in plain
    assert fold_for_search(plain) == fold_for_search(text)
