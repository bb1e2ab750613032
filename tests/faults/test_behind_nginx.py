"""Two ``serve`` processes behind nginx (round-robin, loopback): a backend killed with -9 and
restarted while an office pushes and pulls loses nothing and doubles nothing (each retry may
land on the other process)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from tests.support.nginx import Nginx, nginx_binary
from tests.support.receive_worker import main as receive
from tests.support.sync_harness import Office, assert_converged, central_query, sync_until_complete

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(nginx_binary() is None, reason="Debian's nginx is not installed"),
]
PUSH_ROUTE = 'route="/api/v1/offices/{unit_code}/push"'


@pytest.fixture
def nginx() -> Iterator[list[Nginx]]:
    made: list[Nginx] = []
    yield made
    for proxy in made:
        proxy.stop()


def _applied(central_db: str) -> int:
    return int(central_query(central_db, "SELECT count(*) FROM applied_op")[0][0])


def _pushes_served(server_url: str, headers: dict[str, str]) -> float:
    text = httpx.get(server_url + "/metrics", headers=headers, timeout=10).text
    return sum(
        float(line.rsplit(" ", 1)[1])
        for line in text.splitlines()
        if line.startswith("central_http_requests_total") and PUSH_ROUTE in line
    )


def test_a_backend_killed_and_restarted_behind_nginx_loses_and_doubles_nothing(
    servers, token, central_db, tmp_path, nginx
):
    with ThreadPoolExecutor(2) as pool:  # two start-ups at once
        first, second = pool.map(lambda _: servers(), range(2))
    proxy = Nginx([first.port, second.port]).start()
    nginx.append(proxy)
    office = Office(tmp_path / "office").init()
    office.enrol(proxy.url, token)
    receive(office.db_url, 250, 0)  # 500 ops: three batches; in-process (no start-up)
    daemon = office.start_sync("--daemon", server_url=proxy.url)
    try:
        deadline = time.monotonic() + 60
        while _applied(central_db) == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        first.kill()  # kill -9 in the middle of the office's pushes
        first.start()
    finally:
        daemon.kill()
        daemon.wait(10)
    sync_until_complete(office, server_url=proxy.url)
    assert office.query("SELECT count(*) FROM dossier")[0][0] == 250
    assert_converged(office, central_db, second)
    assert _pushes_served(second.url, second.operator_headers) > 0  # the survivor took over
