"""Backups, restores and moving an office from SQLite to PostgreSQL, as district IT runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from desktop_app.storage.database import make_engine
from desktop_app.storage.models import Base, Dossier
from tests.e2e.test_cli import run_cli


def _counts(url: str) -> dict[str, int]:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return {
                t.name: connection.execute(select(func.count()).select_from(t)).scalar()
                for t in Base.metadata.sorted_tables
            }
    finally:
        engine.dispose()


def _codes(url: str) -> list[str]:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return sorted(connection.execute(select(Dossier.code)).scalars())
    finally:
        engine.dispose()


def _add_activity(url: str) -> None:
    """Something newer than the backup: a later audit row."""
    engine = create_engine(url.replace("postgresql+psycopg", "postgresql+psycopg"))
    with engine.begin() as connection:
        id_value = (
            "'00000000000000000000000000000001'"
            if url.startswith("sqlite")
            else "'00000000-0000-0000-0000-000000000001'"
        )
        connection.execute(
            text(
                f"INSERT INTO audit_entry (id, at, action, entity, detail) VALUES ({id_value}, "
                "'2099-01-01 00:00:00', 'signed_in', 'staff', '')"
            )
        )
    engine.dispose()


def test_backup_and_restore_round_trip(database_url: str, tmp_path: Path) -> None:
    assert run_cli("demo", "--no-gui", db_url=database_url).returncode == 0
    before = _counts(database_url)
    backup = tmp_path / "office.backup"
    result = run_cli("backup", "--out", str(backup), "--json", db_url=database_url)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["size_bytes"] > 0
    _add_activity(database_url)
    refused = run_cli("restore", str(backup), db_url=database_url)
    assert refused.returncode == 2 and "newer than the backup" in refused.stderr
    assert _counts(database_url)["audit_entry"] == before["audit_entry"] + 1
    forced = run_cli("restore", str(backup), "--force", db_url=database_url)
    assert forced.returncode == 0, forced.stderr
    assert _counts(database_url) == before


def test_restore_of_a_missing_file_says_so(sqlite_url: str, tmp_path: Path) -> None:
    result = run_cli("restore", str(tmp_path / "nope.sqlite3"), db_url=sqlite_url)
    assert result.returncode == 2 and "no backup file" in result.stderr


@pytest.mark.postgres
def test_move_from_sqlite_to_postgresql_keeps_everything(sqlite_url: str, postgres_url: str):
    assert run_cli("demo", "--no-gui", db_url=sqlite_url).returncode == 0
    moved = run_cli("migrate-db", "--to", postgres_url, "--json", db_url=sqlite_url)
    assert moved.returncode == 0, moved.stderr
    assert _counts(postgres_url) == _counts(sqlite_url)
    assert _codes(postgres_url) == _codes(sqlite_url)
    doctor = run_cli("doctor", "--json", db_url=postgres_url)
    assert json.loads(doctor.stdout)["ok"]
    # A second move into the same database is refused rather than doubling rows.
    again = run_cli("migrate-db", "--to", postgres_url, db_url=sqlite_url)
    assert again.returncode == 2 and "not empty" in again.stderr


def test_daily_backup_once_a_day_with_retention(sqlite_url: str) -> None:
    from datetime import UTC, datetime, timedelta

    from desktop_app.storage.backup import auto_backup_folder, run_daily_backup

    assert run_cli("init", db_url=sqlite_url).returncode == 0
    engine = make_engine(sqlite_url)
    try:
        folder = auto_backup_folder(engine)
        old = folder / "office-20200101.sqlite3"
        folder.mkdir(parents=True)
        old.write_bytes(b"old")
        today = datetime(2026, 11, 27, 9, tzinfo=UTC)
        written = run_daily_backup(engine, today)
        assert written is not None and written.name == "office-20261127.sqlite3"
        assert run_daily_backup(engine, today + timedelta(hours=3)) is None  # once a day
        assert not old.exists()  # older than 14 days: removed
        assert _counts(f"sqlite:///{written}")["procedure"] == 12
    finally:
        engine.dispose()
