"""Import of a legacy register (a former system's export, or a typed-up paper book).

The file is CSV (UTF-8, header row) or XLSX (first sheet, header row) with the columns of
``REGISTER_COLUMNS`` (:mod:`.register_file` reads it). Every row is validated
(:mod:`.register_rows`); bad rows are reported by line number. The file is read as a stream,
twice when it must be all-or-nothing: once to validate, once to import in chunks of
``CHUNK_ROWS`` rows, one transaction per chunk, bulk inserts (:mod:`.register_insert`); memory
stays bounded whatever the number of rows.

Unlike other services this one commits: a million rows are not one user action. It takes a
``transaction`` factory (``context.session``) and opens one transaction per chunk. A dossier
whose code is already in the database is skipped, so an interrupted import can be run again.

Decisions: imported dossiers are history from another system, which reported them already, so
they are not queued in the sync outbox; they carry no event rows (their dates are on the row).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop_app.services.dossiers.register_file import read_register
from desktop_app.services.dossiers.register_insert import insert_rows
from desktop_app.services.dossiers.register_rows import RegisterRow, RowError, RowValidator

CHUNK_ROWS = 10_000
#: SQLite page cache for the import's connection (KiB, as PRAGMA cache_size takes it): the
#: indexes of a million-row table do not fit the default 2 MiB and every insert would read pages.
SQLITE_IMPORT_CACHE_KIB = 256 * 1024
MAX_REPORTED_ERRORS = 200

Transaction = Callable[[], AbstractContextManager[Session]]


@dataclass
class ImportReport:
    """What an import did; ``errors`` lists the first ``MAX_REPORTED_ERRORS`` bad rows."""

    rows: int = 0
    imported: int = 0
    skipped_existing: int = 0
    bad_rows: int = 0
    errors: list[RowError] = field(default_factory=list)
    committed: bool = False

    def add_error(self, error: RowError) -> None:
        self.bad_rows += 1
        if len(self.errors) < MAX_REPORTED_ERRORS:
            self.errors.append(error)

    def count_inserted(self, chunk_size: int, inserted: int) -> None:
        """``inserted`` rows of a chunk of ``chunk_size`` were new; the rest existed already."""
        self.imported += inserted
        self.skipped_existing += chunk_size - inserted


def import_register(
    transaction: Transaction,
    path: Path,
    *,
    office_id: uuid.UUID,
    tz: ZoneInfo,
    skip_bad: bool = False,
    chunk_rows: int = CHUNK_ROWS,
) -> ImportReport:
    """Validate and import a register file in one pass over it.

    Without ``skip_bad`` the whole file goes in one transaction: the first bad row stops the
    inserts (the rest is still checked, so every bad line is reported) and nothing is kept.
    With ``skip_bad`` good rows are committed chunk by chunk and bad ones reported.
    """
    with transaction() as session:
        validator = RowValidator.from_database(session, tz)
    report = ImportReport()
    chunks = _chunks(_checked_rows(path, validator, report), chunk_rows)
    if skip_bad:
        for chunk in chunks:
            _import_chunk(transaction, chunk, office_id, report)
        report.committed = True
    else:
        _import_all_or_nothing(transaction, chunks, office_id, report)
    return report


def _checked_rows(
    path: Path, validator: RowValidator, report: ImportReport
) -> Iterator[RegisterRow]:
    """The good rows of the file; every row is counted and every bad one reported."""
    for line, raw in read_register(path):
        report.rows += 1
        result = validator.check(line, raw)
        if isinstance(result, RowError):
            report.add_error(result)
        else:
            yield result


def _chunks(rows: Iterable[RegisterRow], size: int) -> Iterator[list[RegisterRow]]:
    """``rows`` in lists of ``size`` (the last one shorter), never an empty list."""
    chunk: list[RegisterRow] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _import_all_or_nothing(
    transaction: Transaction,
    chunks: Iterable[list[RegisterRow]],
    office_id: uuid.UUID,
    report: ImportReport,
) -> None:
    """One transaction for the whole file, rolled back (nothing counted) after a bad row."""
    try:
        with transaction() as session:
            _prepare(session)
            for chunk in chunks:
                if not report.bad_rows:
                    _insert_chunk(session, chunk, office_id, report)
            if report.bad_rows:
                raise _RollBack
    except _RollBack:
        report.imported = report.skipped_existing = 0
        return
    report.committed = True


class _RollBack(Exception):
    """A bad row was found: the import's transaction is rolled back."""


def _prepare(session: Session) -> None:
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text(f"PRAGMA cache_size = -{SQLITE_IMPORT_CACHE_KIB}"))


def _insert_chunk(
    session: Session, chunk: list[RegisterRow], office_id: uuid.UUID, report: ImportReport
) -> None:
    report.count_inserted(len(chunk), insert_rows(session, chunk, office_id))


def _import_chunk(
    transaction: Transaction, chunk: list[RegisterRow], office_id: uuid.UUID, report: ImportReport
) -> None:
    """Insert one chunk in a transaction of its own (the import that skips bad rows)."""
    with transaction() as session:
        _prepare(session)
        _insert_chunk(session, chunk, office_id, report)
