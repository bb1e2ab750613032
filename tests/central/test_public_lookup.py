"""The public lookup asks for the code and the owner's last four ID characters, shows no name,
and is limited per client address with a count every worker shares (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from central_server import rate_limit
from central_server.db import make_session_factory, session_scope
from central_server.models import LookupAttempt
from central_server.public_lookup import result_ready
from tests.central.conftest import OWNER_WITH_CCCD, OWNER_WITH_PASSPORT, OWNER_WITH_PHONE

API = "/api/v1/public/dossiers/"
NAMES = [o["full_name"] for o in (OWNER_WITH_CCCD, OWNER_WITH_PASSPORT, OWNER_WITH_PHONE)]


@pytest.fixture(autouse=True)
def fixed_minute(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every attempt of a test falls in the same minute window (10 s into it)."""
    monkeypatch.setattr(rate_limit, "now_seconds", lambda: 1_800_000_010.0)


def _no_name(text: str) -> None:
    for name in NAMES:
        for word in name.split():
            assert word not in text
    assert "owner" not in text and "*" not in text


def test_the_owner_s_last_four_id_characters_open_the_dossier(make_client, lookup_central):
    client = make_client()
    codes = lookup_central.codes
    for kind, digits in (("cccd", "4567"), ("passport", "b9xy"), ("passport", "B9XY"),
                         ("phone", "5678")):  # fmt: skip
        answer = client.get(API + codes[kind].lower(), params={"id_last4": digits})
        assert answer.status_code == 200, (kind, digits, answer.text)
        assert answer.json()["code"] == codes[kind] and answer.json()["status"] == 2
        _no_name(answer.text)
    # a dossier with an ID number is not opened by its phone
    phone = client.get(API + codes["cccd"], params={"id_last4": "0111"})
    assert phone.status_code == 404


def test_missing_or_malformed_digits_answer_422(make_client, lookup_central):
    client = make_client()
    code = lookup_central.codes["cccd"]
    assert client.get(API + code).status_code == 422
    for bad in ("", "456", "45678", "45 7"):
        assert client.get(API + code, params={"id_last4": bad}).status_code == 422, bad


def test_wrong_digits_answer_exactly_like_a_wrong_code(make_client, lookup_central):
    client = make_client()
    wrong_digits = client.get(API + lookup_central.codes["cccd"], params={"id_last4": "0000"})
    wrong_code = client.get(API + "000.00.06.H56-261126-0999", params={"id_last4": "4567"})
    assert wrong_digits.status_code == wrong_code.status_code == 404
    assert wrong_digits.content == wrong_code.content
    # every answer carries its own request id (for the logs): that differs, nothing else does
    assert wrong_digits.headers["x-request-id"] != wrong_code.headers["x-request-id"]
    assert _headers_but_request_id(wrong_digits) == _headers_but_request_id(wrong_code)


def _headers_but_request_id(response) -> dict[str, str]:
    return {k: v for k, v in response.headers.items() if k.lower() != "x-request-id"}


def test_the_lookup_page_asks_for_the_digits_and_shows_no_name(make_client, lookup_central):
    client = make_client()
    code = lookup_central.codes["cccd"]
    form = client.get("/tra-cuu")
    assert form.status_code == 200 and 'name="id_last4"' in form.text
    found = client.get("/tra-cuu", params={"code": code, "id_last4": "4567"})
    assert found.status_code == 200 and code in found.text and "Đã tiếp nhận" in found.text
    _no_name(found.text.replace("Người nộp", ""))
    assert "Người nộp" not in found.text
    malformed = client.get("/tra-cuu", params={"code": code, "id_last4": "45"})
    assert malformed.status_code == 422 and "4 ký tự cuối" in malformed.text
    wrong = client.get("/tra-cuu", params={"code": code, "id_last4": "0000"})
    unknown = client.get("/tra-cuu", params={"code": code + "9", "id_last4": "4567"})
    assert wrong.status_code == unknown.status_code == 404
    assert wrong.text.replace(code, "") == unknown.text.replace(code + "9", "")


def test_the_receipt_s_address_opens_the_form_with_the_code_filled_in(make_client, lookup_central):
    """Form 01's QR code is ``/tra-cuu?code=CODE``: the form, code filled in, no error yet."""
    client = make_client()
    code = lookup_central.codes["cccd"]
    opened = client.get(f"/tra-cuu?code={code}")
    assert opened.status_code == 200 and f'name="code" value="{code}"' in opened.text
    assert 'name="id_last4"' in opened.text and "class=bad" not in opened.text
    _no_name(opened.text)


def test_the_answer_says_whether_the_result_is_ready(make_client, lookup_central):
    client = make_client()
    found = client.get(
        "/tra-cuu", params={"code": lookup_central.codes["cccd"], "id_last4": "4567"}
    )
    assert "Kết quả" in found.text and "Chưa có kết quả" in found.text
    assert result_ready(9) and result_ready(10) and not result_ready(2) and not result_ready(8)


def test_the_thirty_first_lookup_in_a_minute_answers_429(make_client, lookup_central):
    client = make_client()
    code = lookup_central.codes["cccd"]
    answers = [client.get(API + code, params={"id_last4": f"{n:04d}"}) for n in range(30)]
    assert {a.status_code for a in answers} == {404}
    refused = client.get(API + code, params={"id_last4": "4567"})  # even the right digits
    assert refused.status_code == 429
    assert refused.headers["retry-after"] == "50"
    page = client.get("/tra-cuu", params={"code": code, "id_last4": "4567"})
    assert page.status_code == 429 and page.headers["retry-after"] == "50"
    other_peer = make_client(peer=("192.0.2.7", 40000))
    assert other_peer.get(API + code, params={"id_last4": "4567"}).status_code == 200


def test_every_worker_shares_the_count(make_client, lookup_central):
    """Two applications on one database (two workers) count the same attempts."""
    first, second = make_client(lookups_per_minute=6), make_client(lookups_per_minute=6)
    code = lookup_central.codes["phone"]
    for client in (first, second, first, second, first, second):
        assert client.get(API + code, params={"id_last4": "5678"}).status_code == 200
    assert second.get(API + code, params={"id_last4": "5678"}).status_code == 429
    assert first.get("/tra-cuu", params={"code": code, "id_last4": "5678"}).status_code == 429


def test_old_windows_are_cleaned_up(make_client, lookup_central, monkeypatch):
    client = make_client()
    code = lookup_central.codes["cccd"]
    client.get(API + code, params={"id_last4": "4567"})
    make_client(peer=("192.0.2.8", 1)).get(API + code, params={"id_last4": "4567"})
    monkeypatch.setattr(rate_limit, "now_seconds", lambda: 1_800_000_130.0)  # two minutes on
    assert client.get(API + code, params={"id_last4": "4567"}).status_code == 200
    with session_scope(make_session_factory(lookup_central.engine)) as session:
        rows = session.execute(select(LookupAttempt.window_start, LookupAttempt.attempts)).all()
        assert [tuple(r) for r in rows] == [(1_800_000_130 // 60, 1)]
        assert session.scalar(select(func.count()).select_from(LookupAttempt)) == 1


def test_the_limit_is_configurable(make_client, lookup_central):
    client = make_client(lookups_per_minute=1000)
    code = lookup_central.codes["cccd"]
    statuses = {client.get(API + code, params={"id_last4": "4567"}).status_code for _ in range(40)}
    assert statuses == {200}
