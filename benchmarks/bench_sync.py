"""Sync throughput over loopback, next to the server's bare insert rate as the floor.

* floor: the central database's bare insert rate — the rows one pushed op writes
  (``applied_op`` + a ticket projection), 200 per transaction, with SQLAlchemy Core;
* push: ops/s from an office (SQLite) through ``SyncPass`` to a real ``central-server``
  process on 127.0.0.1 (fixed batches of 200, per-op results recorded at the office);
* drain: time to empty an outbox of 50,000 ops;
* pull: changes/s applied at the office (calendar overrides, pages of 500);
* 100 devices at once: 100 offices push and pull concurrently; p50/p95 request latency.

The central database is a throw-away PostgreSQL server (tests/support/postgres.py) unless
``--central-db`` names one.

    python benchmarks/bench_sync.py [--ops 10000] [--drain 50000] [--devices 100]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from tests.support.sync_harness import CentralServer, Office, init_central  # noqa: E402

UNIT = "000.00.06.H56"


def ticket_ops(count: int) -> list[dict]:
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
                "device_time": start + timedelta(seconds=index),
                "payload": {
                    "id": ticket_id,
                    "display_number": f"A{index % 1000:03d}",
                    "status": "done",
                    "local_day": "2026-11-16",
                    "number": index + 1,
                },
            }
        )
    return rows


def fill_outbox(office: Office, count: int) -> None:
    from desktop_app.app import build_context
    from desktop_app.storage.models import OutboxOp

    context = build_context(office.settings())
    rows = ticket_ops(count)
    with context.session() as session:
        for offset in range(0, count, 5000):
            session.execute(insert(OutboxOp), rows[offset : offset + 5000])
    context.close()


def floor_insert_rate(central_db: str, count: int, copy: bool = False) -> float:
    """Bare Core inserts of the rows one op writes, 200 per transaction (with ``copy``, each
    table's 200 rows as one ``COPY``, the way a push writes them on PostgreSQL)."""
    from central_server.bulk_insert import insert_rows
    from central_server.db import make_engine
    from central_server.models import AppliedOp, CentralOffice, CentralTicket, Device

    engine = make_engine(central_db)
    with engine.begin() as connection:
        office_id = connection.execute(
            CentralOffice.__table__.select().where(CentralOffice.unit_code == UNIT)
        ).first()[0]
        device_id = uuid.uuid4()
        connection.execute(
            insert(Device),
            [
                {
                    "id": device_id,
                    "office_id": office_id,
                    "name": "floor",
                    "secret_hash": "x",
                    "created_at": datetime.now(UTC),
                }
            ],
        )
    now = datetime.now(UTC)
    started = time.perf_counter()
    for offset in range(0, count, 200):
        with engine.begin() as connection:
            tickets, applied = [], []
            for index in range(offset, min(offset + 200, count)):
                key = uuid.uuid4()
                tickets.append(
                    {
                        "id": key,
                        "office_id": office_id,
                        "display_number": "A001",
                        "status": "done",
                        "local_day": date(2026, 11, 16),
                        "last_office_seq": index,
                        "payload": {"id": str(key)},
                    }
                )
                applied.append(
                    {
                        "office_id": office_id,
                        "op_id": uuid.uuid4(),
                        "device_id": device_id,
                        "batch_id": device_id,
                        "entity": "ticket",
                        "entity_id": str(key),
                        "office_seq": index,
                        "device_time": now,
                        "applied_at": now,
                        "outcome": "applied",
                    }
                )
            if copy:
                insert_rows(connection, CentralTicket.__table__, tickets)
                insert_rows(connection, AppliedOp.__table__, applied)
            else:
                connection.execute(insert(CentralTicket), tickets)
                connection.execute(insert(AppliedOp), applied)
    rate = count / (time.perf_counter() - started)
    engine.dispose()
    return rate


def push_all(office: Office, server_url: str) -> tuple[float, int]:
    from desktop_app.app import build_context
    from desktop_app.sync.client import SyncClient
    from desktop_app.sync.credentials import load_credential
    from desktop_app.sync.engine import SyncPass

    credential = load_credential(office.credential_file)
    context = build_context(office.settings())
    started = time.perf_counter()
    with SyncClient(server_url, authorization=credential.authorization()) as client:
        result = SyncPass(context.session_factory, client, credential).run()
    elapsed = time.perf_counter() - started
    context.close()
    assert result.complete, result.error
    return elapsed, result.pushed


def bench_pull(central_db: str, office: Office, server_url: str, count: int) -> float:
    from central_server.central_ops import set_calendar_override
    from central_server.db import make_engine, make_session_factory, session_scope

    engine = make_engine(central_db)
    with session_scope(make_session_factory(engine)) as session:
        for index in range(count):
            set_calendar_override(session, UNIT, date(2030, 1, 1) + timedelta(index), False)
    engine.dispose()
    elapsed, _ = push_all(office, server_url)  # nothing to push: the pass is all pull
    return count / elapsed


def bench_devices(central_db: str, server_url: str, devices: int, tmp: Path) -> list[float]:
    """``devices`` offices push 3 batches of 100 ops and pull, all at once; request latencies."""
    from desktop_app.sync.client import SyncClient
    from motcua_core.protocol import PushOp, PushRequest

    credentials = []
    for index in range(devices):
        unit = f"000.00.{index // 100:02d}.H{index % 100:02d}"
        token = _office_token(central_db, unit)
        with SyncClient(server_url) as client:
            answer = client.enrol(token, f"bench {index}")
        credentials.append((unit, f"Bearer {answer.device_id}:{answer.secret}"))
    latencies: list[float] = []
    lock = threading.Lock()
    barrier = threading.Barrier(devices)

    def device(unit: str, authorization: str) -> None:
        with SyncClient(server_url, authorization=authorization) as client:
            barrier.wait()
            for _ in range(3):
                ops = [
                    PushOp(
                        seq=i + 1,
                        **{k: v for k, v in row.items() if k not in ("state", "attempts")},
                    )
                    for i, row in enumerate(ticket_ops(100))
                ]
                started = time.perf_counter()
                client.push(unit, PushRequest(batch_id=uuid.uuid4(), ops=ops))
                with lock:
                    latencies.append(time.perf_counter() - started)
            started = time.perf_counter()
            client.pull(unit, 0)
            with lock:
                latencies.append(time.perf_counter() - started)

    threads = [threading.Thread(target=device, args=c) for c in credentials]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(300)
    return latencies


def _office_token(central_db: str, unit: str) -> str:
    from tests.support.sync_harness import new_token

    return new_token(central_db, unit)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ops", type=int, default=10_000)
    parser.add_argument("--drain", type=int, default=50_000)
    parser.add_argument("--pull", type=int, default=10_000)
    parser.add_argument("--devices", type=int, default=100)
    parser.add_argument("--central-db", help="central database URL (default: a temporary PG)")
    args = parser.parse_args()
    pg = None
    if args.central_db:
        central_db = args.central_db
    else:
        from tests.support.postgres import create_database, start_server

        pg = start_server()
        central_db = create_database(pg.admin_url)
    tmp = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    token = init_central(central_db)
    server = CentralServer(central_db, log_path=tmp / "server.log").start()
    try:
        floor = floor_insert_rate(central_db, args.ops)
        print(f"floor: bare central insert rate        {floor:10.0f} ops/s")
        office = Office(tmp / "office").init()
        office.enrol(server.url, token)
        fill_outbox(office, args.ops)
        elapsed, pushed = push_all(office, server.url)
        print(
            f"push over loopback ({pushed} ops)       {pushed / elapsed:10.0f} ops/s "
            f"({pushed / elapsed / floor:.0%} of the floor)"
        )
        fill_outbox(office, args.drain)
        elapsed, pushed = push_all(office, server.url)
        print(f"drain {pushed} ops                    {elapsed:10.1f} s")
        rate = bench_pull(central_db, office, server.url, args.pull)
        print(f"pull ({args.pull} changes)               {rate:10.0f} changes/s")
        latencies = sorted(bench_devices(central_db, server.url, args.devices, tmp))
        p50 = statistics.median(latencies)
        p95 = latencies[int(len(latencies) * 0.95) - 1]
        print(
            f"{args.devices} devices at once: {len(latencies)} requests, "
            f"p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms"
        )
    finally:
        server.stop()
        if pg is not None:
            pg.stop()


if __name__ == "__main__":
    main()
