"""Backups, restores and moving an office database to another server.

SQLite: an online backup through SQLite's backup API (safe while stations keep working).
PostgreSQL: ``pg_dump`` in its custom format, restored with ``pg_restore``.
A restore refuses to replace a database that holds newer activity than the backup unless
forced; "activity" is the latest moment recorded in the office's tables. Backups hold every
citizen's data: they are created 0600 in folders created 0700 (``storage.private_files``).
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, Table, func, insert, select, text
from sqlalchemy.engine import make_url

from desktop_app.storage.models import Base
from desktop_app.storage.private_files import create_private_file, make_private_folder

# The moments that show activity in an office database, newest wins.
ACTIVITY_COLUMNS = (
    ("dossier", "updated_at"),
    ("dossier_event", "at"),
    ("queue_ticket", "issued_at"),
    ("ticket_event", "at"),
    ("outbox_op", "device_time"),
    ("audit_entry", "at"),
)
COPY_CHUNK_ROWS = 5_000


class BackupError(RuntimeError):
    """A backup, restore or move cannot be done; the message says why."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    backend: str
    size_bytes: int
    latest_activity: datetime | None


def latest_activity(engine: Engine) -> datetime | None:
    """The newest recorded moment in the database, or None when it holds no activity."""
    from motcua_core.db import UtcDateTime

    moments = []
    with engine.connect() as connection:
        for table_name, column in ACTIVITY_COLUMNS:
            table = Base.metadata.tables[table_name]
            try:
                value = connection.execute(select(func.max(table.c[column]))).scalar()
            except Exception:  # an older schema without this table
                connection.rollback()
                continue
            if value is not None:
                if isinstance(value, str):
                    value = datetime.fromisoformat(value)
                moments.append(UtcDateTime().process_result_value(value, engine.dialect))
    return max(moments) if moments else None


def _sqlite_path(engine: Engine) -> Path:
    database = make_url(engine.url).database
    if not database or database == ":memory:":
        raise BackupError("an in-memory database cannot be backed up")
    return Path(database)


def backup_database(engine: Engine, destination: Path) -> BackupInfo:
    """Write a backup of the database behind ``engine`` to ``destination``."""
    make_private_folder(destination.parent)
    if engine.dialect.name == "sqlite":
        _sqlite_online_backup(_sqlite_path(engine), destination)
    elif engine.dialect.name == "postgresql":
        destination.unlink(missing_ok=True)
        create_private_file(destination)  # pg_dump keeps the mode of the file it overwrites
        _run_pg_tool("pg_dump", ["--format=custom", "--no-owner", f"--file={destination}"], engine)
    else:
        raise BackupError(f"cannot back up a {engine.dialect.name} database")
    return BackupInfo(
        destination, engine.dialect.name, destination.stat().st_size, latest_activity(engine)
    )


def _sqlite_online_backup(source: Path, destination: Path) -> None:
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    with sqlite3.connect(source) as src, sqlite3.connect(partial) as dst:
        src.backup(dst)
    partial.replace(destination)  # never leave a half-written backup under the real name


def _pg_libpq_url(engine: Engine) -> str:
    url = make_url(engine.url).set(drivername="postgresql")
    return url.render_as_string(hide_password=False)


def _run_pg_tool(tool: str, arguments: list[str], engine: Engine) -> None:
    program = shutil.which(tool)
    if program is None:
        raise BackupError(f"{tool} not found: install the PostgreSQL client tools")
    result = subprocess.run(
        [program, *arguments, f"--dbname={_pg_libpq_url(engine)}"],
        capture_output=True,
        text=True,
        timeout=3600,
        check=False,
    )
    if result.returncode != 0:
        raise BackupError(f"{tool} failed: {result.stderr.strip().splitlines()[-1:]}")


def backup_latest_activity(backup: Path, backend: str) -> datetime | None:
    """The newest activity recorded in a backup file (SQLite backups only; else None)."""
    if backend != "sqlite":
        return None
    from desktop_app.storage.database import make_engine

    engine = make_engine(f"sqlite:///{backup}")
    try:
        return latest_activity(engine)
    finally:
        engine.dispose()


def restore_database(engine: Engine, backup: Path, *, force: bool = False) -> None:
    """Replace the database behind ``engine`` with ``backup``.

    Raises:
        BackupError: the backup is missing, or the database is newer than it (without force).
    """
    if not backup.is_file():
        raise BackupError(f"no backup file {backup}")
    backend = engine.dialect.name
    if not force:
        _refuse_if_newer(engine, backup, backend)
    engine.dispose()
    if backend == "sqlite":
        target = _sqlite_path(engine)
        make_private_folder(target.parent)
        create_private_file(target)
        with sqlite3.connect(backup) as src, sqlite3.connect(target) as dst:
            src.backup(dst)
    else:
        _run_pg_tool(
            "pg_restore",
            ["--clean", "--if-exists", "--no-owner", "--single-transaction", str(backup)],
            engine,
        )


