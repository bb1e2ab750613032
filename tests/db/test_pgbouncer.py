"""The central server behind PgBouncer in transaction mode (Debian's ``pgbouncer``).

In transaction mode a client's next transaction may run on another server connection, so a
statement psycopg prepared on the first is unknown on the second: ``--pgbouncer`` (or
``?pgbouncer=true``) turns preparing off, and an office then syncs through the pooler.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.exc import ProgrammingError

from central_server.serve_workers import ServeConfig, make_worker_engine
from tests.support.pgbouncer import PgBouncer, pgbouncer_binary
from tests.support.receive_worker import main as receive
from tests.support.sync_harness import (
    CentralServer,
    Office,
    assert_converged,
    init_central,
    sync_until_complete,
)

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(pgbouncer_binary() is None, reason="Debian's pgbouncer is not installed"),
]


@pytest.fixture
def bouncer(postgres_url: str) -> Iterator[PgBouncer]:
    pooler = PgBouncer(postgres_url).start()
    yield pooler
    pooler.stop()


def _switch_server_connections(config: ServeConfig) -> None:
    """Run one statement often on one client connection, let another client take its server
    connection, then run the statement again (now on a different server connection)."""
    engine = make_worker_engine(config)
    try:
        with engine.connect() as first, engine.connect() as second:
            for value in range(7):  # past psycopg's prepare threshold (5)
                first.execute(text("SELECT CAST(:v AS integer) + 1"), {"v": value})
                first.commit()
            second.execute(text("SELECT 1"))  # holds the server connection first used
            first.execute(text("SELECT CAST(:v AS integer) + 1"), {"v": 0})
            first.commit()
    finally:
        engine.dispose()


def test_prepared_statements_break_behind_pgbouncer_unless_turned_off(
    postgres_url: str, bouncer: PgBouncer
):
    through = bouncer.url_for(postgres_url)
    with pytest.raises(ProgrammingError, match="prepared statement"):
        _switch_server_connections(ServeConfig(db=through, pool_size=2))
    _switch_server_connections(ServeConfig(db=through, pool_size=2, pgbouncer=True))
    _switch_server_connections(ServeConfig(db=through + "?pgbouncer=true", pool_size=2))


def test_an_office_syncs_through_pgbouncer_in_transaction_mode(
    postgres_url: str, bouncer: PgBouncer, tmp_path: Path
):
    token = init_central(postgres_url)
    through = bouncer.url_for(postgres_url) + "?pgbouncer=true"
    extra = ("--pool-size", "4", "--max-overflow", "2")
    server = CentralServer(through, log_path=tmp_path / "server.log", extra_args=extra).start(60)
    try:
        assert httpx.get(server.url + "/readyz", timeout=10).status_code == 200
        office = Office(tmp_path / "office").init()
        office.enrol(server.url, token)
        receive(office.db_url, 150, 0)  # 300 ops: two batches, statements repeated many times
        sync_until_complete(office, server_url=server.url)
        assert_converged(office, postgres_url, server)
    finally:
        server.stop()
