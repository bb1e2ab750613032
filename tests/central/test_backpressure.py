"""Back-pressure: a saturated server answers 503 + Retry-After, and clients spread their retries."""

from __future__ import annotations

import asyncio
import random
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from prometheus_client import REGISTRY
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from central_server.app import create_app
from central_server.backpressure import RETRY_AFTER_RANGE, InFlightLimit
from central_server.serve_workers import ServeConfig, make_worker_engine
from desktop_app.sync.backoff import Backoff
from desktop_app.sync.client import _retry_after
from tests.support.push_ops import dossier_ops, enrol, push_body
from tests.support.sync_harness import UNIT, CentralServer, init_central

CHANGES = f"/api/v1/offices/{UNIT}/changes"


def _retry_after_in_range(answer: httpx.Response) -> bool:
    low, high = RETRY_AFTER_RANGE
    return answer.status_code == 503 and low <= int(answer.headers["Retry-After"]) <= high


def test_a_saturated_pool_answers_503_with_retry_after_not_500(tmp_path: Path):
    db = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    token = init_central(db)
    engine = make_worker_engine(ServeConfig(db=db, pool_size=1, max_overflow=0, pool_timeout=0.2))
    client = TestClient(create_app(engine), raise_server_exceptions=False)
    device = client.post("/api/v1/enrol", json={"token": token}).json()
    auth = {"Authorization": f"Bearer {device['device_id']}:{device['secret']}"}
    timeouts = REGISTRY.get_sample_value("central_db_pool_timeouts_total") or 0.0
    held = engine.connect()  # the only connection: the pool is saturated
    try:
        pull = client.get(CHANGES, headers=auth)
        push = client.post(
            f"/api/v1/offices/{UNIT}/push", json=push_body(dossier_ops(1)), headers=auth
        )
        ready, health = client.get("/readyz"), client.get("/healthz")
    finally:
        held.close()
    assert _retry_after_in_range(pull), (pull.status_code, pull.text)
    assert _retry_after_in_range(push), (push.status_code, push.text)
    assert ready.status_code == 503 and health.status_code == 200
    assert (REGISTRY.get_sample_value("central_db_pool_timeouts_total") or 0) - timeouts >= 2
    assert client.get(CHANGES, headers=auth).status_code == 200  # free again: served
    engine.dispose()


def test_requests_past_the_in_flight_limit_are_refused_at_once():
    release = asyncio.Event()

    async def slow(_request: object) -> PlainTextResponse:
        await release.wait()
        return PlainTextResponse("done")

    routes = [Route("/work", slow), Route("/healthz", lambda _r: PlainTextResponse("ok"))]
    app = InFlightLimit(Starlette(routes=routes), limit=2)

    async def scenario() -> list[int]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            held = [asyncio.create_task(client.get("/work")) for _ in range(2)]
            while app.in_flight < 2:
                await asyncio.sleep(0)
            refused = await client.get("/work")
            probe = await client.get("/healthz")  # probes are never refused
            release.set()
            done = [answer.status_code for answer in await asyncio.gather(*held)]
            after = await client.get("/work")
            assert _retry_after_in_range(refused)
            return [*done, refused.status_code, probe.status_code, after.status_code]

    assert asyncio.run(scenario()) == [200, 200, 503, 200, 200]


def test_a_retry_after_is_a_floor_the_clients_spread_beyond():
    """Before: max(jitter, Retry-After) sent half of the turned-away offices back at exactly
    Retry-After; now each waits between Retry-After and twice it (or longer by its backoff)."""
    rng = random.Random(15)
    delays = [Backoff(rng=rng.random).next_delay(retry_after=2) for _ in range(1000)]
    assert min(delays) >= 2 and max(delays) <= 4
    assert sum(1 for d in delays if d == 2) < 10
    assert len({round(d, 2) for d in delays}) > 150


async def _storm_client(url: str, auth: dict[str, str], seed: int, log: list[tuple]) -> None:
    """One office: pull until served; a 503 is retried after the client's own backoff delay
    (compressed a hundredfold so the test stays short)."""
    backoff = Backoff(rng=random.Random(seed).random)
    async with httpx.AsyncClient(base_url=url, headers=auth, timeout=60) as client:
        for _ in range(40):
            answer = await client.get(CHANGES)
            if answer.status_code != 503:
                log.append((seed, answer.status_code, None))
                return
            delay = backoff.next_delay(_retry_after(answer))
            log.append((seed, 503, (answer.headers["Retry-After"], delay)))
            await asyncio.sleep(delay / 100)


@pytest.mark.slow
def test_a_storm_of_offices_gets_503s_never_500s_and_their_retries_spread(tmp_path: Path):
    db = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    token = init_central(db)
    extra = ("--pool-size", "1", "--max-overflow", "0", "--pool-timeout", "0.2")
    server = CentralServer(db, extra_args=(*extra, "--max-in-flight", "3")).start(60)
    try:
        auth = enrol(server.url, token)
        log: list[tuple] = []

        async def storm() -> None:
            await asyncio.gather(*(_storm_client(server.url, auth, i, log) for i in range(40)))

        asyncio.run(storm())
    finally:
        server.stop()
    statuses = [status for _, status, _ in log]
    assert set(statuses) == {200, 503}, set(statuses)
    assert sum(1 for status in statuses if status == 200) == 40  # every office was served
    refusals = [detail for _, status, detail in log if status == 503]
    assert all(RETRY_AFTER_RANGE[0] <= int(wish) <= RETRY_AFTER_RANGE[1] for wish, _ in refusals)
    assert all(delay >= int(wish) for wish, delay in refusals)  # Retry-After honoured
    delays = [round(delay, 1) for _, delay in refusals]
    assert len(refusals) >= 20 and len(set(delays)) > len(delays) / 2  # spread, not in step


def test_a_burst_past_the_thread_pool_is_served_not_starved(tmp_path: Path):
    """More requests in flight than the thread pool has threads, on a small connection pool.

    Before: every thread of the pool (40) sat waiting for a connection that only a finished
    request's session clean-up would give back, and that clean-up waited for a free thread;
    the burst was answered 503 after the pool timeout although the database was idle. The
    thread pool now always has a thread more than the requests let in."""
    db = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    token = init_central(db)
    extra = ("--pool-size", "2", "--max-overflow", "0", "--pool-timeout", "3")
    server = CentralServer(db, extra_args=(*extra, "--max-in-flight", "120")).start(60)
    try:
        auth = enrol(server.url, token)

        async def burst() -> list[int]:
            limits = httpx.Limits(max_connections=120)
            async with httpx.AsyncClient(base_url=server.url, headers=auth, timeout=60,
                                         limits=limits) as client:  # fmt: skip
                answers = await asyncio.gather(*(client.get(CHANGES) for _ in range(120)))
            return [answer.status_code for answer in answers]

        statuses = asyncio.run(burst())
    finally:
        server.stop()
    assert statuses.count(200) == 120, {s: statuses.count(s) for s in set(statuses)}
