"""Push as the central server sees it, next to its bare insert rate.

* floor: the rows one pushed ticket op writes (``applied_op`` + the ticket projection) inserted
  with SQLAlchemy Core, 200 per transaction (``bench_sync.floor_insert_rate``): as
  ``executemany`` (the floor of the earlier runs) and as one ``COPY`` per table (how a push
  writes them on PostgreSQL since ``bulk_insert``);
* push: the same number of ticket ops in batches of 200, built beforehand and posted over
  loopback HTTP by ``--clients`` offices at once (one device each), every op answered
  ``applied``.

``bench_sync.py`` measures push end to end from an office (its outbox read and its results
written between batches); this one leaves the office out, so the figure is the server's.

CPU placement on this 2-core machine: PostgreSQL and ``central-server serve`` on CPU 1, the
generator on CPU 0; the floor's inserts run on CPU 1 too, as the server's would.

    python benchmarks/bench_push_rate.py [--ops 20000] [--clients 1 2 4] [--workers 1]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import httpx  # noqa: E402
from bench_central_load import GENERATOR_CPU, SERVER_CPU, unit_code  # noqa: E402
from bench_sync import floor_insert_rate  # noqa: E402

from tests.support.postgres import create_database, start_server  # noqa: E402
from tests.support.push_ops import enrol  # noqa: E402
from tests.support.sync_harness import UNIT, CentralServer, init_central, new_token  # noqa: E402

BATCH = 200


def ticket_batches(count: int, first_seq: int = 1) -> list[bytes]:
    """``count`` ticket ops as push bodies of ``BATCH``."""
    start = datetime(2026, 11, 16, 1, 0, tzinfo=UTC)
    ops = []
    for index in range(count):
        ticket_id = str(uuid.uuid4())
        payload = {"id": ticket_id, "display_number": f"A{index % 1000:03d}", "status": "done",
                   "local_day": "2026-11-16", "number": index + 1}  # fmt: skip
        ops.append({
            "op_id": str(uuid.uuid4()), "seq": first_seq + index, "entity": "ticket",
            "entity_id": ticket_id, "operation": "upsert", "payload": payload,
            "schema_version": 1, "device_time": (start + timedelta(seconds=index)).isoformat(),
        })  # fmt: skip
    return [
        json.dumps({"batch_id": str(uuid.uuid4()), "ops": ops[at : at + BATCH]}).encode()
        for at in range(0, count, BATCH)
    ]


async def push_office(client: httpx.AsyncClient, unit: str, auth: dict, bodies: list[bytes]) -> int:
    headers = {**auth, "Content-Type": "application/json"}
    applied = 0
    for body in bodies:
        answer = await client.post(f"/api/v1/offices/{unit}/push", content=body, headers=headers)
        answer.raise_for_status()
        applied += sum(r["outcome"] == "applied" for r in answer.json()["results"])
    return applied


async def push_all(url: str, offices: list[tuple[str, dict, list[bytes]]]) -> tuple[int, float]:
    async with httpx.AsyncClient(base_url=url, timeout=120) as client:
        started = time.perf_counter()
        counts = await asyncio.gather(*(push_office(client, *office) for office in offices))
        return sum(counts), time.perf_counter() - started


def measure(url: str, db: str, ops: int, clients: int, run: int) -> float:
    units = [UNIT] + [unit_code(1000 + run * 10 + i) for i in range(clients - 1)]
    offices = []
    for index, unit in enumerate(units):
        auth = enrol(url, new_token(db, unit))
        offices.append((unit, auth, ticket_batches(ops // clients, first_seq=1 + index)))
    applied, elapsed = asyncio.run(push_all(url, offices))
    assert applied == ops // clients * clients, applied
    return applied / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ops", type=int, default=20_000)
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    os.sched_setaffinity(0, {SERVER_CPU})
    postgres = start_server()
    try:
        db = create_database(postgres.admin_url)
        init_central(db)
        server = CentralServer(db, extra_args=("--workers", str(args.workers))).start(120)
        try:
            floor = floor_insert_rate(db, args.ops)  # on the server's core, like the server
            floor_copy = floor_insert_rate(db, args.ops, copy=True)
            os.sched_setaffinity(0, {GENERATOR_CPU})
            print(f"floor: bare insert of the rows of {args.ops} ticket ops  {floor:8.0f} ops/s")
            print(f"floor: the same rows as COPY                     {floor_copy:8.0f} ops/s")
            for run, clients in enumerate(args.clients):
                rate = measure(server.url, db, args.ops, clients, run)
                print(f"push, {clients} office(s) at once, {args.workers} worker(s)   "
                      f"{rate:8.0f} ops/s ({rate / floor:.0%} of the floor, "
                      f"{rate / floor_copy:.0%} of the COPY floor)")  # fmt: skip
        finally:
            server.stop()
    finally:
        postgres.stop()


if __name__ == "__main__":
    main()
