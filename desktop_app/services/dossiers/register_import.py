"""Import of a legacy register (a former system's export, or a typed-up paper book).

The file is CSV (UTF-8, header row) or XLSX (first sheet, header row) with the columns of
``REGISTER_COLUMNS``. Every row is validated; bad rows are reported by line number. The file is
read as a stream, twice when it must be all-or-nothing: once to validate, once to import in
chunks of ``CHUNK_ROWS`` rows, one transaction per chunk, bulk inserts; memory stays bounded
whatever the number of rows.

Unlike other services this one commits: a million rows are not one user action. It takes a
``transaction`` factory (``context.session``) and opens one transaction per chunk. A dossier
whose code is already in the database is skipped, so an interrupted import can be run again.

Decisions: imported dossiers are history from another system, which reported them already, so
they are not queued in the sync outbox; they carry no event rows (their dates are on the row).
"""

from __future__ import annotations

import csv
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop_app.services.dossiers.name_index import name_words
from desktop_app.services.errors import ServiceError
from desktop_app.storage.bulk import bulk_insert
from desktop_app.storage.models import Applicant, Dossier, DossierNameWord, Procedure, utc_now
from motcua_core.domain.dossier_code import is_dossier_code
from motcua_core.domain.errors import DomainError
from motcua_core.domain.identifiers import IdType, normalise_phone, validate_id
from motcua_core.domain.lifecycle import Channel, DossierStatus
from motcua_core.domain.text import fold_for_search, normalise_name

REGISTER_COLUMNS = (
    "code", "procedure_code", "applicant_name", "id_number", "phone", "address", "channel",
    "received_at", "due_at", "finished_at", "returned_at", "status", "visit_id",
)  # fmt: skip
CHUNK_ROWS = 10_000
#: SQLite page cache for the import's connection (KiB, as PRAGMA cache_size takes it): the
#: indexes of a million-row table do not fit the default 2 MiB and every insert would read pages.
SQLITE_IMPORT_CACHE_KIB = 256 * 1024
MAX_REPORTED_ERRORS = 200
_CHANNELS = {"1": 1, "2": 2, "3": 3, "in_person": 1, "online": 2, "post": 3, "": 1}

Transaction = Callable[[], AbstractContextManager[Session]]


@dataclass(frozen=True)
class RowError:
    line: int
    message: str


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


@dataclass(frozen=True)
class RegisterRow:
    """A validated row, ready to insert."""

    line: int
    code: str
    procedure_id: uuid.UUID
    name: str
    id_type: str | None
    id_number: str | None
    phone: str | None
    address: str
    channel: int
    status: int
    received_at: datetime
    due_at: datetime | None
    finished_at: datetime | None
    returned_at: datetime | None
    visit_key: str | None


