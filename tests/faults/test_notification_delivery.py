"""Citizens' notifications end to end, with real processes (issue: citizens informed).

The office (SQLite) receives a dossier with the citizen's consent while it is offline, then
syncs through a proxy that cuts connections; the central server (PostgreSQL) sends the
message by its sender in ``serve`` to a real SMTP server on loopback (aiosmtpd) exactly once,
and the delivery comes back to the office. A stand-in SMS gateway that refuses a number makes
the office show the refusal. Every wait is bounded: a number of sync passes, or of looks at
the centre's requests while its sender (a pass every few seconds) works.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from motcua_core.domain.sms_length import is_gsm7
from tests.support.notify_standins import SmsGateway, SmtpSink
from tests.support.sync_harness import (
    ROOT,
    STDERR_SEEN,
    CentralServer,
    Office,
    base_env,
    central_query,
)

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

# Planted as the fault tests' conftest looks for them in every log (a CMND of nine digits).
NAME = "Người Thử Thông Báo"
ID_NUMBER = "007000417"
ADDRESS = "Số 7 đường Thử Nghiệm"
EMAIL = "nguoi.thu@example.vn"
PHONE = "0912345678"
SENDER = "motcua@ubnd.example.vn"
PUBLIC_URL = "https://dichvucong.example.vn"
#: Sync passes a test may run while it waits for the centre (each pass is one process).
MAX_PASSES = 12
#: Looks at the centre's requests while its sender works (a pass every 5 s at most).
SENDER_POLLS = 240


@pytest.fixture
def notify_key(monkeypatch: pytest.MonkeyPatch) -> str:
    """The key of the providers' secrets and the public address, for the CLI and the server."""
    from cryptography.fernet import Fernet

    key = Fernet.generate_key().decode("ascii")
    monkeypatch.setenv("CENTRAL_SERVER_NOTIFY_KEY", key)
    monkeypatch.setenv("CENTRAL_SERVER_PUBLIC_URL", PUBLIC_URL)
    return key


