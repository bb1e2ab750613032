"""The HTTP guards: body size (also chunked), body read time, text that cannot be stored.

In-process on SQLite and PostgreSQL for what the answer says; a real ``central-server serve``
process on 127.0.0.1 for what only a server shows (memory, connections closed in time).
"""

from __future__ import annotations

import json
import select
import socket
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from central_server.admin import create_office, ensure_server_rows
from central_server.app import create_app
from central_server.cli import main as central_main
from central_server.db import make_engine, make_session_factory, session_scope, upgrade_to_head
from central_server.http_limits import BODY_TIMEOUT_SECONDS
from motcua_core.protocol import MAX_REQUEST_BYTES
from tests.support.sync_harness import UNIT, CentralServer, central_query, init_central

MiB = 1024 * 1024
CHUNK = 64 * 1024


@pytest.fixture
def central(database_url: str) -> Iterator[dict[str, Any]]:
    engine = make_engine(database_url)
    upgrade_to_head(engine)
    with session_scope(make_session_factory(engine)) as session:
        ensure_server_rows(session)
        token = create_office(session, UNIT, "UBND Phường Thử Nghiệm").token
    client = TestClient(create_app(engine))
    answer = client.post("/api/v1/enrol", json={"token": token})
    assert answer.status_code == 200, answer.text
    device = answer.json()
    auth = {"Authorization": f"Bearer {device['device_id']}:{device['secret']}"}
    yield {"client": client, "auth": auth, "db": database_url}
    engine.dispose()


# --- text the database cannot store: 4xx, never 500 ----------------------------------------------

BAD_TARGETS = [
    "/api/v1/public/dossiers/%00",
    "/api/v1/public/dossiers/000.00.06.H56-261126-0001%00",
    "/api/v1/public/dossiers/%FF%FE",
    f"/api/v1/offices/{UNIT}%00/changes",
    "/api/v1/offices/%00/stats",
    "/tra-cuu?code=%00",
    "/tra-cuu?code=a%00b",
    "/tra-cuu?code=%C3%28",
    f"/api/v1/offices/{UNIT}/changes?after=%00",
]


@pytest.mark.parametrize("target", BAD_TARGETS)
def test_nul_and_invalid_text_in_path_or_query_answer_4xx(central, target: str) -> None:
    answer = central["client"].get(target, headers=central["auth"])
    assert answer.status_code in (400, 404, 422), (target, answer.status_code, answer.text)


def test_nul_in_a_header_answers_400(central) -> None:
    for headers in (
        {"Authorization": central["auth"]["Authorization"] + "\x00"},
        {"X-Forwarded-For": "127.0.0.1\x00"},
        {"User-Agent": "\x00"},
    ):
        answer = central["client"].get(f"/api/v1/offices/{UNIT}/changes", headers=headers)
        assert answer.status_code == 400, (headers, answer.text)


def test_a_content_length_that_is_not_a_number_answers_400(central) -> None:
    answer = central["client"].post(
        "/api/v1/enrol", content=b"{}", headers={"Content-Length": "12abc"}
    )
    assert answer.status_code == 400


def _push_chunked(central: dict[str, Any], payload: dict[str, Any]) -> Any:
    """A push of one op, its body sent chunked (no Content-Length)."""
    op = {
        "op_id": str(uuid.uuid4()),
        "seq": 1,
        "entity": "dossier",
        "entity_id": str(uuid.uuid4()),
        "operation": "upsert",
        "payload": payload,
        "schema_version": 1,
        "device_time": datetime.now(UTC).isoformat(),
    }
    body = json.dumps({"batch_id": str(uuid.uuid4()), "ops": [op]}).encode()
    return central["client"].post(
        f"/api/v1/offices/{UNIT}/push",
        content=(body[i : i + CHUNK] for i in range(0, len(body), CHUNK)),
        headers={**central["auth"], "Content-Type": "application/json"},
    )


def test_a_chunked_body_over_the_limit_is_refused_and_nothing_is_stored(central) -> None:
    answer = _push_chunked(central, {"padding": "x" * (MAX_REQUEST_BYTES + 10)})
    assert answer.status_code == 413
    assert central_query(central["db"], "SELECT count(*) FROM applied_op") == [(0,)]


