"""Simulated devices against ``central-server serve`` with 1 and 2 workers; p50/p95/p99 by route.

Each device keeps the real cadence compressed by ``--compress`` (every 60 s becomes
60/compress s): it pushes a batch of 2 new dossiers on 30% of its cycles (an office records
something), pulls its changes, and reports its status; devices start at random offsets. The
floor is the same number of requests, at the same concurrency, to ``/readyz`` on the same server
(one indexed read of the schema version). Five devices share an office.

CPU placement on this 2-core machine: the PostgreSQL server and ``central-server`` run on CPU 1,
the load generator is pinned to CPU 0 (``sched_setaffinity``, what ``taskset -c 0`` does).

    python benchmarks/bench_central_load.py [--devices 100 300] [--workers 1 2]
        [--seconds 20] [--compress 30]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sys
import time
import uuid
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from tests.support.postgres import create_database, start_server  # noqa: E402
from tests.support.push_ops import dossier_ops  # noqa: E402
from tests.support.sync_harness import CentralServer, init_central, new_token  # noqa: E402

DEVICES_PER_OFFICE = 5
SERVER_CPU, GENERATOR_CPU = 1, 0


def unit_code(index: int) -> str:
    return f"000.{index // 100:02d}.{index % 100:02d}.H56"


def enrol_devices(url: str, db: str, count: int) -> list[tuple[str, dict[str, str]]]:
    """``count`` devices, five to an office: (unit code, Authorization header) each."""
    devices = []
    for index in range(count):
        unit = unit_code(index // DEVICES_PER_OFFICE)
        token = new_token(db, unit)
        answer = httpx.post(f"{url}/api/v1/enrol", json={"token": token}, timeout=60)
        answer.raise_for_status()
        data = answer.json()
        devices.append((unit, {"Authorization": f"Bearer {data['device_id']}:{data['secret']}"}))
    return devices


class Recorder:
    def __init__(self) -> None:
        self.latencies: dict[str, list[float]] = defaultdict(list)
        self.statuses: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))

    async def timed(self, route: str, call: Any) -> httpx.Response | None:
        started = time.perf_counter()
        try:
            answer = await call
        except httpx.HTTPError:
            self.statuses[route][0] += 1
            return None
        self.latencies[route].append(time.perf_counter() - started)
        self.statuses[route][answer.status_code] += 1
        return answer


async def device_loop(
    client: httpx.AsyncClient, device: tuple[str, dict[str, str]], run: dict[str, Any]
) -> None:
    unit, auth = device
    period, recorder, rng = run["period"], run["recorder"], random.Random(auth["Authorization"])
    await asyncio.sleep(rng.random() * period)
    cursor = 0
    while time.monotonic() < run["until"]:
        cycle_start = time.monotonic()
        if rng.random() < 0.3:
            ops = dossier_ops(2, unit, day=run["next_day"]())
            body = {"batch_id": str(uuid.uuid4()), "ops": ops}
            push = client.post(f"/api/v1/offices/{unit}/push", json=body, headers=auth)
            await recorder.timed("push", push)
        pull = client.get(f"/api/v1/offices/{unit}/changes?after={cursor}", headers=auth)
        answer = await recorder.timed("pull", pull)
        if answer is not None and answer.status_code == 200:
            cursor = answer.json()["next_cursor"]
        report = {"device_time": datetime.now(UTC).isoformat(), "ops_waiting": 0, "ops_rejected": 0}
        post = client.post(f"/api/v1/offices/{unit}/report", json=report, headers=auth)
        await recorder.timed("report", post)
        await asyncio.sleep(max(0.0, period - (time.monotonic() - cycle_start)))


def day_counter() -> Any:
    """Dossier-code dates that never repeat within a run (each push: a new day, 2 codes)."""
    state = {"n": 0}

    def next_day() -> str:
        state["n"] += 1
        month, day = divmod(state["n"], 28)
        return f"{26 + month // 12:02d}{month % 12 + 1:02d}{day + 1:02d}"

    return next_day


async def load_phase(url: str, devices: list, seconds: float, compress: float) -> Recorder:
    recorder = Recorder()
    run = {
        "period": 60.0 / compress,
        "recorder": recorder,
        "until": time.monotonic() + seconds,
        "next_day": day_counter(),
    }
    limits = httpx.Limits(max_connections=len(devices), max_keepalive_connections=len(devices))
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:
        await asyncio.gather(*(device_loop(client, device, run) for device in devices))
    return recorder


async def floor_phase(url: str, requests: int, concurrency: int) -> Recorder:
    recorder, left = Recorder(), [requests]
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async def worker(client: httpx.AsyncClient) -> None:
        while left[0] > 0:
            left[0] -= 1
            await recorder.timed("floor /readyz", client.get("/readyz"))

    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
    return recorder


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def report_lines(label: str, recorder: Recorder, seconds: float) -> list[str]:
    lines = []
    for route, values in sorted(recorder.latencies.items()):
        statuses = dict(recorder.statuses[route])
        lines.append(
            f"| {label} | {route} | {len(values) / seconds:.0f}/s | "
            f"{1000 * percentile(values, 0.5):.0f} | {1000 * percentile(values, 0.95):.0f} | "
            f"{1000 * percentile(values, 0.99):.0f} | {statuses} |"
        )
    return lines


def measure(db: str, workers: int, device_count: int, args: argparse.Namespace) -> list[str]:
    os.sched_setaffinity(0, {SERVER_CPU})  # the server (a child) runs on CPU 1
    server = CentralServer(db, extra_args=("--workers", str(workers))).start(120)
    os.sched_setaffinity(0, {GENERATOR_CPU})
    try:
        devices = enrol_devices(server.url, db, device_count)
        started = time.monotonic()
        load = asyncio.run(load_phase(server.url, devices, args.seconds, args.compress))
        elapsed = time.monotonic() - started
        total = sum(len(v) for v in load.latencies.values())
        floor_started = time.monotonic()
        floor = asyncio.run(floor_phase(server.url, total, device_count))
        floor_elapsed = time.monotonic() - floor_started
    finally:
        server.stop()
    label = f"{device_count} devices, {workers} worker{'s' if workers > 1 else ''}"
    return report_lines(label, load, elapsed) + report_lines(label, floor, floor_elapsed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devices", type=int, nargs="+", default=[100, 300])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--compress", type=float, default=30.0)
    args = parser.parse_args()
    os.sched_setaffinity(0, {SERVER_CPU})  # PostgreSQL too runs on CPU 1
    postgres = start_server()
    try:
        print(f"cadence: 60 s compressed {args.compress:g}x; {args.seconds:g} s per run")
        print("| run | route | throughput | p50 ms | p95 ms | p99 ms | answers |")
        print("|---|---|---|---|---|---|---|")
        for device_count in args.devices:
            for workers in args.workers:
                db = create_database(postgres.admin_url)
                init_central(db)
                for line in measure(db, workers, device_count, args):
                    print(line, flush=True)
    finally:
        postgres.stop()


if __name__ == "__main__":
    main()
