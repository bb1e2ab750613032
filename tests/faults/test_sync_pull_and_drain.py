"""Sync faults on the pull side and under load (issue: faults 7, 8, 9).

Real central server on 127.0.0.1 (PostgreSQL), the office's client as a subprocess (SQLite).
"""

from __future__ import annotations

import json
import random
import threading
import time
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest

from tests.support.sync_harness import assert_converged, central_query, sync_until_complete

pytestmark = pytest.mark.postgres
DRAIN_OPS = 50_000


def _insert_ticket_ops(office, count: int) -> None:  # type: ignore[no-untyped-def]
    """A week offline: ``count`` ticket ops waiting in the outbox (bulk insert, fast)."""
    from sqlalchemy import insert

    from desktop_app.app import build_context
    from desktop_app.storage.models import OutboxOp

    context = build_context(office.settings())
    start = datetime(2026, 11, 16, 1, 0, tzinfo=UTC)
    rows = []
    for index in range(count):
        ticket_id = str(uuid.uuid4())
        rows.append(
            {
                "op_id": uuid.uuid4(),
                "entity": "ticket",
                "entity_id": ticket_id,
                "operation": "upsert",
                "schema_version": 1,
                "state": "pending",
                "attempts": 0,
                "device_time": start + timedelta(seconds=index * 10),
                "payload": {
                    "id": ticket_id,
                    "display_number": f"A{index % 1000:03d}",
                    "status": "done",
                    "local_day": "2026-11-16",
                    "number": index + 1,
                },
            }
        )
    with context.session() as session:
        for offset in range(0, count, 5000):
            session.execute(insert(OutboxOp), rows[offset : offset + 5000])
    context.close()


def test_50000_ops_after_a_week_offline_drain_steadily(office, server, central_db, proxies):
    """Fault 7: 50,000 ops over a slow link: steady progress, bounded client memory."""
    _insert_ticket_ops(office, DRAIN_OPS)
    proxy = proxies(server.port)
    proxy.default = "delay=0.002"  # a slow link: every chunk waits
    started = time.monotonic()
    client = office.start_sync("--once", "--json", server_url=proxy.url)
    samples: list[int] = []
    peak_kib = 0
    while client.poll() is None and time.monotonic() - started < 150:
        samples.append(central_query(central_db, "SELECT count(*) FROM ticket")[0][0])
        peak_kib = max(peak_kib, _peak_rss_kib(client.pid))
        time.sleep(1.0)
    stdout, stderr = client.communicate(timeout=60)
    elapsed = time.monotonic() - started
    assert client.returncode == 0, stderr[-2000:]
    assert json.loads(stdout)["pushed"] == DRAIN_OPS
    assert central_query(central_db, "SELECT count(*) FROM ticket")[0][0] == DRAIN_OPS
    # Steady from the first batch on: no second without progress. The seconds before it are the
    # client's start (imports, the first claim), about 2 s on a loaded machine, not the drain.
    drain = samples[next(i for i, count in enumerate(samples) if count > 0) :]
    progress = [b - a for a, b in zip(drain, drain[1:], strict=False)][:-1]
    assert progress and all(step > 0 for step in progress), samples
    # The client's own high-water mark, read while it ran (RUSAGE_CHILDREN would report the
    # largest child of the whole test session instead).
    peak_mib = peak_kib / 1024
    assert 0 < peak_mib < 400, f"client peak memory {peak_mib:.0f} MiB"
    print(f"drained {DRAIN_OPS} ops in {elapsed:.1f} s over the slow link, peak {peak_mib:.0f} MiB")
    assert_converged(office, central_db, server)


