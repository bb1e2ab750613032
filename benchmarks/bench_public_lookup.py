"""The public lookup over loopback, next to an open route's answer as the floor.

* floor: ``GET /healthz`` (no database), one client, sequential requests;
* lookup: ``GET /api/v1/public/dossiers/{code}?id_last4=NNNN`` for a code that is not there
  (the answer an enumerating client gets), each attempt counted in the database before the
  answer (the limit is raised so that every request is served).

A real ``central-server serve`` process on 127.0.0.1, on SQLite and a throw-away PostgreSQL.

    python benchmarks/bench_public_lookup.py [--requests 500] [--backend both]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_lookup import run_on_backends  # noqa: E402
from tests.support.sync_harness import CentralServer, free_port, init_central  # noqa: E402

LOOKUP = "/api/v1/public/dossiers/000.00.06.H56-261201-{n:04d}?id_last4=1234"


def timed_requests(client: httpx.Client, paths: list[str]) -> list[float]:
    """Seconds per request, in order."""
    times = []
    for path in paths:
        start = time.perf_counter()
        client.get(path)
        times.append(time.perf_counter() - start)
    return times


def report(label: str, times: list[float]) -> None:
    p50 = statistics.median(times) * 1000
    rate = len(times) / sum(times)
    print(f"  {label:<8} {rate:8.0f} requests/s   p50 {p50:6.2f} ms")


def bench(name: str, url: str, requests: int) -> None:
    init_central(url)
    server = CentralServer(url, port=free_port(), extra_args=("--lookups-per-minute", "100000000"))
    server.start()
    try:
        with httpx.Client(base_url=server.url, timeout=10) as client:
            timed_requests(client, ["/healthz"] * 20)  # warm-up
            floor = timed_requests(client, ["/healthz"] * requests)
            lookups = timed_requests(client, [LOOKUP.format(n=n) for n in range(requests)])
        print(f"{name}:")
        report("floor", floor)
        report("lookup", lookups)
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        run_on_backends(
            lambda n, u, r: bench(n, u.replace("office.sqlite3", "central.sqlite3"), r),
            args.backend, Path(folder), args.requests,
        )  # fmt: skip


if __name__ == "__main__":
    main()
