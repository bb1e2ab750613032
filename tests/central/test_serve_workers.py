"""``serve --workers N``: stateless workers, one scrape for all, per-worker pools, SIGTERM."""

from __future__ import annotations

import json
import re
import signal
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from central_server.serve_workers import ServeConfig, database_url
from tests.support.push_ops import dossier_ops, enrol, push_body
from tests.support.sync_harness import UNIT, CentralServer, central_query, init_central

LOOKUP = f"/api/v1/public/dossiers/{UNIT}-261126-0001?id_last4=2345"
MACHINE_FIELDS = {"request_id", "pid", "time"}


@pytest.fixture(scope="module")
def two_workers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CentralServer]:
    folder = tmp_path_factory.mktemp("two-workers")
    db = f"sqlite:///{folder / 'central.sqlite3'}"
    init_central(db)
    server = CentralServer(
        db,
        log_path=folder / "server.log",
        verbose=True,
        extra_args=("--workers", "2", "--lookups-per-minute", "3"),
    )
    server.start(timeout=60)
    yield server
    server.stop()


def _log_lines(server: CentralServer) -> list[dict[str, Any]]:
    assert server.log_path is not None
    lines = server.log_path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.startswith("{")]


def _log_without_machine_values(server: CentralServer) -> str:
    """The log without what the machine or chance puts there (request ids, process ids, times,
    client ports): a random hex request id, a pid or a port holds any four digits now and then."""
    assert server.log_path is not None
    kept = []
    for text in server.log_path.read_text(encoding="utf-8").splitlines():
        if text.startswith("{"):
            line = json.loads(text)
            text = json.dumps({k: v for k, v in line.items() if k not in MACHINE_FIELDS})
        kept.append(re.sub(r"127\.0\.0\.1:\d+", "127.0.0.1:PORT", text))
    return "\n".join(kept)


def _pids_serving(server: CentralServer, path: str) -> Counter[int]:
    return Counter(
        line["pid"]
        for line in _log_lines(server)
        if line["logger"] == "uvicorn.access" and path in line["message"]
    )


def _burst_within_one_window(url: str, count: int) -> list[int]:
    """``count`` lookups that all fall in one window of the per-minute count: a burst that
    crosses a minute boundary is sent again (at most twice), after the boundary."""
    for attempt in range(3):
        if attempt or time.time() % 60 > 40:  # a fresh window: wait for the next one
            time.sleep(60 - time.time() % 60 + 0.5)
        window = int(time.time() // 60)
        statuses = [httpx.get(url, timeout=10).status_code for _ in range(count)]
        if int(time.time() // 60) == window:
            return statuses
    raise AssertionError("every burst crossed a minute boundary")


def test_the_lookup_limit_is_counted_across_workers(two_workers: CentralServer):
    statuses = _burst_within_one_window(two_workers.url + LOOKUP, 16)
    assert statuses.count(404) == 3  # not 3 per worker: the count is in the database
    assert statuses.count(429) == 13
    assert len(_pids_serving(two_workers, "/api/v1/public/dossiers/")) == 2
    log_text = _log_without_machine_values(two_workers)
    assert "2345" not in log_text and "id_last4" not in log_text


def test_one_scrape_counts_the_requests_of_every_worker(two_workers: CentralServer):
    for _ in range(12):
        assert httpx.get(two_workers.url + "/readyz", timeout=10).status_code == 200
    assert len(_pids_serving(two_workers, "/readyz")) == 2
    assert httpx.get(two_workers.url + "/metrics", timeout=10).status_code == 401
    scrape = httpx.get(two_workers.url + "/metrics", headers=two_workers.operator_headers)
    wanted = 'central_http_requests_total{method="GET",route="/readyz",status="200"} 12.0'
    assert wanted in scrape.text.splitlines()


def test_every_access_line_is_json_with_a_request_id(two_workers: CentralServer):
    answer = httpx.get(two_workers.url + "/healthz", headers={"X-Request-ID": "office-7-run-1"})
    assert answer.headers["x-request-id"] == "office-7-run-1"
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        ids = {line["request_id"] for line in _log_lines(two_workers)}
        if "office-7-run-1" in ids:
            break
        time.sleep(0.05)
    assert "office-7-run-1" in ids


def test_pool_options_reach_each_worker_and_pgbouncer_turns_prepared_statements_off():
    url, options = database_url(
        ServeConfig(db="postgresql://app@db/central?pgbouncer=true", pool_size=4, max_overflow=1)
    )
    assert url == "postgresql+psycopg://app@db/central"
    assert options["connect_args"] == {"prepare_threshold": None}
    assert (options["pool_size"], options["max_overflow"], options["pool_pre_ping"]) == (4, 1, True)
    _, plain = database_url(ServeConfig(db="postgresql://app@db/central"))
    assert "connect_args" not in plain
    _, flagged = database_url(ServeConfig(db="postgresql://app@db/central", pgbouncer=True))
    assert flagged["connect_args"] == {"prepare_threshold": None}
    assert ServeConfig(db="x", pool_size=3, max_overflow=2).in_flight_limit() == 25


def _write_locked(path: Path) -> bool:
    """Whether a transaction holds the SQLite database's write lock (a push is being applied)."""
    connection = sqlite3.connect(path, timeout=0)
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.rollback()
        return False
    except sqlite3.OperationalError:
        return True
    finally:
        connection.close()


@pytest.mark.parametrize(("graceful", "workers"), [("20", "2"), ("0.001", "1")])
def test_sigterm_during_a_push_never_leaves_it_half_applied(
    tmp_path: Path, graceful: str, workers: str
):
    """With time to finish, the batch completes and is answered; cut short, nothing is stored."""
    path = tmp_path / "central.sqlite3"
    db = f"sqlite:///{path}"
    token = init_central(db)
    extra = ("--workers", workers, "--graceful-timeout", graceful)
    server = CentralServer(db, log_path=tmp_path / "server.log", extra_args=extra).start(60)
    auth = enrol(server.url, token)
    answers: list[Any] = []

    def push() -> None:
        try:
            answers.append(
                httpx.post(
                    f"{server.url}/api/v1/offices/{UNIT}/push",
                    json=push_body(dossier_ops(200)),
                    headers=auth,
                    timeout=60,
                )
            )
        except httpx.HTTPError as exc:
            answers.append(exc)

    pusher = threading.Thread(target=push)
    pusher.start()
    deadline = time.monotonic() + 30
    while not _write_locked(path) and pusher.is_alive() and time.monotonic() < deadline:
        time.sleep(0.002)
    assert server.process is not None
    server.process.send_signal(signal.SIGTERM)
    pusher.join(60)
    assert server.process.wait(60) is not None
    applied = central_query(db, "SELECT count(*) FROM applied_op")[0][0]
    (answer,) = answers
    if graceful == "20":
        assert isinstance(answer, httpx.Response) and answer.status_code == 200, answer
        assert [r["outcome"] for r in answer.json()["results"]] == ["applied"] * 200
        assert applied == 200
    else:
        assert applied in (0, 200)  # one transaction: all or nothing
        if applied == 0:
            assert not isinstance(answer, httpx.Response) or answer.status_code != 200
