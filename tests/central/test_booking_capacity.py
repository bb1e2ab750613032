"""200 citizens at once for the last places of a slot, on a real two-worker server and
PostgreSQL: exactly the capacity is booked, every other request is answered 409.

The server takes up to 400 requests at once per worker for the burst (by default it answers
503 past 50). The pool's wait for a connection keeps its default, five seconds.
Each request comes from its own address (``X-Forwarded-For`` from a trusted loopback proxy)
with its own phone, so the flood limits, counted in the database, let all of them through.
"""

from __future__ import annotations

import asyncio
from collections import Counter

import httpx
import pytest

from tests.support.booking_central import (
    booking_body,
    booking_day,
    push_body,
    setup_ops,
    slot,
)
from tests.support.sync_harness import UNIT, CentralServer, central_query, init_central

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
REQUESTS = 200
PLACES = 3


async def _book_all(url: str, start: str) -> list[int]:
    limits = httpx.Limits(max_connections=REQUESTS, max_keepalive_connections=0)
    async with httpx.AsyncClient(base_url=url, timeout=120, limits=limits) as client:

        async def one(n: int) -> int:
            body = booking_body(UNIT, start, phone=f"09{n:08d}")
            address = {"X-Forwarded-For": f"198.51.{n // 250}.{n % 250 + 1}"}
            answer = await client.post("/api/v1/public/bookings", json=body, headers=address)
            return answer.status_code

        return list(await asyncio.gather(*(one(n) for n in range(REQUESTS))))


def test_concurrent_requests_for_the_last_places_book_exactly_the_capacity(postgres_url) -> None:
    token = init_central(postgres_url)
    # the default back-pressure (50 requests in flight per worker) would refuse the burst
    options = ("--trusted-proxy", "127.0.0.1", "--workers", "2", "--max-in-flight", "400")
    server = CentralServer(postgres_url, extra_args=options).start(timeout=90)
    try:
        enrolled = httpx.post(f"{server.url}/api/v1/enrol", json={"token": token}).json()
        auth = {"Authorization": f"Bearer {enrolled['device_id']}:{enrolled['secret']}"}
        pushed = httpx.post(
            f"{server.url}/api/v1/offices/{UNIT}/push",
            json=push_body(setup_ops(UNIT, places=PLACES)),
            headers=auth,
        )
        assert {r["outcome"] for r in pushed.json()["results"]} == {"applied"}
        start = slot(booking_day(), 10)
        first = httpx.post(f"{server.url}/api/v1/public/bookings", json=booking_body(UNIT, start))
        assert first.status_code == 201  # one place taken: two left for the crowd
        statuses = Counter(asyncio.run(_book_all(server.url, start)))
    finally:
        server.stop()
    assert statuses == {201: PLACES - 1, 409: REQUESTS - PLACES + 1}
    [(taken,)] = central_query(postgres_url, "SELECT taken FROM booking_slot")
    booked = central_query(postgres_url, "SELECT count(*) FROM booking WHERE status = 'booked'")
    changes = central_query(postgres_url, "SELECT count(*) FROM change_log WHERE kind = 'booking'")
    assert (taken, booked[0][0], changes[0][0]) == (PLACES, PLACES, PLACES)
