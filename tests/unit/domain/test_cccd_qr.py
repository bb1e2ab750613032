"""Tests for motcua_core.domain.cccd_qr (and the damage checks of garbled_text)."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from motcua_core.domain.cccd_qr import (
    GARBLED_ADVICE_VI,
    CardData,
    CardPayloadError,
    looks_like_card_payload,
    parse_card_payload,
)
from motcua_core.domain.errors import DomainError
from motcua_core.domain.identifiers import CCCD_PROVINCE_CODES, SEX_LABELS_VI

TODAY = date(2025, 6, 1)
ADDRESS_2021 = "Số 12 phố Lê Lợi, phường Hàng Bạc, quận Hoàn Kiếm, Hà Nội"
ADDRESS_2024 = "Tổ dân phố 5, Phường Thảo Điền, Thành phố Thủ Đức, Thành phố Hồ Chí Minh"
CARD_2021 = f"001090012345|123456789|Nguyễn Văn An|15031990|Nam|{ADDRESS_2021}|01022021"
CARD_2024 = f"079185000123||TRẦN THỊ BÍCH|02021985|Nữ|{ADDRESS_2024}|10072024"


def parse(text: str) -> CardData:
    return parse_card_payload(text, today=TODAY)


def refusal(text: str) -> CardPayloadError:
    with pytest.raises(CardPayloadError) as caught:
        parse(text)
    return caught.value


def replace_field(payload: str, index: int, value: str) -> str:
    fields = payload.split("|")
    fields[index] = value
    return "|".join(fields)


# --- a Telex typist, to produce what an input method leaves behind ----------------------

_TONE_KEYS = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"}
_MARK_KEYS = {"\u0302": lambda b: b + b, "\u0306": lambda b: b + "w", "\u031b": lambda b: b + "w"}


def telex(text: str) -> str:
    """Write Vietnamese text as the raw keys of the Telex method (Nguyễn → Nguyeenx)."""
    return " ".join(_telex_word(word) for word in text.split(" "))


def _telex_word(word: str) -> str:
    keys, tone = [], ""
    for ch in unicodedata.normalize("NFD", word.replace("đ", "dd").replace("Đ", "Dd")):
        if ch in _TONE_KEYS:
            tone = _TONE_KEYS[ch]
        elif ch in _MARK_KEYS:
            keys[-1] = _MARK_KEYS[ch](keys[-1])
        else:
            keys.append(ch)
    return "".join(keys) + tone


def mojibake(text: str) -> str:
    """UTF-8 bytes read back as Windows-1252 (undefined bytes as Latin-1)."""
    return "".join(
        bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8")
    )


# --- examples: good cards ----------------------------------------------------------------


def test_2021_card_with_old_cmnd() -> None:
    card = parse(CARD_2021 + "\r\n")
    assert card == CardData(
        id_number="001090012345",
        old_id_number="123456789",
        full_name="Nguyễn Văn An",
        birth_date=date(1990, 3, 15),
        sex="male",
        address=ADDRESS_2021,
        issue_date=date(2021, 2, 1),
    )


def test_2024_card_without_old_cmnd_proper_cases_the_name() -> None:
    card = parse(CARD_2024)
    assert card.old_id_number is None
    assert card.full_name == "Trần Thị Bích"
    assert card.sex == "female"
    assert card.address == ADDRESS_2024
    assert card.issue_date == date(2024, 7, 10)


def test_extra_trailing_fields_are_kept_and_ignored() -> None:
    card = parse(CARD_2024 + "|Nguyễn Văn Cha|Lê Thị Mẹ|")
    assert card.extra_fields == ("Nguyễn Văn Cha", "Lê Thị Mẹ", "")
    assert card.full_name == "Trần Thị Bích"


def test_decomposed_accents_are_composed() -> None:
    card = parse(unicodedata.normalize("NFD", CARD_2021))
    assert card.full_name == "Nguyễn Văn An"
    assert card.address == unicodedata.normalize("NFC", ADDRESS_2021)


def test_spaces_around_fields_and_inside_the_address_are_collapsed() -> None:
    card = parse(replace_field(CARD_2021, 5, "  Số 12   phố Lê Lợi  "))
    assert card.address == "Số 12 phố Lê Lợi"


def test_ethnic_minority_names_with_apostrophe_and_hyphen() -> None:
    card = parse(replace_field(replace_field(CARD_2024, 2, "Ksor H'Bích"), 5, ADDRESS_2024))
    assert card.full_name == "Ksor H'Bích"


def test_address_with_foreign_project_names_is_accepted() -> None:
    address = "Sun Tower, New City, phường Thảo Điền, TP. Thủ Đức"
    assert parse(replace_field(CARD_2021, 5, address)).address == address


# --- examples: malformed fields ----------------------------------------------------------


@pytest.mark.parametrize(
    ("index", "value", "field"),
    [
        (0, "00109001234", "id_number"),
        (0, "0010900123AB", "id_number"),
        (0, "003090012345", "id_number"),
        (1, "12345678", "old_id_number"),
        (1, "Nguyễn Văn An", "old_id_number"),
        (2, "", "full_name"),
        (2, "Nguyễn V@n An", "full_name"),
        (2, "Nguyễn Văn " + "An" * 120, "full_name"),
        (3, "1503199", "birth_date"),
        (3, "31021990", "birth_date"),
        (3, "1990-03-15", "birth_date"),
        (4, "M", "sex"),
        (4, "", "sex"),
        (5, "", "address"),
        (5, "Hà Nội " * 80, "address"),
        (6, "32012021", "issue_date"),
        (6, "", "issue_date"),
    ],
)
def test_each_malformed_field_is_refused_and_named(index: int, value: str, field: str) -> None:
    error = refusal(replace_field(CARD_2021, index, value))
    assert (error.kind, error.field) == ("malformed", field)
    assert isinstance(error, DomainError)
    assert "Mã QR" in error.message_vi
    assert value not in error.message or not value


def test_too_few_fields_are_refused() -> None:
    error = refusal("001090012345|123456789|Nguyễn Văn An|15031990|Nam|Hà Nội")
    assert (error.kind, error.field) == ("malformed", "payload")


def test_shifted_fields_are_refused_not_guessed() -> None:
    # The old CMND field is missing: every later field sits one position early.
    shifted = f"001090012345|Nguyễn Văn An|15031990|Nam|{ADDRESS_2021}|01022021|x"
    error = refusal(shifted)
    assert (error.kind, error.field) == ("malformed", "old_id_number")


# --- examples: fields that disagree ------------------------------------------------------


def test_id_and_birth_year_disagreeing() -> None:
    error = refusal(replace_field(CARD_2021, 3, "15031991"))
    assert (error.kind, error.field) == ("inconsistent", "birth_date")
    assert "1990" in error.message_vi


def test_id_century_and_birth_year_disagreeing() -> None:
    # 4th digit 2 means born in the 2000s; the card says 1990.
    error = refusal(replace_field(CARD_2021, 0, "001290012345"))
    assert (error.kind, error.field) == ("inconsistent", "birth_date")


def test_id_and_sex_disagreeing() -> None:
    error = refusal(replace_field(CARD_2021, 4, "Nữ"))
    assert (error.kind, error.field) == ("inconsistent", "sex")
    assert "giới tính" in error.message_vi


@pytest.mark.parametrize(
    ("birth", "issue", "field"),
    [
        ("02062025", "02062025", "birth_date"),
        ("15032090", "01022021", "birth_date"),
        ("15031990", "01011989", "issue_date"),
        ("15031990", "02062025", "issue_date"),
    ],
)
def test_impossible_dates(birth: str, issue: str, field: str) -> None:
    payload = replace_field(replace_field(CARD_2021, 3, birth), 6, issue)
    if birth.endswith("2090"):
        payload = replace_field(payload, 0, "001290012345")
    if birth.endswith("2025"):
        payload = replace_field(payload, 0, "001225012345")
    error = refusal(payload)
    assert (error.kind, error.field) == ("inconsistent", field)


def test_today_defaults_to_the_system_date() -> None:
    tomorrow = date.today() + timedelta(days=1)
    payload = replace_field(CARD_2021, 6, tomorrow.strftime("%d%m%Y"))
    with pytest.raises(CardPayloadError, match="future"):
        parse_card_payload(payload)


# --- examples: garbled on the way --------------------------------------------------------


def assert_garbled(text: str, field: str) -> None:
    error = refusal(text)
    assert (error.kind, error.field) == ("garbled", field)
    assert GARBLED_ADVICE_VI in error.message_vi
    assert "Unikey" in error.message_vi and "USB-COM" in error.message_vi


def test_typed_through_telex() -> None:
    fields = CARD_2021.split("|")
    fields[2], fields[5] = telex(fields[2]), telex(fields[5])
    assert fields[2] == "Nguyeenx Vawn An"
    assert_garbled("|".join(fields), "full_name")


@pytest.mark.parametrize("name", ["Traanf Thij Bichs", "Lee Vawn Hoaf", "Ddoox Thanhf Trung"])
def test_telex_residue_in_the_name(name: str) -> None:
    assert_garbled(replace_field(CARD_2021, 2, name), "full_name")


def test_telex_residue_in_the_address() -> None:
    assert_garbled(replace_field(CARD_2021, 5, telex(ADDRESS_2021)), "address")


def test_vni_digits_inside_words() -> None:
    assert_garbled(replace_field(CARD_2021, 2, "Nguye64n Va8n An"), "full_name")
    assert_garbled(replace_field(CARD_2021, 5, "So61 12 pho61 Le6 Lo75i"), "address")


def test_read_as_mojibake() -> None:
    assert mojibake("Nguyễn") == "Nguyá»…n"
    assert_garbled(mojibake(CARD_2021), "payload")
    assert_garbled(replace_field(CARD_2021, 5, "PhÆ°á»ng Ä‘á»“ng"), "payload")


def test_replacement_and_control_characters() -> None:
    assert_garbled(replace_field(CARD_2021, 2, "Nguy\ufffdn Văn An"), "payload")
    assert_garbled(replace_field(CARD_2021, 5, "Số 12\x1b[A phố Lê Lợi"), "payload")
    assert_garbled(replace_field(CARD_2021, 2, "Nguy?n Văn An"), "full_name")


@pytest.mark.parametrize("sex", ["Nu", "Nuwx", "Nwx", "Nu74", "Nũ"])
def test_sex_field_that_lost_its_marks(sex: str) -> None:
    assert_garbled(replace_field(CARD_2024, 4, sex), "sex")


def test_all_marks_lost_on_a_male_card() -> None:
    stripped = "001090012345|123456789|Nguyen Van An|15031990|Nam|So 12 pho Le Loi|01022021"
    assert_garbled(stripped, "full_name")


# --- the shape test ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (CARD_2021, True),
        ("  " + CARD_2024 + "\r\n", True),
        ("001090012345||||||", True),
        ("001090012345", False),
        ("001090012345|a|b", False),
        ("0010900123456|1|2|3|4|5|6", False),
        ("000.01.23.H01-250601-0001", False),
        ("Nguyễn Văn An", False),
    ],
)
def test_looks_like_card_payload(text: str, expected: bool) -> None:
    assert looks_like_card_payload(text) is expected


# --- properties --------------------------------------------------------------------------

_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
_GIVEN = ["Văn", "Thị", "Hữu", "Ngọc", "Minh", "Thu", "Hương", "Đức", "Thủy", "Bích", "An", "Lan"]
_PLACES = ["phường Hàng Bạc", "xã Tân Hòa", "thôn Đông", "quận Ba Đình", "tỉnh Nghệ An"]


@st.composite
def cards(draw: st.DrawFn) -> CardData:
    birth = draw(st.dates(date(1900, 1, 1), TODAY))
    sex = draw(st.sampled_from(["male", "female"]))
    century_digit = (birth.year - 1900) // 100 * 2 + (sex == "female")
    serial = draw(st.integers(0, 999_999))
    province = draw(st.sampled_from(sorted(CCCD_PROVINCE_CODES)))
    words = draw(st.lists(st.sampled_from(_GIVEN), min_size=1, max_size=3))
    places = draw(st.lists(st.sampled_from(_PLACES), min_size=1, max_size=4))
    return CardData(
        id_number=f"{province}{century_digit}{birth.year % 100:02d}{serial:06d}",
        old_id_number=draw(st.none() | st.from_regex(r"\d{9}", fullmatch=True)),
        full_name=" ".join([draw(st.sampled_from(_FAMILY)), *words]),
        birth_date=birth,
        sex=sex,  # type: ignore[arg-type]
        address=f"Số {draw(st.integers(1, 999))}, " + ", ".join(places),
        issue_date=draw(st.dates(birth, TODAY)),
        extra_fields=tuple(draw(st.lists(st.sampled_from(["", "x", "Lê Văn Cha"]), max_size=3))),
    )


def payload_of(card: CardData) -> str:
    fields = [
        card.id_number,
        card.old_id_number or "",
        card.full_name.upper() if card.issue_date.year % 2 else card.full_name,
        card.birth_date.strftime("%d%m%Y"),
        SEX_LABELS_VI[card.sex],
        card.address,
        card.issue_date.strftime("%d%m%Y"),
        *card.extra_fields,
    ]
    return "|".join(fields)


@settings(max_examples=300)
@given(cards())
def test_property_every_valid_card_reads_back(card: CardData) -> None:
    payload = payload_of(card)
    assert looks_like_card_payload(payload)
    assert parse(payload) == card
    assert parse(unicodedata.normalize("NFD", payload) + "\n") == card


@given(cards())
def test_property_telex_typing_never_gives_a_wrong_name(card: CardData) -> None:
    payload = payload_of(card).split("|")
    payload[2], payload[5] = telex(payload[2]), telex(payload[5])
    try:
        read = parse("|".join(payload))
    except CardPayloadError as error:
        assert error.kind == "garbled"
    else:  # only a name and address that had no marks to lose survive
        assert read.full_name == card.full_name


@given(cards())
def test_property_mojibake_is_always_caught(card: CardData) -> None:
    assert refusal(mojibake(payload_of(card))).kind == "garbled"


@given(cards(), st.integers(1, 9))
def test_property_wrong_birth_year_is_inconsistent(card: CardData, shift: int) -> None:
    moved = card.birth_date.replace(year=card.birth_date.year - shift, day=1)
    payload = replace_field(payload_of(card), 3, moved.strftime("%d%m%Y"))
    assert refusal(payload).kind == "inconsistent"


@given(cards())
def test_property_wrong_sex_is_inconsistent(card: CardData) -> None:
    other = "Nữ" if card.sex == "male" else "Nam"
    error = refusal(replace_field(payload_of(card), 4, other))
    assert (error.kind, error.field) == ("inconsistent", "sex")


@given(st.text())
def test_property_any_text_is_read_or_refused_with_a_reason(text: str) -> None:
    try:
        parse(text)
    except CardPayloadError as error:
        assert error.kind in ("malformed", "inconsistent", "garbled")
        assert error.message_vi


@given(cards(), st.integers(0, 6), st.text(min_size=1, max_size=12))
def test_property_a_damaged_field_is_refused_or_still_valid(
    card: CardData, index: int, junk: str
) -> None:
    payload = replace_field(payload_of(card), index, junk)
    try:
        read = parse(payload)
    except CardPayloadError:
        return
    assert len(read.id_number) == 12 and read.birth_date <= read.issue_date <= TODAY
