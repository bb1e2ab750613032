"""Fixtures shared by the whole test suite: databases on SQLite and on a real PostgreSQL."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.postgres import PostgresServer, create_database, start_server

#: The per-user folders the program reads and writes (settings, device credential, database).
USER_FOLDERS = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")


def pytest_configure(config: pytest.Config) -> None:
    """Point the user folders at an empty one of this run, so that nothing the machine's user
    set up (an enrolled station's credential, a settings file, the demo database) changes a
    test, and no test writes into them; the run's processes inherit it."""
    home = Path(tempfile.mkdtemp(prefix="motcua-tests-home-"))
    for name in USER_FOLDERS:
        os.environ[name] = str(home / name.lower())
    config.add_cleanup(lambda: shutil.rmtree(home, ignore_errors=True))


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer | str]:
    """The PostgreSQL server of this test run (started here, stopped at the end)."""
    external = os.environ.get("DESKTOP_APP_TEST_PG_URL")
    if external:
        yield external
        return
    server = start_server()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def postgres_url(postgres_server: PostgresServer | str) -> str:
    """A fresh, empty PostgreSQL database for one test."""
    admin = postgres_server if isinstance(postgres_server, str) else postgres_server.admin_url
    return create_database(admin)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{(tmp_path / 'office.sqlite3').as_posix()}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest) -> str:
    """An empty database on each backend in turn."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def office_settings(database_url: str):
    """Settings for a test office on ``database_url`` (no settings file, no environment)."""
    from desktop_app.config import load_settings

    return load_settings(
        config_file=None,
        environ={},
        read_standard_file=False,
        overrides={
            "database_url": database_url,
            "office_code": "000.00.06.H56",
            "office_name": "UBND Phường Thử Nghiệm",
        },
    )