def _start(command: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        command, env=env, cwd=ROOT, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def _finished(process: subprocess.Popen[str]) -> str:
    """The process's output once it ended well."""
    stdout, stderr = process.communicate(timeout=120)
    STDERR_SEEN.append(stderr)  # the conftest looks for the citizen in it
    assert process.returncode == 0, stderr
    return stdout


def _office_cli(office: Office, *args: str) -> subprocess.Popen[str]:
    return _start([sys.executable, "-m", "desktop_app", *args], office.env())


def _received_offline(
    tmp_path: Path,
    servers: Any,
    token: str,
    central_db: str,
    provider: list[str],
    consent: list[str],
) -> tuple[Office, CentralServer, str]:
    """The office receives a dossier while the centre is not even running; meanwhile the
    operator sets the provider (both CLIs run side by side). Then the centre starts and the
    office enrols. Returns the office, the server and the dossier's code."""
    env = base_env({"CENTRAL_SERVER_DB": central_db})
    setting = [sys.executable, "-m", "central_server", "notify-provider", "set", *provider]
    configuring = _start(setting, env)
    office = Office(tmp_path / "office").init()
    receiving = _office_cli(
        office,
        *("dossier", "receive", "--procedure", "1.004873", "--name", NAME, "--id-type", "cmnd"),
        *("--id-number", ID_NUMBER, "--address", ADDRESS, *consent, "--json"),
    )
    _finished(configuring)
    server = servers()
    office.enrol(server.url, token)
    code = str(json.loads(_finished(receiving))["code"])
    return office, server, code


def _notifications(office: Office, code: str) -> list[dict[str, Any]]:
    shown = _finished(_office_cli(office, "dossier", "show", code, "--json"))
    return list(json.loads(shown)["notifications"])


def _local_states(office: Office) -> list[str]:
    return [str(row[0]) for row in office.query("SELECT state FROM dossier_notification")]


def _sync_until(office: Office, url: str, reached: Callable[[], bool]) -> int:
    """Sync passes (failed ones included) until ``reached``; how many it took."""
    for passes in range(1, MAX_PASSES + 1):
        office.sync_once(server_url=url)
        if reached():
            return passes
    raise AssertionError(f"not reached after {MAX_PASSES} sync passes")


def _central_delivery(central_db: str) -> list[tuple[Any, ...]]:
    """The centre's requests once none is left to send (bounded wait for its sender)."""
    sql = "SELECT id, state, attempts FROM notification_request"
    rows: list[tuple[Any, ...]] = []
    for _ in range(SENDER_POLLS):
        rows = central_query(central_db, sql)
        if rows and all(row[1] in ("sent", "refused") for row in rows):
            return rows
        time.sleep(0.25)
    raise AssertionError(f"the centre's sender did not finish: {rows}")


def test_an_offline_office_s_consent_gives_one_e_mail_through_cut_connections(
    tmp_path, servers, token, central_db, proxies, notify_key
):
    with SmtpSink() as smtp:
        email = ["email", "--smtp-host", "127.0.0.1", "--smtp-port", str(smtp.port)]
        email += ["--security", "none", "--sender", SENDER]
        consent = ["--email", EMAIL, "--notify", "email"]
        office, server, code = _received_offline(
            tmp_path, servers, token, central_db, email, consent
        )
        proxy = proxies(server.port)
        assert _local_states(office) == ["pending"]

        # No internet at first; then a link that cuts requests and answers; then it heals.
        proxy.script.extend(["refuse", "cut_request=300", "truncate_response=40"])
        failures = 0
        while office.sync_once(server_url=proxy.url).returncode != 0 and failures < MAX_PASSES:
            failures += 1
        assert failures == 3  # each failed pass was run again; the next one got through
        [(request_id, state, attempts)] = _central_delivery(central_db)
        assert (state, attempts) == ("sent", 1)
        _sync_until(office, proxy.url, lambda: _local_states(office) == ["sent"])

        [sent] = _notifications(office, code)
        assert (sent["event"], sent["medium"], sent["state"]) == ("received", "email", "sent")
        assert sent["attempts"] == 1 and uuid.UUID(sent["id"]) == uuid.UUID(str(request_id))
        assert len(smtp.raw) == 1
        assert smtp.recipients == [[EMAIL]]
        [message] = smtp.parsed()
        body = message.get_content()
        assert code in str(message["Subject"])
        assert f"{PUBLIC_URL}/tra-cuu?code={code}" in body
        assert "Ngày hẹn trả" in body
        for personal in (ID_NUMBER, ADDRESS, NAME):
            assert personal not in body and personal.encode() not in smtp.raw[0]
    server_log = (tmp_path / "server.log").read_text(encoding="utf-8", errors="replace")
    assert EMAIL not in server_log


def test_a_number_the_sms_gateway_refuses_shows_as_refused_at_the_office(
    tmp_path, servers, token, central_db, notify_key
):
    template = tmp_path / "sms-body.json"
    template.write_text(
        '{"to": "{{phone}}", "text": "{{text}}", "sms_id": "{{id}}", "brandname": "UBND-THU"}',
        encoding="utf-8",
    )
    with SmsGateway(refused={PHONE[1:]}) as gateway:
        sms = ["sms", "--url", gateway.url, "--body-template", str(template), "--gsm7"]
        sms += ["--header", "Authorization=Bearer gateway-token"]
        sms += ["--header", "Content-Type=application/json"]
        consent = ["--phone", PHONE, "--notify", "sms"]
        office, server, code = _received_offline(tmp_path, servers, token, central_db, sms, consent)
        assert office.sync_once(server_url=server.url).returncode == 0
        [(_, state, attempts)] = _central_delivery(central_db)
        assert (state, attempts) == ("refused", 1)
        _sync_until(office, server.url, lambda: _local_states(office) == ["refused"])
        [refused] = _notifications(office, code)
        assert (refused["event"], refused["medium"], refused["state"]) == (
            "received",
            "sms",
            "refused",
        )
        assert "HTTP 400" in refused["detail"] and PHONE[1:] not in refused["detail"]
        assert len(gateway.requests) == 1  # refused for good: not tried again
        [request] = gateway.requests
        assert request.headers.get("Authorization") == "Bearer gateway-token"
        sent = json.loads(request.body)
        assert sent["to"] == "84" + PHONE[1:]
        assert uuid.UUID(sent["sms_id"]) == uuid.UUID(refused["id"])  # the idempotency key
        assert code in sent["text"] and f"{PUBLIC_URL}/tra-cuu?code={code}" in sent["text"]
        assert is_gsm7(sent["text"]) and "Ngay hen tra" in sent["text"]
        assert ID_NUMBER not in request.body
