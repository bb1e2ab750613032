"""The office database, its WAL files and its backups are the user's alone (0600 / 0700)."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_app.storage.backup import backup_database, restore_database, run_daily_backup
from desktop_app.storage.database import make_engine

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def _usual_umask():
    """The usual umask (022), which left the files world-readable."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_new_sqlite_file_wal_and_folder_are_private(tmp_path: Path) -> None:
    database = tmp_path / "data" / "office.sqlite3"
    engine = make_engine(f"sqlite:///{database}")
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE t (x TEXT)"))
            connection.execute(text("INSERT INTO t VALUES ('Nguyễn Văn Ánh')"))
        with engine.connect() as connection:
            connection.execute(text("SELECT * FROM t")).all()
            wal = database.with_name(database.name + "-wal")
            assert wal.exists() and _mode(wal) == 0o600
            assert _mode(database.with_name(database.name + "-shm")) == 0o600
        assert _mode(database) == 0o600
        assert _mode(database.parent) == 0o700
    finally:
        engine.dispose()


def test_existing_folder_keeps_its_mode(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o750)
    engine = make_engine(f"sqlite:///{shared / 'office.sqlite3'}")
    try:
        with engine.begin() as connection:
            connection.execute(text("SELECT 1"))
    finally:
        engine.dispose()
    assert _mode(shared) == 0o750
    assert _mode(shared / "office.sqlite3") == 0o600


def test_backups_their_folder_and_restored_files_are_private(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'office.sqlite3'}")
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE t (x TEXT)"))
        backup = backup_database(engine, tmp_path / "copies" / "office.bak").path
        assert _mode(backup) == 0o600 and _mode(backup.parent) == 0o700
        daily = run_daily_backup(engine, datetime(2026, 12, 1, tzinfo=UTC))
        assert daily is not None and _mode(daily) == 0o600 and _mode(daily.parent) == 0o700
    finally:
        engine.dispose()
    target = make_engine(f"sqlite:///{tmp_path / 'restored' / 'office.sqlite3'}")
    try:
        restore_database(target, backup, force=True)
    finally:
        target.dispose()
    assert _mode(tmp_path / "restored" / "office.sqlite3") == 0o600
