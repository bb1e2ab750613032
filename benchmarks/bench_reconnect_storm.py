"""Reconnect storm: many offices come back at once, each holding a backlog of ops.

Every office (``--offices``, 126 = Hà Nội's communes and wards) holds ``--ops`` dossier ops
(2,000 by default, a few days offline) and pushes them in batches of 200, as the office's sync
does, all starting within the same second. A 503 or 429 is retried after the office's own
backoff (``desktop_app.sync.backoff.Backoff``: full jitter, Retry-After honoured and spread); a
lost connection too. The run passes when every op is applied exactly once (counted in the
central database) and no answer was a 5xx other than 503 with Retry-After.

CPU placement on this 2-core machine: PostgreSQL and ``central-server serve`` on CPU 1, the
generator on CPU 0 (``sched_setaffinity``, what ``taskset -c 0`` does).

    python benchmarks/bench_reconnect_storm.py [--offices 126] [--ops 2000] [--workers 1]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
import uuid
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import httpx  # noqa: E402
from bench_central_load import GENERATOR_CPU, SERVER_CPU, percentile, unit_code  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

from desktop_app.sync.backoff import Backoff  # noqa: E402
from tests.support.postgres import create_database, start_server  # noqa: E402
from tests.support.push_ops import dossier_ops, enrol  # noqa: E402
from tests.support.sync_harness import CentralServer, init_central, new_token  # noqa: E402

BATCH = 200


class Tally:
    def __init__(self) -> None:
        self.statuses: Counter[str] = Counter()
        self.outcomes: Counter[str] = Counter()
        self.latencies: list[float] = []
        self.bad: list[str] = []
        self.drained_at: list[float] = []


def office_bodies(unit: str, ops: int, office_index: int) -> list[bytes]:
    """The office's backlog as push bodies of ``BATCH`` ops (codes unique per office)."""
    day = f"26{(office_index % 12) + 1:02d}{(office_index % 28) + 1:02d}"
    backlog = dossier_ops(ops, unit, day=day)
    for seq, op in enumerate(backlog, start=1):
        op["seq"] = seq
    return [
        json.dumps(
            {
                "batch_id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{unit}/{start}")),
                "ops": backlog[start : start + BATCH],
            }
        ).encode()
        for start in range(0, ops, BATCH)
    ]


async def push_until_taken(
    client: httpx.AsyncClient, unit: str, auth: dict, body: bytes, tally: Tally
) -> None:
    backoff = Backoff()
    headers = {**auth, "Content-Type": "application/json"}
    while True:
        started = time.perf_counter()
        try:
            path = f"/api/v1/offices/{unit}/push"
            answer = await client.post(path, content=body, headers=headers)
        except httpx.HTTPError as exc:
            tally.statuses[f"connection {type(exc).__name__}"] += 1
            await asyncio.sleep(backoff.next_delay())
            continue
        tally.latencies.append(time.perf_counter() - started)
        retry_after = answer.headers.get("retry-after")
        tally.statuses[f"{answer.status_code}{' + Retry-After' if retry_after else ''}"] += 1
        if answer.status_code == 200:
            tally.outcomes.update(result["outcome"] for result in answer.json()["results"])
            return
        if answer.status_code not in (429, 503) or not retry_after:
            tally.bad.append(f"{answer.status_code} {answer.text[:120]}")
            if answer.status_code < 500:
                return  # refused for good: retrying would not help
        await asyncio.sleep(backoff.next_delay(float(retry_after) if retry_after else None))


async def office(client, device, bodies, tally: Tally, started: float) -> None:
    unit, auth = device
    for body in bodies:
        await push_until_taken(client, unit, auth, body, tally)
    tally.drained_at.append(time.monotonic() - started)


async def storm(url: str, devices: list, backlogs: list[list[bytes]]) -> tuple[Tally, float]:
    tally = Tally()
    limits = httpx.Limits(max_connections=len(devices), max_keepalive_connections=len(devices))
    async with httpx.AsyncClient(base_url=url, timeout=120, limits=limits) as client:
        started = time.monotonic()
        await asyncio.gather(
            *(office(client, d, b, tally, started) for d, b in zip(devices, backlogs, strict=True))
        )
        return tally, time.monotonic() - started


def enrol_offices(url: str, db: str, count: int) -> list[tuple[str, dict[str, str]]]:
    """One enrolled device for each of ``count`` offices: (unit code, Authorization header)."""
    units = [unit_code(index) for index in range(count)]
    return [(unit, enrol(url, new_token(db, unit))) for unit in units]


def applied_count(db: str) -> tuple[int, int]:
    engine = create_engine(db)
    with engine.connect() as connection:
        applied = connection.execute(text("SELECT count(*) FROM applied_op")).scalar_one()
        dossiers = connection.execute(text("SELECT count(*) FROM dossier")).scalar_one()
    engine.dispose()
    return applied, dossiers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offices", type=int, default=126)
    parser.add_argument("--ops", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    os.sched_setaffinity(0, {SERVER_CPU})  # PostgreSQL and the server run on CPU 1
    postgres = start_server()
    try:
        db = create_database(postgres.admin_url)
        init_central(db)
        server = CentralServer(db, extra_args=("--workers", str(args.workers))).start(120)
        os.sched_setaffinity(0, {GENERATOR_CPU})
        try:
            devices = enrol_offices(server.url, db, args.offices)
            backlogs = [office_bodies(u, args.ops, i) for i, (u, _) in enumerate(devices)]
            tally, elapsed = asyncio.run(storm(server.url, devices, backlogs))
        finally:
            server.stop()
        applied, dossiers = applied_count(db)
    finally:
        postgres.stop()
    total = args.offices * args.ops
    print(f"{args.offices} offices x {args.ops} ops = {total} ops, {args.workers} worker(s)")
    print(f"drained in {elapsed:.1f} s ({total / elapsed:.0f} ops/s); goal < 300 s")
    drained = sorted(tally.drained_at)
    print(f"offices drained: first {drained[0]:.1f} s, median {percentile(drained, 0.5):.1f} s")
    lat = tally.latencies
    print(
        f"push answers: p50 {1000 * percentile(lat, 0.5):.0f} ms, "
        f"p95 {1000 * percentile(lat, 0.95):.0f} ms, p99 {1000 * percentile(lat, 0.99):.0f} ms"
    )
    print(f"statuses: {dict(tally.statuses)}")
    print(f"op outcomes: {dict(tally.outcomes)}")
    print(f"central applied_op rows {applied}, dossiers {dossiers} (expected {total} each)")
    print(f"answers other than 200, 429/503 + Retry-After: {len(tally.bad)} {tally.bad[:3]}")


if __name__ == "__main__":
    main()
