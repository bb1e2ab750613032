"""The printed layout of form II.06a: header cells, the body's lines, shared by XLSX and PDF.

The column header has three levels as printed: the three groups (received, resolved, in
progress), then "Tổng số" / "Trong đó" under the first group, then the parts of "Trong đó";
columns (1) and (2) and every other count span the levels below them. Body lines are headings
(numbered I, II, …), field rows (numbered 1, 2, … under each heading) and the total.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from motcua_core.domain.form_ii06a import COLUMN_GROUPS, COLUMNS, COUNT_COLUMNS
from motcua_core.reports.form_ii06a_report import FieldRow, FormII06aReport
from motcua_core.reports.form_ii06a_text import TOTAL_LABEL

#: Header levels of the printed form.
HEADER_LEVELS = 3
IN_WHICH = "Trong đó"
#: The received group's columns under "Trong đó".
PARTS_OF_RECEIVED = ("4", "5", "6")
_ROMAN = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


@dataclass(frozen=True)
class HeaderCell:
    """One cell of the header: its text, top level (0–2), first column (0-based), spans."""

    text: str
    level: int
    column: int
    rows: int = 1
    columns: int = 1


def column_index(key: str) -> int:
    """The 0-based position of a numbered column ("1" → 0, "13" → 12)."""
    return int(key) - 1


def header_cells() -> list[HeaderCell]:
    """Every cell of the three header levels, spans included."""
    cells = [HeaderCell(COLUMNS["1"], 0, 0, rows=3), HeaderCell(COLUMNS["2"], 0, 1, rows=3)]
    for title, keys in COLUMN_GROUPS:
        cells.append(HeaderCell(title, 0, column_index(keys[0]), columns=len(keys)))
        for key in keys:
            cells.extend(_under_group(key))
    return cells


def _under_group(key: str) -> list[HeaderCell]:
    if key == PARTS_OF_RECEIVED[0]:
        first = column_index(key)
        return [
            HeaderCell(IN_WHICH, 1, first, columns=len(PARTS_OF_RECEIVED)),
            *(HeaderCell(COLUMNS[k], 2, column_index(k)) for k in PARTS_OF_RECEIVED),
        ]
    if key in PARTS_OF_RECEIVED:
        return []
    return [HeaderCell(COLUMNS[key], 1, column_index(key), rows=2)]


def numbered_row() -> list[str]:
    """``(1)`` … ``(13)``, the row printed under the header."""
    return [f"({n})" for n in range(1, len(COLUMNS) + 1)]


@dataclass(frozen=True)
class BodyLine:
    """A line of the body: ``kind`` is "heading", "field" or "total"."""

    kind: str
    number: str
    label: str
    counts: tuple[int, ...] = ()


def roman(number: int) -> str:
    """I, II, III, IV, … (headings are few)."""
    text = ""
    for value, letters in _ROMAN:
        while number >= value:
            text, number = text + letters, number - value
    return text


def body_lines(report: FormII06aReport) -> Iterator[BodyLine]:
    """Headings, their field rows, then the total."""
    heading, heading_number, field_number = None, 0, 0
    for row in report.rows:
        if row.heading and row.heading != heading:
            heading, heading_number, field_number = row.heading, heading_number + 1, 0
            yield BodyLine("heading", roman(heading_number), row.heading)
        field_number += 1
        yield BodyLine("field", str(field_number), row.field_name, _counts(row))
    yield BodyLine("total", "", TOTAL_LABEL, tuple(report.total.get(k, 0) for k in COUNT_COLUMNS))


def _counts(row: FieldRow) -> tuple[int, ...]:
    return tuple(row.columns.get(key, 0) for key in COUNT_COLUMNS)
