"""Sync survives crashes, cut connections, server failures and restores (issue: faults 1–6, 10, 11).

Real central server on 127.0.0.1 (PostgreSQL), the office's client as a subprocess (SQLite).
After the network heals: every record committed at the office exists exactly once centrally,
the outbox drains, and office and central agree (``assert_converged``).
"""

from __future__ import annotations

import json
import random
import signal
import subprocess
import threading
import time
import uuid
from datetime import UTC, datetime

import httpx
import pytest

from tests.support.sync_harness import (
    Office,
    assert_converged,
    central_query,
    sync_until_complete,
)

pytestmark = pytest.mark.postgres


def _applied(central_db: str) -> int:
    return int(central_query(central_db, "SELECT count(*) FROM applied_op")[0][0])


def _wait_for(predicate, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise TimeoutError("condition not reached")


def test_kill_client_after_server_committed_before_answer(office, server, central_db, proxies):
    """Fault 1: the server committed the batch; the client dies before reading the answer."""
    office.record_dossiers(30)
    proxy = proxies(server.port)
    proxy.default = "hold_response"
    client = office.start_sync("--once", "--json", server_url=proxy.url)
    _wait_for(lambda: _applied(central_db) > 0)
    client.send_signal(signal.SIGKILL)
    client.wait(10)
    proxy.release.set()
    held_batch = office.query("SELECT count(*) FROM outbox_op WHERE state = 'sent'")[0][0]
    assert held_batch == 60  # the fixed batch is still in flight at the office
    report = sync_until_complete(office, server_url=server.url)
    assert report["outcomes"].get("duplicate") == 60  # resent unchanged, de-duplicated
    assert _applied(central_db) == 60
    assert_converged(office, central_db, server)


def test_kill_client_at_random_moments_while_office_records(office, server, central_db):
    """Fault 2: kill -9 of the daemon at random moments while the counter keeps receiving."""
    writer = office.start_recording(120)
    rng = random.Random(5)
    try:
        for _ in range(4):
            daemon = office.start_sync("--daemon", server_url=server.url)
            time.sleep(rng.uniform(0.8, 2.0))
            daemon.send_signal(signal.SIGKILL)
            daemon.wait(10)
    finally:
        writer.wait(120)
    sync_until_complete(office, server_url=server.url)
    assert office.query("SELECT count(*) FROM dossier")[0][0] == 120
    assert_converged(office, central_db, server)


def test_connection_cut_delayed_and_truncated(office, server, central_db, proxies):
    """Fault 3: requests cut, answers truncated and delayed by a proxy; then it heals."""
    office.record_dossiers(250)  # 500 ops: three batches
    proxy = proxies(server.port)
    proxy.script.extend(
        [
            "cut_request=300",
            "truncate_response=40",
            "cut_request=70000",
            "truncate_response=500",
            "refuse",
            "delay=0.2",
        ]
    )
    failures = 0
    for _ in range(8):
        if office.sync_once(server_url=proxy.url).returncode == 0:
            break
        failures += 1
    assert failures == 5 and proxy.connections == 6
    sync_until_complete(office, server_url=proxy.url)
    assert_converged(office, central_db, server)


def test_server_500_half_way_and_killed_mid_transaction(tmp_path, servers, token, central_db):
    """Fault 4: a 500 half-way through a batch, then the server killed mid-transaction."""
    failing = servers(fault="fail_mid_batch=2")
    office = Office(tmp_path / "office").init()
    office.enrol(failing.url, token)
    office.record_dossiers(40)
    first = office.sync_once(server_url=failing.url)
    assert first.returncode == 1
    assert "500" in json.loads(first.stdout)["error"]
    assert _applied(central_db) == 0  # nothing of the failed batch was kept
    sync_until_complete(office, server_url=failing.url)
    failing.stop()

    crashing = servers(fault="crash_mid_batch")
    office.record_dossiers(40, worker=2)
    assert office.sync_once(server_url=crashing.url).returncode == 1
    assert crashing.process is not None and crashing.process.wait(10) == -signal.SIGKILL
    healthy = servers(port=crashing.port)
    sync_until_complete(office, server_url=healthy.url)
    assert_converged(office, central_db, healthy)


def test_two_clients_push_the_same_ops_at_once(tmp_path, office, server, token, central_db):
    """Fault 5: two clients (two devices of one office) push the same outbox concurrently."""
    office.record_dossiers(400)
    second_credential = tmp_path / "second-credential.json"
    office.enrol(server.url, token.replace(token, _second_token(central_db)), second_credential)
    first = office.start_sync("--once", "--json", server_url=server.url)
    second = office.start_sync(
        "--once", "--json", server_url=server.url, credential_file=second_credential
    )
    assert first.wait(120) in (0, 1) and second.wait(120) in (0, 1)
    sync_until_complete(office, server_url=server.url)
    assert _applied(central_db) == 800
    # And the same batch sent twice at the same moment straight to the server.
    credential = json.loads(office.credential_file.read_text())
    body = _batch_body(office.unit)
    headers = {
        "Authorization": f"Bearer {credential['device_id']}:{credential['secret']}",
        "Content-Type": "application/json",
    }
    url = f"{server.url}/api/v1/offices/{office.unit}/push"
    answers: list[dict] = []
    threads = [
        threading.Thread(
            target=lambda: answers.append(
                httpx.post(url, content=body, headers=headers, timeout=30).json()
            )
        )
        for _ in range(2)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert len(answers) == 2 and all("results" in a for a in answers), answers
    outcomes = sorted(a["results"][0]["outcome"] for a in answers)
    assert outcomes == ["applied", "duplicate"]
    assert_converged(office, central_db, server)


def _second_token(central_db: str) -> str:
    from tests.support.sync_harness import new_token

    return new_token(central_db)


def _batch_body(unit: str) -> str:
    ticket = {
        "id": str(uuid.uuid4()),
        "display_number": "A001",
        "status": "waiting",
        "local_day": "2026-11-26",
    }
    op = {
        "op_id": str(uuid.uuid4()),
        "seq": 999999,
        "entity": "ticket",
        "entity_id": ticket["id"],
        "operation": "upsert",
        "payload": ticket,
        "schema_version": 1,
        "device_time": datetime.now(UTC).isoformat(),
    }
    return json.dumps({"batch_id": str(uuid.uuid4()), "ops": [op]})


def test_invalid_op_is_rejected_shown_and_the_rest_applied(office, server, central_db):
    """Fault 6: the server refuses one op; it is acknowledged, listed, the queue moves on."""
    from desktop_app.app import build_context
    from desktop_app.services.outbox import record_change

    office.record_dossiers(10)
    context = build_context(office.settings())
    with context.session() as session:
        record_change(
            session,
            "dossier",
            uuid.uuid4(),
            "upsert",
            {"id": str(uuid.uuid4()), "code": "not a code", "status": 42},
        )
    context.close()
    office.record_dossiers(10, worker=3)
    report = sync_until_complete(office, server_url=server.url)
    assert report["outcomes"] == {"applied": 40, "rejected": 1}
    status = office.status()
    assert status["ops_rejected"] == 1 and status["ops_waiting"] == 0
    [rejection] = status["rejections"]
    assert rejection["entity"] == "dossier" and "status" in rejection["reason"]
    assert server.stats()["rejected_ops"] == 1
    page = httpx.get(f"{server.url}/admin/offices", headers=server.operator_headers, timeout=10)
    page = page.text
    assert office.unit in page and "<td>1</td>" in page
    assert_converged(office, central_db, server)


def test_server_restored_from_backup_gets_what_it_lost(tmp_path, servers, token, central_db):
    """Fault 10: the server goes back to a backup (new epoch); the office re-sends its ops."""
    from tests.support.postgres import create_database

    server = servers()
    office = Office(tmp_path / "office").init()
    office.enrol(server.url, token)
    office.record_dossiers(20)
    sync_until_complete(office, server_url=server.url)
    server.stop()
    admin = central_db.rsplit("/", 1)[0] + "/postgres"
    backup = _copy_database(admin, central_db, "backup")
    server = servers()
    office.record_dossiers(20, worker=4)
    sync_until_complete(office, server_url=server.url)
    server.stop()
    restored = _copy_database(admin, backup, "restored")
    subprocess.run(
        ["python", "-m", "central_server", "new-epoch", "--db", restored],
        check=True,
        capture_output=True,
        timeout=60,
    )
    assert _applied(restored) == 40  # the backup holds the first 20 dossiers only
    server = servers(db_url=restored)
    report = sync_until_complete(office, server_url=server.url)
    assert report["resent_after_restore"] == 80
    assert report["outcomes"] == {"duplicate": 40, "applied": 40}
    assert_converged(office, restored, server)
    del create_database


def _copy_database(admin_url: str, source_url: str, label: str) -> str:
    from sqlalchemy import create_engine, text

    name = f"{label}_{uuid.uuid4().hex[:8]}"
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            source = source_url.rsplit("/", 1)[1]
            connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{source}"'))
    finally:
        engine.dispose()
    return admin_url.rsplit("/", 1)[0] + "/" + name


def test_office_clock_hours_off(office, server, central_db):
    """Fault 11: the office clock is three hours ahead: nothing lost, the skew reported."""
    office.record_dossiers(15)
    result = office.sync_once(server_url=server.url, fault="clock_offset=10800")
    assert result.returncode == 0, result.stderr
    status = office.status()
    assert status["clock_skewed"] and abs(status["clock_skew_seconds"] - 10800) < 60
    [(skew,)] = central_query(central_db, "SELECT clock_skew_seconds FROM device")
    assert abs(skew - 10800) < 60
    assert_converged(office, central_db, server)
