"""The service index (Decision 766) as an XLSX sheet: the scored table, its total and notes.

The office's workbook (``desktop_app.printing.index766_xlsx``) and the centre's (one sheet per
office and the ranking, ``central_server.report_index``) both lay an index out with
``index_sheet``. Values are stored as numbers (fractions shown as percentages), every row goes
through ``append_row`` so that texts stay texts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment, Font, PatternFill

from motcua_core.domain.index766 import TABLE_HEADINGS, ServiceIndex, index_rows
from motcua_core.spreadsheet_text import append_row

PERCENT = "0.00%"
POINTS = "0.00"
GROUP_FILL = PatternFill("solid", fgColor="DCE6F1")


def index_sheet(sheet: Any, index: ServiceIndex, title: str, dates: tuple[Any, Any]) -> None:
    """One index as a table under a title and its period."""
    append_row(sheet, [title])
    sheet.cell(sheet.max_row, 1).font = Font(bold=True, size=13)
    append_row(sheet, [f"Từ ngày {dates[0]:%d/%m/%Y} đến ngày {dates[1]:%d/%m/%Y}"])
    append_row(sheet, [])
    header(sheet, list(TABLE_HEADINGS))
    for row in index_rows(index):
        _table_row(sheet, row)
    total = ["Tổng điểm (phần đo được)", None, None, float(index.points), float(index.max_measured)]
    append_row(sheet, total)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    sheet.cell(sheet.max_row, 4).number_format = POINTS
    append_row(sheet, [])
    for note in index.notes:
        append_row(sheet, [note])
    widths(sheet, (70, 11, 10, 9, 12, 20))


def header(sheet: Any, titles: list[str]) -> None:
    """A bold, wrapped heading row."""
    append_row(sheet, titles)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")


def _table_row(sheet: Any, row: dict[str, Any]) -> None:
    name = row["name"] if row["group"] else f"   {row['name']}"
    measured = "Có" if row["measured"] else "Không đo tại đơn vị"
    append_row(sheet, [name, row["value"], row["threshold"], row["points"], row["max"], measured])
    line = sheet[sheet.max_row]
    line[1].number_format = POINTS if row["unit"] == "days" else PERCENT
    line[2].number_format = PERCENT
    line[3].number_format = line[4].number_format = POINTS
    if row["group"]:
        for cell in line:
            cell.font, cell.fill = Font(bold=True), GROUP_FILL


def widths(sheet: Any, sizes: Sequence[int]) -> None:
    """Column widths from A on."""
    for column, width in zip("ABCDEFGH", sizes, strict=False):
        sheet.column_dimensions[column].width = width
