"""The SMS gateway in its configured shape (a refusal reaches the office's change log), and
``central-server notify-provider set|list`` (secrets neither printed nor stored in clear)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from central_server.cli import main
from central_server.notify.secret_box import KEY_ENV, KEY_FILE_ENV
from tests.support.notify_central import NotifyCentral, notify_central
from tests.support.notify_standins import SmsGateway

BODY = (
    '{"user": "motcua", "pass": "gw-Pass-9", "to": "{{phone}}", "text": "{{text}}", '
    '"ref": "{{id}}"}'
)
API_KEY = "key-Abc-123"


@pytest.fixture
def central(sqlite_url: str, notify_key: str) -> Iterator[NotifyCentral]:
    with notify_central(sqlite_url) as made:
        yield made


def _cli(
    monkeypatch: pytest.MonkeyPatch, capsys, url: str, *args: str, stdin: str = ""
) -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main([*args, "--db", url])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _set_sms(
    monkeypatch, capsys, central: NotifyCentral, gateway: SmsGateway, tmp_path: Path, *extra: str
):
    template = tmp_path / "body.json"
    template.write_text(BODY, encoding="utf-8")
    url = str(central.engine.url.render_as_string(hide_password=False))
    args = ["notify-provider", "set", "sms", "--url", gateway.url, "--body-template", str(template)]
    args += ["--header", "Content-Type=application/json", "--header", f"X-Api-Key={API_KEY}"]
    args += ["--header", "Idempotency-Key={{id}}", *extra]
    return _cli(monkeypatch, capsys, url, *args)


def test_a_refused_number_reaches_the_office(
    monkeypatch, capsys, central: NotifyCentral, tmp_path: Path
) -> None:
    with SmsGateway(refused={"84987654321"}) as gateway:
        code, out = _set_sms(monkeypatch, capsys, central, gateway, tmp_path, "--gsm7")
        assert code == 0, out
        good = central.request("sms", "0912 345 678")
        refused = central.request("sms", "0987 654 321")
        sender = central.sender()
        assert sender.run_once() == 2 and sender.run_once() == 0
        requests = list(gateway.requests)
    assert len(requests) == 2
    sent = json.loads(requests[0].body)
    assert sent["to"] == "84912345678" and sent["ref"] == good and sent["pass"] == "gw-Pass-9"
    assert sent["text"].isascii() and "tra-cuu?code=" in sent["text"]  # GSM 7-bit, no marks
    assert requests[0].headers["X-Api-Key"] == API_KEY
    assert requests[0].headers["Idempotency-Key"] == good
    states = {s["entity_id"]: s["payload"] for s in central.statuses()}
    assert states[good]["state"] == "sent"
    assert states[refused]["state"] == "refused" and "HTTP 400" in states[refused]["detail"]
    assert "987654321" not in json.dumps(states)


def test_a_success_check_in_the_body(
    monkeypatch, capsys, central: NotifyCentral, tmp_path: Path
) -> None:
    with SmsGateway() as gateway:
        assert (
            _set_sms(
                monkeypatch, capsys, central, gateway, tmp_path, "--success-contains", '"code": 0'
            )[0]
            == 0
        )
        request_id = central.request("sms", "0912345678")
        central.sender().run_once()
    row = central.row(request_id)
    assert row.state == "refused" and "no success in its answer" in (row.last_error or "")


def test_set_and_list_never_show_secrets(
    monkeypatch, capsys, central: NotifyCentral, tmp_path: Path
) -> None:
    url = central.engine.url.render_as_string(hide_password=False)
    code, out = _cli(
        monkeypatch, capsys, url, "notify-provider", "set", "email",
        "--smtp-host", "smtp.example.vn",
        "--smtp-port", "587", "--security", "starttls", "--sender", "motcua@example.vn",
        "--username", "motcua", "--password-stdin", stdin="mail-Pass-77\n",
    )  # fmt: skip
    assert code == 0 and "mail-Pass-77" not in out and "password" in out
    code, out = _cli(
        monkeypatch, capsys, url, "notify-provider", "set", "zalo", "--app-id", "4321",
        "--secret-stdin", "--refresh-token-stdin", "--template", "received=301001",
        "--template", "returned=301005", stdin="zalo-Secret-1\nzalo-Refresh-2\n",
    )  # fmt: skip
    assert code == 0, out
    with SmsGateway() as gateway:
        assert _set_sms(monkeypatch, capsys, central, gateway, tmp_path)[0] == 0
    for as_json in ((), ("--json",)):
        code, out = _cli(monkeypatch, capsys, url, "notify-provider", "list", *as_json)
        assert code == 0
        for secret in ("mail-Pass-77", "zalo-Secret-1", "zalo-Refresh-2", "gw-Pass-9", API_KEY):
            assert secret not in out
    listed = {p["medium"]: p for p in json.loads(out)["providers"]}
    assert listed["email"]["secrets"] == ["password"]
    assert listed["zalo"]["settings"]["templates"] == {"received": "301001", "returned": "301005"}
    assert listed["sms"]["settings"]["header_names"] == [
        "Content-Type",
        "Idempotency-Key",
        "X-Api-Key",
    ]
    stored = Path(central.engine.url.database or "").read_bytes()
    for secret in (
        b"mail-Pass-77",
        b"zalo-Secret-1",
        b"zalo-Refresh-2",
        b"gw-Pass-9",
        API_KEY.encode(),
    ):
        assert secret not in stored


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (("email", "--smtp-host", "smtp.example.vn", "--smtp-port", "25", "--security", "none",
          "--sender", "a@example.vn"), "", "only for a relay on loopback"),
        (("email", "--smtp-host", "127.0.0.1", "--smtp-port", "25", "--security", "none",
          "--sender", "a@example.vn", "--username", "u", "--password-stdin"), "",
         "expected the password"),
        (("zalo", "--app-id", "1", "--secret-stdin", "--refresh-token-stdin", "--template",
          "posted=1"), "s\nr\n", "unknown event 'posted'"),
        (("zalo", "--app-id", "1", "--template", "received=1"), "", "needs --secret-stdin"),
    ],
)  # fmt: skip
def test_bad_input_is_refused(
    monkeypatch, capsys, central: NotifyCentral, args, stdin, message
) -> None:
    url = central.engine.url.render_as_string(hide_password=False)
    code, out = _cli(monkeypatch, capsys, url, "notify-provider", "set", *args, stdin=stdin)
    assert code == 2 and message in out


def test_no_key_no_secrets(monkeypatch, capsys, central: NotifyCentral, tmp_path: Path) -> None:
    monkeypatch.delenv(KEY_ENV)
    url = central.engine.url.render_as_string(hide_password=False)
    args = ("notify-provider", "set", "email", "--smtp-host", "127.0.0.1", "--smtp-port", "25",
            "--security", "none", "--sender", "a@example.vn", "--username", "u",
            "--password-stdin")  # fmt: skip
    code, out = _cli(monkeypatch, capsys, url, *args, stdin="pw-1\n")
    assert code == 2 and KEY_ENV in out and "pw-1" not in out
    key_file = tmp_path / "notify.key"
    key_file.write_text(Fernet.generate_key().decode() + "\n")
    monkeypatch.setenv(KEY_FILE_ENV, str(key_file))
    assert _cli(monkeypatch, capsys, url, *args, stdin="pw-1\n")[0] == 0
