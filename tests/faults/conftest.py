"""Fault-test fixtures: a central database on PostgreSQL, servers and an office on SQLite."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.support.fault_proxy import FaultProxy
from tests.support.sync_harness import CentralServer, Office, init_central


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