def _peak_rss_kib(pid: int) -> int:
    """The process's peak resident memory so far (Linux ``VmHWM``), 0 once it is gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _central_session(central_db: str):  # type: ignore[no-untyped-def]
    from central_server.db import make_engine, make_session_factory

    engine = make_engine(central_db)
    return engine, make_session_factory(engine)


def test_equal_timestamps_and_concurrent_commits_pull_misses_nothing(office, server, central_db):
    """Fault 8: many central writers at once, same time stamp, slow commits: pull gets all."""
    from central_server.central_ops import set_calendar_override
    from central_server.db import session_scope
    from central_server.models import ChangeLog

    engine, factory = _central_session(central_db)
    moment = datetime(2026, 11, 26, 3, 0, tzinfo=UTC)
    days = [date(2027, 1, 1) + timedelta(days=i) for i in range(120)]
    rng = random.Random(8)
    delays = {day: rng.uniform(0, 0.03) for day in days}

    def writer(chunk: list[date]) -> None:
        for day in chunk:
            with session_scope(factory) as session:
                seq = set_calendar_override(session, office.unit, day, day.day % 2 == 0)
                session.get(ChangeLog, seq).at = moment  # every change: the same time stamp
                time.sleep(delays[day])  # commit late, while others wait their turn

    threads = [threading.Thread(target=writer, args=(days[i::4],)) for i in range(4)]
    daemon = office.start_sync("--daemon", server_url=server.url)
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    finally:
        daemon.terminate()
        daemon.wait(30)
    engine.dispose()
    assert daemon.returncode == 0  # SIGTERM stops the daemon cleanly
    sync_until_complete(office, server_url=server.url)
    rows = office.query("SELECT day, is_working_day FROM calendar_override ORDER BY day")
    assert [date.fromisoformat(str(d)) for d, _ in rows] == days
    assert all(bool(w) == (date.fromisoformat(str(d)).day % 2 == 0) for d, w in rows)
    seqs = [r[0] for r in central_query(central_db, "SELECT seq FROM change_log ORDER BY seq")]
    assert seqs == list(range(1, len(seqs) + 1))  # no gaps, no doubles


def test_kill_after_applying_a_page_before_its_cursor_was_stored(office, server, central_db):
    """Fault 9: killed mid-apply, then between pages: nothing lost, nothing applied twice."""
    from central_server.central_ops import change_status_centrally, submit_online
    from central_server.db import session_scope
    from motcua_core.domain.lifecycle import DossierStatus

    office.record_dossiers(3)
    sync_until_complete(office, server_url=server.url)
    codes = [r[0] for r in office.query("SELECT code FROM dossier ORDER BY code")]
    engine, factory = _central_session(central_db)
    with session_scope(factory) as session:
        for index in range(520):
            from central_server.central_ops import set_calendar_override

            set_calendar_override(session, office.unit, date(2027, 1, 1) + timedelta(index), False)
        for name in ("Nguyễn Văn An", "Trần Thị Bình"):
            submit_online(session, office.unit, "1.001193", {"full_name": name})
        change_status_centrally(session, codes[0], DossierStatus.IN_PROGRESS, "chuyển xử lý")
    engine.dispose()
    cursor_before = office.query("SELECT pull_cursor FROM sync_state")[0][0]
    killed = office.sync_once(server_url=server.url, fault="kill_in_page_apply")
    assert killed.returncode == -9
    assert office.query("SELECT pull_cursor FROM sync_state")[0][0] == cursor_before
    assert office.query("SELECT count(*) FROM calendar_override")[0][0] == 0
    killed = office.sync_once(server_url=server.url, fault="kill_after_page_commit")
    assert killed.returncode == -9
    assert office.query("SELECT count(*) FROM calendar_override")[0][0] == 500  # first page
    sync_until_complete(office, server_url=server.url)
    assert office.query("SELECT count(*) FROM calendar_override")[0][0] == 520
    online = office.query("SELECT status, channel FROM dossier WHERE channel = 2")
    assert sorted(online) == [(1, 2), (1, 2)]
    events = office.query(
        "SELECT count(*) FROM dossier_event WHERE kind = 'status_changed_centrally'"
    )
    assert events[0][0] == 1
    assert office.query("SELECT status FROM dossier WHERE code = :c", c=codes[0])[0][0] == 4
    assert_converged_except_online(office, central_db, server)


def assert_converged_except_online(office, central_db, server) -> None:  # type: ignore[no-untyped-def]
    """Office and centre agree (both hold the online dossiers too)."""
    assert_converged(office, central_db, server)