def read_register(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row by column name) for each data row of a CSV or XLSX file.

    Raises:
        ServiceError: unknown file type, or a header without the required columns.
    """
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _read_csv(path)
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    raise ServiceError(
        f"{path.name}: expected a .csv or .xlsx file",
        f"{path.name}: chỉ nhận tệp .csv hoặc .xlsx.",
    )


def _check_header(header: list[str], path: Path) -> list[str]:
    names = [str(h or "").strip().lower() for h in header]
    missing = [c for c in REGISTER_COLUMNS if c not in names]
    if missing:
        raise ServiceError(
            f"{path.name}: missing columns {', '.join(missing)}",
            f"{path.name}: thiếu các cột {', '.join(missing)}.",
        )
    return names


def _read_csv(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.reader(handle)
        names = _check_header(next(reader, []), path)
        for values in reader:
            if any(v.strip() for v in values):
                yield reader.line_num, dict(zip(names, values, strict=False))


def _read_xlsx(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        rows = workbook.worksheets[0].iter_rows(values_only=True)
        names = _check_header(list(next(rows, ())), path)
        for line, values in enumerate(rows, start=2):
            cells = ["" if v is None else _cell_text(v) for v in values]
            if any(c.strip() for c in cells):
                yield line, dict(zip(names, cells, strict=False))
    finally:
        workbook.close()


def _cell_text(value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class RowValidator:
    """Checks rows against the catalogue and the calendar zone; pure after construction."""

    def __init__(self, procedures: dict[str, uuid.UUID], tz: ZoneInfo) -> None:
        self.procedures = procedures
        self.tz = tz

    @classmethod
    def from_database(cls, session: Session, tz: ZoneInfo) -> RowValidator:
        rows = session.execute(select(Procedure.code, Procedure.id))
        return cls({code: pid for code, pid in rows}, tz)

    def check(self, line: int, raw: dict[str, str]) -> RegisterRow | RowError:
        try:
            return self._check(line, {k: (v or "").strip() for k, v in raw.items()})
        except (ValueError, DomainError) as exc:
            return RowError(line, str(exc))

    def _check(self, line: int, raw: dict[str, str]) -> RegisterRow:
        code = raw["code"].upper()
        if not is_dossier_code(code):
            raise ValueError(f"code {raw['code']!r} is not a dossier code")
        name = normalise_name(raw["applicant_name"])
        if not name:
            raise ValueError("applicant_name is empty")
        status = _status(raw["status"])
        received = self._moment(raw, "received_at", required=True)
        assert received is not None
        finished = self._moment(raw, "finished_at", required=status in (9, 10))
        returned = self._moment(raw, "returned_at", required=status == 10)
        for later, earlier, what in ((finished, received, "finished_at"),
                                     (returned, finished or received, "returned_at")):  # fmt: skip
            if later is not None and later < earlier:
                raise ValueError(f"{what} is before the moment it follows")
        id_type, id_number = _identity(raw["id_number"])
        return RegisterRow(
            line, code, self._procedure(raw["procedure_code"]), name, id_type, id_number,
            normalise_phone(raw["phone"]) if raw["phone"] else None, raw["address"],
            _channel(raw["channel"]), status, received, self._moment(raw, "due_at"),
            finished, returned, raw["visit_id"][:80] or None,
        )  # fmt: skip

    def _procedure(self, code: str) -> uuid.UUID:
        found = self.procedures.get(code) or self.procedures.get(".".join(code.split(".")[:2]))
        if found is None:
            raise ValueError(f"procedure {code!r} is not in the catalogue")
        return found

    def _moment(self, raw: dict[str, str], name: str, required: bool = False) -> datetime | None:
        text = raw[name]
        if not text:
            if required:
                raise ValueError(f"{name} is empty")
            return None
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise ValueError(f"{name} {text!r} is not an ISO 8601 date-time") from None
        return moment.replace(tzinfo=self.tz) if moment.tzinfo is None else moment


def _status(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 10:
        raise ValueError(f"status {text!r} is not a national status code 1–10")
    return int(DossierStatus(int(text)))


def _channel(text: str) -> int:
    if text.lower() not in _CHANNELS:
        raise ValueError(f"channel {text!r} is not 1, 2, 3, in_person, online or post")
    return int(Channel(_CHANNELS[text.lower()]))


def _identity(text: str) -> tuple[str | None, str | None]:
    if not text:
        return None, None
    compact = "".join(text.split())
    kind = IdType.CCCD if len(compact) == 12 and compact.isdigit() else (
        IdType.CMND if compact.isdigit() else IdType.PASSPORT)  # fmt: skip
    return str(kind), validate_id(kind, compact)


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
    if skip_bad:
        return _import_skipping_bad(transaction, path, validator, office_id, chunk_rows)
    report = ImportReport()
    try:
        with transaction() as session:
            _prepare(session)
            chunk: list[RegisterRow] = []
            for line, raw in read_register(path):
                report.rows += 1
                result = validator.check(line, raw)
                if isinstance(result, RowError):
                    report.add_error(result)
                elif not report.bad_rows:
                    chunk.append(result)
                    if len(chunk) >= chunk_rows:
                        _insert_chunk(session, chunk, office_id, report)
                        chunk = []
            if report.bad_rows:
                raise _RollBack
            _insert_chunk(session, chunk, office_id, report)
    except _RollBack:
        report.imported = report.skipped_existing = 0
        return report
    report.committed = True
    return report


class _RollBack(Exception):
    """A bad row was found: the import's transaction is rolled back."""


def _import_skipping_bad(
    transaction: Transaction, path: Path, validator: RowValidator, office_id: uuid.UUID,
    chunk_rows: int,
) -> ImportReport:  # fmt: skip
    report = ImportReport()
    chunk: list[RegisterRow] = []
    for line, raw in read_register(path):
        report.rows += 1
        result = validator.check(line, raw)
        if isinstance(result, RowError):
            report.add_error(result)
            continue
        chunk.append(result)
        if len(chunk) >= chunk_rows:
            _import_chunk(transaction, chunk, office_id, report)
            chunk = []
    if chunk:
        _import_chunk(transaction, chunk, office_id, report)
    report.committed = True
    return report


