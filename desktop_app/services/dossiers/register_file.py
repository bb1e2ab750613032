"""Reading a legacy register file: CSV (UTF-8, header row) or XLSX (first sheet, header row).

Rows are yielded one by one with their line number, so a file of a million rows is never held
in memory; blank rows are left out. The columns are named by ``REGISTER_COLUMNS``.

A file that cannot be read as a register raises :class:`RegisterFileError`, one line that names
the file and, where it can, the line and column (text that is not UTF-8 — a CP1258, Windows-1252
or UTF-16 export —, a cell over ``MAX_CELL_CHARS``, a damaged workbook). The message never quotes
a cell: it may be a citizen's name or ID number. What is wrong with one row's values is the
row checker's business (:mod:`.register_rows`), reported per row.
"""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop_app.services.errors import ServiceError

REGISTER_COLUMNS = (
    "code", "procedure_code", "applicant_name", "id_number", "phone", "address", "channel",
    "received_at", "due_at", "finished_at", "returned_at", "status", "visit_id",
)  # fmt: skip

#: (line number, row by column name)
NumberedRow = tuple[int, dict[str, str]]
#: The longest CSV cell read; longer ones end the import. Far above every field's limit, so an
#: over-long value is still read and refused as its row's problem, naming the column.
MAX_CELL_CHARS = 4 * 1024 * 1024
#: Byte-order marks of UTF-16 and UTF-32 files (Excel's "Unicode text" export).
_WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff")
#: What a damaged or foreign file makes openpyxl raise while opening or reading it.
_BROKEN_WORKBOOK = (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError, EOFError)


class RegisterFileError(ServiceError):
    """The file cannot be read as a register: the message is one line for the command line."""

    def __init__(self, where: str, problem: str, problem_vi: str) -> None:
        super().__init__(f"{where}: {problem}", f"{where}: {problem_vi}")


def read_register(path: Path) -> Iterator[NumberedRow]:
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


def _read_csv(path: Path) -> Iterator[NumberedRow]:
    """Rows of a UTF-8 CSV; undecodable bytes are kept as surrogates, then refused by place."""
    _refuse_wide_text(path)
    csv.field_size_limit(max(csv.field_size_limit(), MAX_CELL_CHARS))
    with path.open(newline="", encoding="utf-8-sig", errors="surrogateescape") as handle:
        reader = csv.reader(handle)
        rows = _csv_rows(reader, path)
        names = _check_header(_utf8_cells(next(rows, []), 1, [], path), path)
        for values in rows:
            if _has_text(_utf8_cells(values, reader.line_num, names, path)):
                yield reader.line_num, dict(zip(names, values, strict=False))


def _csv_rows(reader: Any, path: Path) -> Iterator[list[str]]:
    """The reader's rows; a cell too long or a broken quote ends them with the line number."""
    while True:
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise RegisterFileError(
                f"{path.name}: line {reader.line_num + 1}",
                f"not readable as CSV ({exc}); cells hold at most {MAX_CELL_CHARS} characters",
                f"không đọc được dạng CSV; mỗi ô chứa tối đa {MAX_CELL_CHARS} ký tự.",
            ) from None
        yield values


def _refuse_wide_text(path: Path) -> None:
    with path.open("rb") as handle:
        start = handle.read(2)
    if start in _WIDE_BOMS:
        raise RegisterFileError(
            path.name,
            "the file is UTF-16 text, not UTF-8: save it as 'CSV UTF-8' and import again",
            "tệp đang ở mã UTF-16, không phải UTF-8: hãy lưu lại dạng 'CSV UTF-8' rồi nhập lại.",
        )


def _utf8_cells(values: list[str], line: int, names: list[str], path: Path) -> list[str]:
    """``values`` unchanged, after checking that every cell was UTF-8 in the file.

    Raises:
        RegisterFileError: a cell held bytes that are not UTF-8; the column is named by
            ``names`` (by its number where ``names`` has none, as in the header).
    """
    for column, value in enumerate(values):
        if any("\udc80" <= ch <= "\udcff" for ch in value):
            name = names[column] if column < len(names) else f"#{column + 1}"
            raise RegisterFileError(
                f"{path.name}: line {line}, column {name}",
                "the text is not UTF-8 (a CP1258 or Windows-1252 export?): "
                "save the file as 'CSV UTF-8' and import again",
                "chữ không ở mã UTF-8 (tệp xuất theo TCVN3/CP1258?): "
                "hãy lưu lại dạng 'CSV UTF-8' rồi nhập lại.",
            )
    return values


def _read_xlsx(path: Path) -> Iterator[NumberedRow]:
    workbook = _open_workbook(path)
    try:
        rows = _workbook_rows(workbook, path)
        names = _check_header(list(next(rows, ())), path)
        for line, values in enumerate(rows, start=2):
            cells = [_cell_text(v) for v in values]
            if _has_text(cells):
                yield line, dict(zip(names, cells, strict=False))
    finally:
        workbook.close()


def _open_workbook(path: Path) -> Any:
    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=True, data_only=True)
    except _BROKEN_WORKBOOK as exc:
        raise _broken(path, "", exc) from None


def _workbook_rows(workbook: Any, path: Path) -> Iterator[tuple[Any, ...]]:
    """The first sheet's rows; a damaged sheet ends them with the line it stopped at."""
    done = 0
    try:
        if not workbook.worksheets:
            raise ValueError("no sheet")
        for values in workbook.worksheets[0].iter_rows(values_only=True):
            yield values
            done += 1
    except (*_BROKEN_WORKBOOK, SyntaxError) as exc:  # SyntaxError: xml.etree's ParseError
        raise _broken(path, f": line {done + 1}" if done else "", exc) from None


def _broken(path: Path, where: str, exc: BaseException) -> RegisterFileError:
    return RegisterFileError(
        path.name + where,
        f"not a readable XLSX workbook ({type(exc).__name__}): open it in a spreadsheet "
        "program and save it again as .xlsx",
        "không đọc được tệp XLSX: hãy mở bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx.",
    )


def _has_text(cells: list[str]) -> bool:
    """False for a blank row (every cell empty or spaces)."""
    return any(c.strip() for c in cells)


def _cell_text(value: Any) -> str:
    """A spreadsheet cell as the text a CSV would hold (ISO moments, whole numbers bare)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
