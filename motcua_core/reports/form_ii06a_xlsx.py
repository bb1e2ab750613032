"""Form II.06a as an XLSX workbook laid out as the printed form, with the late annex.

Sheet "II.06a": the units and the form's label, the title, "Từ ngày … đến ngày …", the unit of
count, the three-level header with merged cells (``form_ii06a_layout``), the numbered row
(1)…(13), headings and field rows, the total, the notes. Sheet "Phụ lục": the late dossiers
with the reasons their apology letters gave. Texts people typed (reasons) are written through
``motcua_core.spreadsheet_text`` so that none becomes a formula.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from motcua_core.domain.form_ii06a import COLUMNS
from motcua_core.reports import form_ii06a_text as text
from motcua_core.reports.form_ii06a_layout import (
    HEADER_LEVELS,
    BodyLine,
    body_lines,
    header_cells,
    numbered_row,
)
from motcua_core.reports.form_ii06a_report import FormII06aReport, LateDossier
from motcua_core.spreadsheet_text import append_row, keep_as_text

#: The sheet row the column header starts on.
HEADER_ROW = 7
WIDTHS = (5, 38, 9, 9, 11, 13, 9, 9, 9, 9, 9, 9, 9)
ANNEX_WIDTHS = (5, 26, 16, 36, 17, 17, 17, 50)
_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
_LAST = get_column_letter(len(COLUMNS))


def write_form_ii06a_xlsx(report: FormII06aReport, path: Path) -> None:
    """Write the form (sheet "II.06a") and its annex (sheet "Phụ lục") to ``path``."""
    book = Workbook()
    sheet = book.active
    sheet.title = "II.06a"
    _top(sheet, report)
    _header(sheet)
    end = _body(sheet, report)
    _notes(sheet, report, end + 2)
    _annex(book.create_sheet("Phụ lục"), report)
    book.save(path)


def _merged(sheet: Any, cells: str, value: str, **style: Any) -> None:
    sheet.merge_cells(cells)
    cell = sheet[cells.split(":")[0]]
    cell.value = value
    keep_as_text(cell)
    cell.alignment = style.pop("alignment", _CENTRE)
    if style:
        cell.font = Font(**style)


def _top(sheet: Any, report: FormII06aReport) -> None:
    """Units, label, title, period, unit of count (rows 1–6), with the column widths."""
    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    _merged(sheet, "A1:F1", f"{text.REPORTING_UNIT}: {report.office_name}", bold=True)
    _merged(sheet, "H1:M1", text.FORM_LABEL, italic=True)
    _merged(sheet, "H2:M2", text.RECEIVING_UNIT)
    _merged(sheet, f"A3:{_LAST}3", text.TITLE, bold=True, size=13)
    _merged(sheet, f"A4:{_LAST}4", text.SUBTITLE, bold=True)
    _merged(sheet, f"A5:{_LAST}5", text.period_line(report), italic=True)
    right = Alignment(horizontal="right")
    _merged(sheet, "J6:M6", text.UNIT_LINE, italic=True, alignment=right)


def _header(sheet: Any) -> None:
    """The three header levels (merged as printed) and the numbered row under them."""
    for cell in header_cells():
        top, left = HEADER_ROW + cell.level, cell.column + 1
        bottom, right = top + cell.rows - 1, left + cell.columns - 1
        if (bottom, right) != (top, left):
            sheet.merge_cells(start_row=top, start_column=left, end_row=bottom, end_column=right)
        target = sheet.cell(top, left, cell.text)
        target.font, target.alignment = Font(bold=True), _CENTRE
    numbers = HEADER_ROW + HEADER_LEVELS
    for column, label in enumerate(numbered_row(), start=1):
        sheet.cell(numbers, column, label).alignment = _CENTRE
    _box(sheet, HEADER_ROW, numbers)


def _box(sheet: Any, first: int, last: int) -> None:
    for row in sheet.iter_rows(min_row=first, max_row=last, max_col=len(COLUMNS)):
        for cell in row:
            cell.border = _BOX


def _body(sheet: Any, report: FormII06aReport) -> int:
    """Headings, field rows and the total; returns the last row written."""
    first = HEADER_ROW + HEADER_LEVELS + 1
    for line in body_lines(report):
        append_row(sheet, [line.number, line.label, *line.counts])
        _style_line(sheet, line)
    _box(sheet, first, sheet.max_row)
    return int(sheet.max_row)


def _style_line(sheet: Any, line: BodyLine) -> None:
    row = sheet[sheet.max_row]
    row[0].alignment = Alignment(horizontal="center")
    if line.kind == "heading":
        sheet.merge_cells(start_row=row[0].row, start_column=2, end_row=row[0].row, end_column=13)
    if line.kind != "field":
        for cell in row:
            cell.font = Font(bold=True)


def _notes(sheet: Any, report: FormII06aReport, row: int) -> None:
    sheet.cell(row, 1, "Ghi chú:").font = Font(bold=True, italic=True)
    for offset, note in enumerate(text.form_notes(report), start=1):
        _merged(sheet, f"A{row + offset}:{_LAST}{row + offset}", f"- {note}",
                alignment=Alignment(wrap_text=True, vertical="top"))  # fmt: skip
        sheet.row_dimensions[row + offset].height = 30


def _annex(sheet: Any, report: FormII06aReport) -> None:
    for index, width in enumerate(ANNEX_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    _merged(sheet, "A1:H1", text.ANNEX_TITLE, bold=True, size=12)
    _merged(sheet, "A2:H2", text.period_line(report), italic=True)
    append_row(sheet, list(text.ANNEX_COLUMNS))
    for cell in sheet[sheet.max_row]:
        cell.font, cell.alignment, cell.border = Font(bold=True), _CENTRE, _BOX
    for number, line in enumerate(report.late, start=1):
        append_row(sheet, annex_cells(number, line, report.tz))


def annex_cells(number: int, line: LateDossier, tz: tzinfo) -> list[Any]:
    """One annex line: number, code, field, procedure, dates (local), reason."""
    return [
        number, line.code, line.field_name, line.procedure_name, _moment(line.received_at, tz),
        _moment(line.due_at, tz), _moment(line.finished_at, tz), line.reason or text.NO_REASON,
    ]  # fmt: skip


def _moment(value: datetime | None, tz: tzinfo) -> str:
    return "" if value is None else f"{value.astimezone(tz):%H:%M %d/%m/%Y}"