def _prepare(session: Session) -> None:
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text(f"PRAGMA cache_size = -{SQLITE_IMPORT_CACHE_KIB}"))


def _insert_chunk(
    session: Session, chunk: list[RegisterRow], office_id: uuid.UUID, report: ImportReport
) -> None:
    if chunk:
        inserted = insert_rows(session, chunk, office_id)
        report.imported += inserted
        report.skipped_existing += len(chunk) - inserted


def _import_chunk(
    transaction: Transaction, chunk: list[RegisterRow], office_id: uuid.UUID, report: ImportReport
) -> None:
    with transaction() as session:
        _prepare(session)
        _insert_chunk(session, chunk, office_id, report)


def insert_rows(session: Session, rows: list[RegisterRow], office_id: uuid.UUID) -> int:
    """Bulk-insert validated rows (applicants, dossiers, name words); returns how many new."""
    existing = set(
        session.scalars(select(Dossier.code).where(Dossier.code.in_([r.code for r in rows])))
    )
    fresh: dict[str, RegisterRow] = {}
    for row in rows:
        if row.code not in existing and row.code not in fresh:
            fresh[row.code] = row
    if not fresh:
        return 0
    keys = {row.line: fold_for_search(row.name) for row in fresh.values()}
    applicant_ids = _applicants(session, list(fresh.values()), keys)
    now = utc_now()
    dossiers, words = [], []
    for row in fresh.values():
        dossier_id = uuid.uuid4()
        key = keys[row.line]
        dossiers.append(
            _dossier_values(row, dossier_id, office_id, applicant_ids[row.line], key, now)
        )
        words.extend({"word": w, "dossier_id": dossier_id} for w in name_words(key))
    bulk_insert(session, Dossier.__table__, dossiers)
    if words:
        bulk_insert(session, DossierNameWord.__table__, words)
    return len(dossiers)


def _applicants(
    session: Session, rows: list[RegisterRow], keys: dict[int, str]
) -> dict[int, uuid.UUID]:
    """The applicant id of each row (by line): known ID numbers reuse their applicant."""
    numbers = {r.id_number for r in rows if r.id_number}
    known: dict[str, uuid.UUID] = {}
    if numbers:
        query = select(Applicant.id_number, Applicant.id).where(Applicant.id_number.in_(numbers))
        known = {number: aid for number, aid in session.execute(query) if number}
    new_rows, by_line = [], {}
    now = utc_now()
    for row in rows:
        applicant_id = known.get(row.id_number) if row.id_number else None
        if applicant_id is None:
            applicant_id = uuid.uuid4()
            if row.id_number:
                known[row.id_number] = applicant_id
            new_rows.append({
                "id": applicant_id, "full_name": row.name, "name_key": keys[row.line],
                "id_type": row.id_type, "id_number": row.id_number, "birth_date": None,
                "phone": row.phone, "email": None, "address": row.address, "created_at": now,
            })  # fmt: skip
        by_line[row.line] = applicant_id
    if new_rows:
        bulk_insert(session, Applicant.__table__, new_rows)
    return by_line


def _dossier_values(
    row: RegisterRow, dossier_id: uuid.UUID, office_id: uuid.UUID, applicant_id: uuid.UUID,
    name_key: str, now: datetime,
) -> dict[str, Any]:  # fmt: skip
    return {
        "id": dossier_id, "code": row.code, "office_id": office_id,
        "procedure_id": row.procedure_id, "applicant_id": applicant_id, "name_key": name_key,
        "id_number": row.id_number, "phone": row.phone, "owner_name": None,
        "channel": row.channel, "status": row.status, "received_at": row.received_at,
        "due_at": row.due_at, "original_due_at": row.due_at, "extended": False,
        "paused_at": None, "finished_at": row.finished_at, "returned_at": row.returned_at,
        "sets_count": 1, "fee_text": "", "documents": [], "return_method": "counter",
        "return_address": None, "visit_ticket_id": None, "visit_key": row.visit_key,
        "request_id": None, "received_by_id": None, "updated_at": now,
    }  # fmt: skip
