"""The service index (Decision 766) printed on A4 (PDF or a named printer): the scored table,
the notes, the late dossiers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app.printing.forms.base import A4, OfficeHeading, PrintableForm, esc, grid, print_form
from desktop_app.services.reports.index766 import OfficeIndex
from motcua_core.domain.form_ii06a import OFFICE_TZ
from motcua_core.domain.index766 import TABLE_HEADINGS, index_rows

TITLE = "CHỈ SỐ CHỈ ĐẠO, ĐIỀU HÀNH VÀ ĐÁNH GIÁ CHẤT LƯỢNG PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP"
LATE_SHOWN = 200


def vi_number(value: float, decimals: int = 2) -> str:
    """``12.5`` → ``12,50`` (Vietnamese decimal comma)."""
    return f"{value:.{decimals}f}".replace(".", ",")


def _share(value: Any, unit: str = "fraction") -> str:
    if value is None:
        return ""
    if unit == "days":
        return f"{vi_number(value)} ngày"
    return f"{vi_number(value * 100)}%"


def _cells(row: dict[str, Any]) -> list[str]:
    name = esc(str(row["name"]))
    name = f"<b>{name}</b>" if row["group"] else f"&nbsp;&nbsp;&nbsp;{name}"
    points = "" if row["points"] is None else vi_number(row["points"])
    measured = "Có" if row["measured"] else "Không đo"
    threshold = _share(row["threshold"])
    return [name, _share(row["value"], str(row["unit"])), threshold, points,
            vi_number(row["max"], 0), measured]  # fmt: skip


def _index_table(result: OfficeIndex) -> str:
    rows = [_cells(row) for row in index_rows(result.index)]
    index = result.index
    total = f"<b>{vi_number(float(index.points))}</b>"
    maximum = vi_number(float(index.max_measured), 0)
    rows.append(["<b>Tổng điểm (phần đo được)</b>", "", "", total, maximum, ""])
    return grid(list(TABLE_HEADINGS), rows, [44, 11, 11, 8, 11, 15])


def _late_table(result: OfficeIndex) -> str:
    if not result.late:
        return ""
    rows = [
        [esc(d.code), esc(d.procedure_name), f"{d.received_at.astimezone(OFFICE_TZ):%d/%m/%Y}",
         f"{d.due_at.astimezone(OFFICE_TZ):%d/%m/%Y}" if d.due_at else "", esc(d.reason)]
        for d in result.late[:LATE_SHOWN]
    ]  # fmt: skip
    return "<p><b>Hồ sơ quá hạn (làm giảm điểm)</b></p>" + grid(
        ["Mã hồ sơ", "Thủ tục", "Ngày nhận", "Hạn trả", "Lý do"], rows, [28, 30, 12, 12, 18]
    )


def index766_form(result: OfficeIndex) -> PrintableForm:
    p = result.period
    notes = "".join(f"<li>{esc(note)}</li>" for note in result.index.notes)
    body = (
        f"<p align='center'><i>(Quyết định 766/QĐ-TTg) — Từ ngày {p.start:%d/%m/%Y} đến ngày "
        f"{p.end:%d/%m/%Y}</i></p>"
        + _index_table(result)
        + f"<p>Ghi chú:</p><ul>{notes}</ul>"
        + _late_table(result)
    )
    return PrintableForm("", TITLE, OfficeHeading(parent_name=result.office_name), body, page=A4)


def write_index766_pdf(result: OfficeIndex, path: Path, printer_name: str = "") -> int:
    """Print the index; to ``path`` as PDF unless a printer is named. Returns the page count.

    Needs a QGuiApplication (the caller makes one; offscreen is fine).
    """
    if printer_name:
        return print_form(index766_form(result), printer_name=printer_name)
    return print_form(index766_form(result), pdf_path=path)
