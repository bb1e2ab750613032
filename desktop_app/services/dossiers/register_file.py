"""Reading a legacy register file: CSV (UTF-8, header row) or XLSX (first sheet, header row).

Rows are yielded one by one with their line number, so a file of a million rows is never held
in memory; blank rows are left out. The columns are named by ``REGISTER_COLUMNS``.
"""

from __future__ import annotations

import csv
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
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.reader(handle)
        names = _check_header(next(reader, []), path)
        for values in reader:
            if _has_text(values):
                yield reader.line_num, dict(zip(names, values, strict=False))


def _read_xlsx(path: Path) -> Iterator[NumberedRow]:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        rows = workbook.worksheets[0].iter_rows(values_only=True)
        names = _check_header(list(next(rows, ())), path)
        for line, values in enumerate(rows, start=2):
            cells = [_cell_text(v) for v in values]
            if _has_text(cells):
                yield line, dict(zip(names, cells, strict=False))
    finally:
        workbook.close()


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
