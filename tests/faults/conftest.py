"""Fault-test fixtures: a central database on PostgreSQL, servers and an office on SQLite."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.support.fault_proxy import FaultProxy
from tests.support.sync_harness import STDERR_SEEN, CentralServer, Office, init_central

# The citizens the fault runs receive (tests/support/receive_worker.py): "Người Thử <w> <i>"
# with CMND numbers <w:03><i:06>, in plain or JSON-escaped form.
PLANTED = re.compile(r"Người Thử|Ng\\u01b0\\u1eddi Th\\u1eed|(?<!\d)00[0-9]000\d{3}(?!\d)")


@pytest.fixture(autouse=True)
def no_citizen_in_any_log(tmp_path: Path) -> Iterator[None]:
    """After each fault run: neither the server's log nor the office's stderr names a citizen."""
    STDERR_SEEN.clear()
    yield
    logs = {"office stderr": "".join(STDERR_SEEN)}
    server_log = tmp_path / "server.log"
    if server_log.exists():
        logs["server log"] = server_log.read_text(encoding="utf-8", errors="replace")
    leaks = {where: PLANTED.findall(text)[:3] for where, text in logs.items()}
    assert {where: found for where, found in leaks.items() if found} == {}


@pytest.fixture
def central_db(postgres_url: str) -> str:
    return postgres_url


@pytest.fixture
def token(central_db: str) -> str:
    return init_central(central_db)


@pytest.fixture
def servers(central_db: str, token: str, tmp_path: Path) -> Iterator[Callable[..., CentralServer]]:
    """Start central servers on the test's database; all are stopped at the end."""
    started: list[CentralServer] = []

    def start(fault: str = "", port: int | None = None, db_url: str | None = None) -> CentralServer:
        server = CentralServer(db_url or central_db, fault=fault, log_path=tmp_path / "server.log")
        if port:
            server.port = port
        started.append(server)
        return server.start()

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def server(servers: Callable[..., CentralServer], token: str) -> CentralServer:
    """A running server on a database that holds the office (``token`` enrols a device)."""
    return servers()


@pytest.fixture
def office(tmp_path: Path, server: CentralServer, token: str) -> Office:
    office = Office(tmp_path / "office").init()
    office.enrol(server.url, token)
    return office


@pytest.fixture
def proxies() -> Iterator[Callable[[int], FaultProxy]]:
    made: list[FaultProxy] = []

    def make(port: int) -> FaultProxy:
        proxy = FaultProxy(port)
        made.append(proxy)
        return proxy

    yield make
    for proxy in made:
        proxy.close()
