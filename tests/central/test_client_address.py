"""The client address the lookup limit counts: the peer, or X-Forwarded-For from a trusted proxy."""

from __future__ import annotations

import logging

import httpx
import pytest
from starlette.requests import Request

from central_server import rate_limit
from central_server.cli import main as central_cli
from central_server.client_address import TrustedProxies, came_over_https, client_address
from tests.support.sync_harness import CentralServer, init_central

API = "/api/v1/public/dossiers/"


def _request(peer: str, headers: dict[str, str], trusted: TrustedProxies) -> Request:
    class _App:
        class state:  # noqa: N801 - a stand-in for app.state
            trusted_proxies = trusted

    scope = {
        "type": "http",
        "client": (peer, 5000),
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        "app": _App,
        "scheme": "http",
        "path": "/",
        "query_string": b"",
    }
    return Request(scope)


def test_forwarded_for_counts_only_from_a_trusted_proxy():
    trusted = TrustedProxies.parse(["10.0.0.0/8", "2001:db8::1"])
    xff = {"X-Forwarded-For": "198.51.100.9, 203.0.113.5, 10.1.2.3"}
    assert client_address(_request("10.0.0.1", xff, trusted)) == "203.0.113.5"
    assert client_address(_request("2001:db8::1", xff, trusted)) == "203.0.113.5"
    assert client_address(_request("192.0.2.1", xff, trusted)) == "192.0.2.1"
    assert client_address(_request("192.0.2.1", xff, TrustedProxies())) == "192.0.2.1"
    assert client_address(_request("10.0.0.1", {}, trusted)) == "10.0.0.1"
    junk = {"X-Forwarded-For": "not-an-address, <script>"}
    assert client_address(_request("10.0.0.1", junk, trusted)) == "10.0.0.1"
    everyone_trusted = {"X-Forwarded-For": "10.9.9.9, 10.8.8.8"}
    assert client_address(_request("10.0.0.1", everyone_trusted, trusted)) == "10.9.9.9"


def test_forwarded_proto_counts_only_from_a_trusted_proxy():
    trusted = TrustedProxies.parse(["10.0.0.1"])
    https = {"X-Forwarded-Proto": "https"}
    assert came_over_https(_request("10.0.0.1", https, trusted))
    assert not came_over_https(_request("192.0.2.1", https, trusted))


def test_a_bad_trusted_proxy_is_refused_with_its_value():
    with pytest.raises(ValueError, match="not-an-ip"):
        TrustedProxies.parse(["not-an-ip"])


def test_an_untrusted_peer_cannot_spread_attempts_over_forged_addresses(
    make_client, lookup_central, monkeypatch
):
    monkeypatch.setattr(rate_limit, "now_seconds", lambda: 1_800_000_010.0)
    code = lookup_central.codes["cccd"]
    untrusted = make_client(peer=("192.0.2.1", 1), lookups_per_minute=3)
    forged = [{"X-Forwarded-For": f"198.51.100.{n}"} for n in range(4)]
    statuses = [untrusted.get(API + code, params={"id_last4": "4567"}, headers=h).status_code
                for h in forged]  # fmt: skip
    assert statuses == [200, 200, 200, 429]
    proxy = make_client(peer=("10.0.0.1", 1), lookups_per_minute=3, trusted_proxies=["10.0.0.0/8"])
    statuses = [proxy.get(API + code, params={"id_last4": "4567"}, headers=h).status_code
                for h in forged]  # fmt: skip
    assert statuses == [200, 200, 200, 200]  # four citizens behind the proxy


def test_serve_ignores_forwarded_for_from_an_untrusted_loopback_peer(tmp_path):
    """A real ``central-server serve``: uvicorn's own forwarded-header handling is off too."""
    db_url = f"sqlite:///{(tmp_path / 'central.sqlite3').as_posix()}"
    init_central(db_url)
    server = CentralServer(db_url, extra_args=("--lookups-per-minute", "2")).start()
    url = f"{server.url}{API}000.00.06.H56-261126-0001"
    try:
        statuses = [
            httpx.get(url, params={"id_last4": "1234"}, timeout=10,
                      headers={"X-Forwarded-For": f"198.51.100.{n}"}).status_code
            for n in range(5)
        ]  # fmt: skip
        # two a minute: 429 from the third (or, when a new minute begins meanwhile, the fifth)
        assert statuses[:3] == [404, 404, 429] or statuses.count(404) <= 4 and statuses[-1] == 429
    finally:
        server.stop()


def test_serve_refuses_a_bad_trusted_proxy(tmp_path, capsys):
    db_url = f"sqlite:///{(tmp_path / 'central.sqlite3').as_posix()}"
    init_central(db_url)
    assert central_cli(["serve", "--db", db_url, "--trusted-proxy", "10.0.0.300"]) == 2
    assert "10.0.0.300" in capsys.readouterr().err
    # refused before uvicorn set up its logging (which stops the server's records propagating)
    assert logging.getLogger("central_server").propagate
