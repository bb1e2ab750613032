"""Operator pages (``/admin/offices``, every office's ``/stats``) are closed unless signed in."""

from __future__ import annotations

import hmac

import pytest

from central_server import operator_auth, rate_limit
from tests.central.conftest import LOOKUP_UNIT

TOKEN = "operator-secret-3f9a"
STATS = f"/api/v1/offices/{LOOKUP_UNIT}/stats"
OPERATOR_ROUTES = ("/admin/offices", STATS)


def test_without_an_operator_token_operator_routes_answer_401(make_client, lookup_central):
    client = make_client()
    for route in OPERATOR_ROUTES:
        assert client.get(route).status_code == 401, route
        bearer = {"Authorization": "Bearer anything"}
        assert client.get(route, headers=bearer).status_code == 401, route
    assert client.post("/admin/sign-in", data={"token": ""}).status_code == 401
    enrolled = client.post("/api/v1/enrol", json={"token": lookup_central.office_token})
    assert enrolled.status_code == 200  # offices are still served


def test_the_token_is_accepted_as_a_bearer_header_only(make_client):
    client = make_client(operator_token=TOKEN)
    for route in OPERATOR_ROUTES:
        assert client.get(route).status_code == 401, route
        assert client.get(route, params={"token": TOKEN}).status_code == 401, route
        wrong = {"Authorization": f"Bearer {TOKEN}x"}
        assert client.get(route, headers=wrong).status_code == 401, route
        right = {"Authorization": f"Bearer {TOKEN}"}
        assert client.get(route, headers=right).status_code == 200, route
        assert client.get(route, headers={"Authorization": TOKEN}).status_code == 401, route


def test_the_sign_in_form_sets_a_strict_http_only_cookie(make_client):
    client = make_client(operator_token=TOKEN)
    page = client.get("/admin/offices")
    assert page.status_code == 401 and 'method="post"' in page.text and "Đăng nhập" in page.text
    form = client.get("/admin/sign-in")
    assert form.status_code == 200 and 'type="password"' in form.text
    refused = client.post("/admin/sign-in", data={"token": "guess"})
    assert refused.status_code == 401 and "set-cookie" not in refused.headers
    signed_in = client.post("/admin/sign-in", data={"token": TOKEN}, follow_redirects=False)
    assert signed_in.status_code == 303 and signed_in.headers["location"] == "/admin/offices"
    cookie = signed_in.headers["set-cookie"]
    assert "httponly" in cookie.lower() and "samesite=strict" in cookie.lower()
    assert "secure" not in cookie.lower()  # plain http: a Secure cookie would never come back
    assert TOKEN not in cookie
    for route in OPERATOR_ROUTES:
        assert client.get(route).status_code == 200, route  # the cookie jar sends it
    client.post("/admin/sign-out")
    assert client.get("/admin/offices").status_code == 401


def test_the_cookie_is_secure_over_https_and_cannot_be_forged(make_client):
    client = make_client(operator_token=TOKEN, base_url="https://testserver")
    signed_in = client.post("/admin/sign-in", data={"token": TOKEN}, follow_redirects=False)
    assert "secure" in signed_in.headers["set-cookie"].lower()
    other = make_client(operator_token=TOKEN)
    for forged in (TOKEN, "9999999999.abcdef", "", "x.y.z"):
        other.cookies.set(operator_auth.OPERATOR_COOKIE, forged)
        assert other.get("/admin/offices").status_code == 401, forged
    # a cookie made with another server's token is refused here
    stranger = make_client(operator_token="another-token")
    stranger.post("/admin/sign-in", data={"token": "another-token"})
    foreign = stranger.cookies[operator_auth.OPERATOR_COOKIE]
    other.cookies.set(operator_auth.OPERATOR_COOKIE, foreign)
    assert other.get("/admin/offices").status_code == 401


def test_the_sign_in_only_redirects_inside_the_server(make_client):
    client = make_client(operator_token=TOKEN)
    for target, expected in (
        (STATS, STATS),
        ("https://evil.example/", "/admin/offices"),
        ("//evil.example/", "/admin/offices"),
    ):
        answer = client.post(
            "/admin/sign-in", data={"token": TOKEN, "next": target}, follow_redirects=False
        )
        assert answer.headers["location"] == expected, target


def test_the_token_is_compared_in_constant_time(make_client, monkeypatch: pytest.MonkeyPatch):
    compared: list[tuple[bytes | str, bytes | str]] = []
    original = hmac.compare_digest

    def spy(a, b):  # type: ignore[no-untyped-def]
        compared.append((a, b))
        return original(a, b)

    monkeypatch.setattr(operator_auth.hmac, "compare_digest", spy)
    client = make_client(operator_token=TOKEN)
    client.get("/admin/offices", headers={"Authorization": "Bearer nope"})
    assert compared, "the bearer token was not compared with hmac.compare_digest"
    compared.clear()
    client.post("/admin/sign-in", data={"token": "nope"})
    assert compared, "the signed-in token was not compared with hmac.compare_digest"


def test_sign_in_attempts_are_limited_per_address(make_client, monkeypatch):
    monkeypatch.setattr(rate_limit, "now_seconds", lambda: 1_800_000_010.0)
    client = make_client(operator_token=TOKEN, lookups_per_minute=2)
    assert [client.post("/admin/sign-in", data={"token": "guess"}).status_code
            for _ in range(2)] == [401, 401]  # fmt: skip
    refused = client.post("/admin/sign-in", data={"token": TOKEN}, follow_redirects=False)
    assert refused.status_code == 429 and int(refused.headers["retry-after"]) >= 1
    assert "set-cookie" not in refused.headers