def test_a_chunked_body_within_the_limit_is_applied(central) -> None:
    answer = _push_chunked(central, {"padding": "x" * (MAX_REQUEST_BYTES // 2)})
    assert answer.status_code == 200, answer.text
    assert central_query(central["db"], "SELECT count(*) FROM applied_op") == [(1,)]


def test_serve_takes_a_positive_body_timeout_and_names_its_default(capsys) -> None:
    for bad in ("0", "-1", "nan", "soon"):
        with pytest.raises(SystemExit) as stop:
            central_main(["serve", "--db", "sqlite://", "--body-timeout", bad])
        assert stop.value.code == 2
    with pytest.raises(SystemExit):
        central_main(["serve", "--help"])
    assert f"(default: {BODY_TIMEOUT_SECONDS:g})" in " ".join(capsys.readouterr().out.split())


# --- a real server --------------------------------------------------------------------------------


@pytest.fixture
def real_server(tmp_path: Path) -> Iterator[CentralServer]:
    db = f"sqlite:///{(tmp_path / 'central.sqlite3').as_posix()}"
    init_central(db)
    server = CentralServer(
        db, log_path=tmp_path / "server.log", extra_args=("--body-timeout", str(BODY_TIMEOUT))
    ).start()
    yield server
    server.stop()


BODY_TIMEOUT = 2.0


def _head(path: str, *lines: str) -> bytes:
    text = f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
    return (text + "".join(f"{line}\r\n" for line in lines) + "\r\n").encode()


def _read_answer(sock: socket.socket, timeout: float = 10.0) -> bytes:
    """Everything the server sends until it closes the connection (bounded in time)."""
    sock.settimeout(timeout)
    data = b""
    try:
        while chunk := sock.recv(65536):
            data += chunk
    except (ConnectionResetError, TimeoutError):
        pass
    return data


def _send_chunked(port: int, path: str, total: int) -> tuple[int, bytes]:
    """Send ``total`` bytes chunked, watching for an early answer; the bytes sent and it."""
    piece = b"%x\r\n" % CHUNK + b"a" * CHUNK + b"\r\n"
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(_head(path, "Transfer-Encoding: chunked"))
        sent = 0
        while sent < total:
            if select.select([sock], [], [], 0)[0]:
                break
            if not select.select([], [sock], [], 5)[1]:
                break  # the server stopped reading
            try:
                sock.send(piece)
            except (BrokenPipeError, ConnectionResetError):
                break
            sent += CHUNK
        return sent, _read_answer(sock)


def _rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


def test_chunked_40_mib_bodies_are_refused_and_memory_stays_flat(real_server) -> None:
    assert real_server.process is not None
    pid = real_server.process.pid
    before = _rss_kib(pid)
    for _ in range(4):
        sent, answer = _send_chunked(real_server.port, "/api/v1/enrol", 40 * MiB)
        assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
        assert sent < 40 * MiB
    growth = (_rss_kib(pid) - before) / 1024
    assert growth < 20, f"RSS grew {growth:.1f} MiB"


def test_slow_bodies_are_closed_within_the_body_timeout(real_server) -> None:
    sockets = []
    started = time.monotonic()
    for _ in range(20):
        sock = socket.create_connection(("127.0.0.1", real_server.port), timeout=10)
        sock.sendall(_head("/api/v1/enrol", "Content-Length: 1000") + b'{"token": "')
        sockets.append(sock)
    answers = []
    for sock in sockets:
        answers.append(_read_answer(sock, timeout=BODY_TIMEOUT + 5))
        sock.close()
    elapsed = time.monotonic() - started
    assert all(a.startswith(b"HTTP/1.1 408") for a in answers), answers[0][:200]
    assert elapsed < BODY_TIMEOUT + 1.5, f"closed after {elapsed:.1f} s"


def test_keep_alive_still_serves_several_requests_on_one_connection(real_server) -> None:
    request = b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
    with socket.create_connection(("127.0.0.1", real_server.port), timeout=10) as sock:
        sock.sendall(request + request)
        sock.settimeout(5)
        data = b""
        deadline = time.monotonic() + 5
        while data.count(b"HTTP/1.1 200") < 2 and time.monotonic() < deadline:
            data += sock.recv(65536)
    assert data.count(b"HTTP/1.1 200") == 2