def _refuse_if_newer(engine: Engine, backup: Path, backend: str) -> None:
    current = latest_activity(engine)
    if current is None:
        return
    if backend == "postgresql":
        stamp = datetime.fromtimestamp(backup.stat().st_mtime, UTC)
    else:
        stamp = backup_latest_activity(backup, backend) or datetime.min.replace(tzinfo=UTC)
    check_not_newer(current, stamp)


def check_not_newer(current: datetime | None, stamp: datetime) -> None:
    """The restore guard: refuse when the database holds activity newer than the backup's.

    Raises:
        BackupError: ``current`` is later than ``stamp``; the message names both and --force.
    """
    if current is not None and current > stamp:
        raise BackupError(
            f"the database has activity up to {current:%Y-%m-%d %H:%M} UTC, newer than the backup "
            f"({stamp:%Y-%m-%d %H:%M} UTC); use --force to replace it anyway"
        )


def daily_backup_path(folder: Path, day: datetime) -> Path:
    return folder / f"office-{day:%Y%m%d}.sqlite3"


def auto_backup_folder(engine: Engine) -> Path:
    """Where automatic backups of a SQLite database go: ``backups/`` beside the file."""
    return _sqlite_path(engine).expanduser().resolve().parent / "backups"


def run_daily_backup(
    engine: Engine,
    now: datetime,
    folder: Path | None = None,
    keep_days: int = 14,
) -> Path | None:
    """Today's automatic backup of a SQLite database, unless it exists; prunes old ones.

    Returns the backup written, or None when today's exists already or the database is not
    SQLite (an office PostgreSQL server is backed up on the server).
    """
    if engine.dialect.name != "sqlite":
        return None
    folder = folder or auto_backup_folder(engine)
    path = daily_backup_path(folder, now)
    if path.exists():
        return None
    backup_database(engine, path)
    prune_backups(folder, keep_days, now)
    return path


def prune_backups(folder: Path, keep_days: int, today: datetime) -> list[Path]:
    """Delete automatic backups older than ``keep_days``; returns what was deleted."""
    limit = (today - timedelta(days=keep_days)).strftime("%Y%m%d")
    removed = []
    for path in sorted(folder.glob("office-*.sqlite3")):
        stamp = path.stem.removeprefix("office-")
        if stamp.isdigit() and stamp < limit:
            path.unlink()
            removed.append(path)
    return removed


def copy_all_rows(source: Engine, target: Engine, *, target_is_new: bool) -> dict[str, int]:
    """Copy every table's rows from ``source`` to the migrated ``target``.

    ``target_is_new``: the target had no schema before this move, so rows its migrations seeded
    (defaults the source has too) are cleared first. Otherwise the target must hold no rows.
    Tables go parents first, in chunks, inside one target transaction: a failure leaves the
    target as it was. Returns the row count per table, read back from the target.

    Raises:
        BackupError: the target already holds data.
    """
    tables = list(Base.metadata.sorted_tables)
    if not target_is_new:
        with target.connect() as connection:
            if any(
                connection.execute(select(func.count()).select_from(t)).scalar() for t in tables
            ):
                raise BackupError("the target database is not empty")
    with source.connect() as reader, target.begin() as writer:
        if target_is_new:
            for table in reversed(tables):
                writer.execute(table.delete())
        for table in tables:
            _copy_table(reader, writer, table)
        if target.dialect.name == "postgresql":
            _reset_sequences(writer, tables)
    with target.connect() as connection:
        return {
            t.name: int(connection.execute(select(func.count()).select_from(t)).scalar() or 0)
            for t in tables
        }


def _copy_table(reader, writer, table: Table) -> None:  # type: ignore[no-untyped-def]
    result = reader.execution_options(yield_per=COPY_CHUNK_ROWS).execute(select(table))
    for chunk in result.mappings().partitions(COPY_CHUNK_ROWS):
        writer.execute(insert(table), [dict(row) for row in chunk])


def _reset_sequences(writer, tables: Iterable[Table]) -> None:  # type: ignore[no-untyped-def]
    for table in tables:
        for column in table.primary_key.columns:
            if column.autoincrement is True or (
                column.type.python_type is int and column.autoincrement == "auto"
            ):
                writer.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column.name}'), "
                        f"COALESCE((SELECT MAX({column.name}) FROM {table.name}), 0) + 1, false)"
                    )
                )
