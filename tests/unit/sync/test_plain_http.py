"""Plain HTTP to the central server only to this PC, or with ``--insecure-http`` stored."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from desktop_app.sync.client import (
    PlainHttpRefused,
    SyncClient,
    is_insecure_url,
    is_loopback_host,
)
from desktop_app.sync.credentials import DeviceCredential, load_credential, save_credential
from motcua_core.protocol import StatusReport


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "127.8.9.1", "::1", "LOCALHOST."])
def test_loopback_hosts(host: str) -> None:
    assert is_loopback_host(host)


@pytest.mark.parametrize("host", ["10.0.0.5", "central.example.vn", "localhost.evil.vn", "", None])
def test_other_hosts(host: str | None) -> None:
    assert not is_loopback_host(host)


def test_only_plain_http_off_this_pc_is_insecure() -> None:
    assert is_insecure_url("http://10.0.0.5:8000")
    assert is_insecure_url("HTTP://central.example.vn")
    assert not is_insecure_url("https://central.example.vn")
    assert not is_insecure_url("http://127.0.0.1:8000")
    assert not is_insecure_url("http://[::1]:8000")


def _report() -> StatusReport:
    return StatusReport(device_time=datetime.now(UTC), ops_waiting=0, ops_rejected=0)


def _client(url: str, seen: list[httpx.Request], **options: bool) -> SyncClient:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(503)

    return SyncClient(
        url, authorization="Bearer d:s", transport=httpx.MockTransport(answer), **options
    )


def test_plain_http_to_another_computer_sends_nothing_without_the_flag() -> None:
    seen: list[httpx.Request] = []
    with _client("http://10.0.0.5:8000", seen) as client, pytest.raises(PlainHttpRefused) as caught:
        client.report("000.00.06.H56", _report())
    assert "--insecure-http" in str(caught.value) and seen == []


def test_the_flag_and_loopback_let_requests_through() -> None:
    from desktop_app.sync.client import TransientError

    for url, options in (
        ("http://10.0.0.5:8000", {"insecure_http": True}),
        ("http://127.0.0.1:9", {}),
    ):
        seen: list[httpx.Request] = []
        with _client(url, seen, **options) as client, pytest.raises(TransientError):
            client.report(
                "000.00.06.H56",
                StatusReport(device_time=datetime.now(UTC), ops_waiting=0, ops_rejected=0),
            )
        assert len(seen) == 1


def test_the_flag_is_stored_with_the_credential_and_old_files_read_without(tmp_path: Path) -> None:
    path = tmp_path / "credential.json"
    device = str(uuid.uuid4())
    save_credential(
        path,
        DeviceCredential(
            "http://10.0.0.5", device, "s", "000.00.06.H56", "UBND", insecure_http=True
        ),
    )
    assert json.loads(path.read_text())["insecure_http"] is True
    assert load_credential(path).insecure_http
    old = json.loads(path.read_text())
    del old["insecure_http"]
    path.write_text(json.dumps(old))
    assert load_credential(path).insecure_http is False
