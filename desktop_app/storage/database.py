"""Engine and session factory: built once per process, in one place.

SQLite runs in WAL mode with ``synchronous=FULL`` (a committed ticket survives a power cut),
foreign keys on and a busy timeout so that several processes on one PC share the file.
PostgreSQL is reached through ``postgresql+psycopg://`` URLs.

Only the commands that set a database up (``init``, ``demo``, ``restore``, the target of
``migrate-db``, the self-test) may create a SQLite file. Everything else opens an existing file
in a way that cannot create one (``mode=rw``), so a data folder on a network share that is not
mounted is reported as missing instead of being replaced by an empty office. A SQLite file
and its folder that these commands create are the user's alone (0600/0700, see
``storage.private_files``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.storage.private_files import create_private_file, make_private_folder

SQLITE_BUSY_TIMEOUT_MS = 15_000


class DatabaseMissing(Exception):
    """The office database is not where the settings say; ``message_vi`` says what to do."""

    def __init__(self, location: str) -> None:
        super().__init__(
            f"no office database at {location}: check that the network share or disk holding "
            "it is connected, or run 'desktop-app init' (or 'desktop-app demo') to create one"
        )
        self.location = location
        self.message_vi = (
            f"Không tìm thấy cơ sở dữ liệu tại {location}: kiểm tra ổ mạng/ổ đĩa đã được kết "
            "nối, hoặc chạy `desktop-app init` (hay `desktop-app demo`) để tạo mới"
        )


def normalise_url(url: str) -> str:
    """Use the psycopg 3 driver for plain ``postgresql://`` URLs."""
    if url.startswith("postgresql://"):
        return "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


def make_engine(url: str, *, create: bool = True, **kwargs: Any) -> Engine:
    """An engine for ``url``, with the SQLite pragmas set on every connection.

    Args:
        url: the database URL.
        create: whether a missing SQLite file may be created. Without it the file must exist
            and is opened read-write only, never created, even if it vanishes later.

    Raises:
        DatabaseMissing: ``create`` is false and the SQLite file does not exist.
    """
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if _is_file_database(parsed.database):
            path = Path(str(parsed.database)).expanduser()
            kwargs["creator"] = (
                _private_file_opener(path) if create else _existing_file_opener(path)
            )
        engine = create_engine(
            url,
            # The driver's own transaction handling is off; we emit BEGIN ourselves so that
            # write transactions can take the write lock up front (BEGIN IMMEDIATE).
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "isolation_level": None},
            **kwargs,
        )
        event.listen(engine, "connect", _set_sqlite_pragmas)
        event.listen(engine, "begin", _begin_sqlite_transaction)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def _is_file_database(database: str | None) -> bool:
    return bool(database) and database != ":memory:" and not str(database).startswith("file:")


def _private_file_opener(path: Path) -> Callable[[], sqlite3.Connection]:
    """Connections to the file at ``path``, created 0600 in a 0700 folder when missing."""
    make_private_folder(path.parent)

    def connect() -> sqlite3.Connection:
        create_private_file(path)
        return sqlite3.connect(
            path, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000, isolation_level=None,
            check_same_thread=False,
        )  # fmt: skip

    return connect


def _existing_file_opener(path: Path) -> Callable[[], sqlite3.Connection]:
    """Connections to the file at ``path`` that fail rather than create it (URI ``mode=rw``)."""
    if not path.is_file():
        raise DatabaseMissing(str(path))
    uri = f"{path.absolute().as_uri()}?mode=rw"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(
            uri,
            uri=True,
            timeout=SQLITE_BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,
            check_same_thread=False,
        )

    return connect


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


def _begin_sqlite_transaction(connection: Any) -> None:
    mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def session_scope(factory: sessionmaker[Session], *, read_only: bool = False) -> Iterator[Session]:
    """One session and one transaction for one user action: commit on success, else roll back.

    On SQLite a writing transaction takes the write lock when it begins, so a read followed by
    a write never fails on a lock upgrade while another station writes; it waits its turn.
    """
    engine = factory.kw["bind"]
    if not read_only and engine.dialect.name == "sqlite":
        engine = engine.execution_options(sqlite_begin="IMMEDIATE")
    session = factory(bind=engine)
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
