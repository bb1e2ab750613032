"""Tests for motcua_core.domain.notification_text: the citizen's message per event."""

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from motcua_core.domain.notification_text import SMS_BODY_UNITS, Message, compose, missing_text
from motcua_core.notification_payloads import NOTIFICATION_EVENTS

OFFICE = "UBND phường Bến Nghé"
CODE = "H01-261126-0001"
BASE = "https://dichvucong.example.vn/"
LINK = "https://dichvucong.example.vn/tra-cuu?code=H01-261126-0001"


def _compose(
    event: str, *, day: date | None = date(2026, 12, 15), missing: str | None = None
) -> Message:
    return compose(
        event, office_name=OFFICE, dossier_code=CODE, day=day, missing=missing, lookup_url=BASE
    )


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@pytest.mark.parametrize("event", NOTIFICATION_EVENTS)
def test_every_event_names_the_office_the_code_and_the_lookup_link(event: str) -> None:
    message = _compose(event, missing="Bản sao giấy khai sinh")
    assert CODE in message.subject
    assert OFFICE in message.body
    assert CODE in message.body
    assert message.body.endswith(f"Tra cứu: {LINK}")
    assert _units(message.body) <= SMS_BODY_UNITS


def test_received_carries_the_appointment_date() -> None:
    message = _compose("received")
    assert message == Message(
        "Hồ sơ H01-261126-0001 đã được tiếp nhận",
        "UBND phường Bến Nghé đã tiếp nhận hồ sơ H01-261126-0001. "
        f"Ngày hẹn trả: 15/12/2026. Tra cứu: {LINK}",
    )


def test_extension_apologises_with_the_new_date() -> None:
    body = _compose("extension", day=date(2027, 1, 5)).body
    assert "xin lỗi" in body
    assert "Ngày hẹn mới: 05/01/2027." in body


def test_a_missing_date_leaves_the_sentence_out() -> None:
    assert "Ngày hẹn" not in _compose("received", day=None).body


def test_supplement_says_what_is_missing() -> None:
    body = _compose("supplement", missing="  Bản sao   giấy khai sinh. ").body
    assert f"đề nghị bổ sung hồ sơ {CODE}: Bản sao giấy khai sinh. Tra cứu:" in body
    assert "giấy tờ còn thiếu" in _compose("supplement", missing=None).body


def test_a_long_supplement_is_cut_at_a_word_to_fit_four_sms_parts() -> None:
    missing = "Bản sao chứng thực sổ hộ khẩu và giấy chứng nhận quyền sử dụng đất; " * 10
    body = _compose("supplement", missing=missing).body
    assert _units(body) <= SMS_BODY_UNITS
    assert _units(body) > SMS_BODY_UNITS - 20  # the room is used, not thrown away
    kept = body.split(": ", 1)[1].split("… Tra cứu:")[0]
    assert missing.startswith(kept)
    assert missing[len(kept)] in " ;"  # cut between words
    assert body.endswith(f"… Tra cứu: {LINK}")


def test_id_and_phone_numbers_typed_in_what_is_missing_are_masked() -> None:
    body = _compose("supplement", missing="CCCD 079123456789, gọi 0901234567, CMND 123456789").body
    for number in ("079123456789", "0901234567", "123456789"):
        assert number not in body
    assert "CCCD ***, gọi ***, CMND ***" in body


def test_the_page_address_is_taken_as_it_is() -> None:
    body = compose(
        "returned", office_name=OFFICE, dossier_code=CODE, day=None, missing=None, lookup_url=LINK
    ).body
    assert body.endswith(f"Tra cứu: {LINK}")


def test_an_unknown_event_is_refused() -> None:
    with pytest.raises(ValueError, match="posted"):
        _compose("posted")


@given(st.text(max_size=3000))
def test_any_supplement_fits_and_holds_no_id_like_number(missing: str) -> None:
    body = _compose("supplement", missing=missing).body
    assert _units(body) <= SMS_BODY_UNITS
    assert re.search(r"\d{9,}", body) is None
    assert body.endswith(f"Tra cứu: {LINK}")


def test_missing_text_for_a_template_parameter() -> None:
    assert missing_text("  CCCD 079123456789;  ảnh 3x4. ") == "CCCD ***; ảnh 3x4"
    assert missing_text(None) == "giấy tờ còn thiếu"
    assert missing_text("Bản sao giấy khai sinh có chứng thực", limit=20) == "Bản sao giấy khai…"


@given(st.text(max_size=500), st.integers(min_value=1, max_value=200))
def test_missing_text_fits_its_limit(missing: str, limit: int) -> None:
    kept = missing_text(missing, limit)
    assert _units(kept) <= max(limit, 1)
    assert kept and re.search(r"\d{9,}", kept) is None


def test_a_long_word_is_cut_by_code_units() -> None:
    # found by the property above: a character outside the BMP takes two code units
    assert missing_text("\U0001f4c4\U0001f4c4\U0001f4c4", limit=3) == "\U0001f4c4…"
    assert missing_text("\U0001f4c4\U0001f4c4", limit=2) == "…"
