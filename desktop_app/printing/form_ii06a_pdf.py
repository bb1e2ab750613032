"""Form II.06a printed on A4 landscape (PDF or a named printer), on the shared form renderer.

The table is the printed form's: the three-level header of ``form_ii06a_layout`` (row and
column spans), the numbered row (1)…(13), headings, field rows and the total; the notes follow,
then the annex of late dossiers with the reasons of their apology letters.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPageLayout

from desktop_app.printing.forms.base import (
    A4,
    OfficeHeading,
    PrintableForm,
    esc,
    form_printer,
    render_form,
)
from desktop_app.printing.report_text import format_number_vi
from motcua_core.domain.form_ii06a import COLUMNS
from motcua_core.reports import form_ii06a_text as text
from motcua_core.reports.form_ii06a_layout import (
    HEADER_LEVELS,
    BodyLine,
    body_lines,
    header_cells,
    numbered_row,
)
from motcua_core.reports.form_ii06a_report import FormII06aReport
from motcua_core.reports.form_ii06a_xlsx import annex_cells

_CELL = "border:1px solid black;padding:2px"
#: Column widths in percent of the page's width.
WIDTHS = (4, 20, 6, 6, 8, 12, 6, 6, 6, 6, 7, 7, 6)
ANNEX_WIDTHS = (3, 21, 9, 18, 10, 10, 10, 19)


def _header_html() -> str:
    rows = [""] * (HEADER_LEVELS + 1)
    for cell in sorted(header_cells(), key=lambda c: (c.level, c.column)):
        width = sum(WIDTHS[cell.column : cell.column + cell.columns])
        rows[cell.level] += (
            f"<th rowspan={cell.rows} colspan={cell.columns} width={width}% "
            f"style='{_CELL}'>{esc(cell.text)}</th>"
        )
    rows[HEADER_LEVELS] = "".join(
        f"<td align='center' style='{_CELL}'><i>{n}</i></td>" for n in numbered_row()
    )
    return "".join(f"<tr>{row}</tr>" for row in rows)


def _line_html(line: BodyLine) -> str:
    bold = line.kind != "field"
    label = f"<b>{esc(line.label)}</b>" if bold else esc(line.label)
    if line.kind == "heading":
        return (
            f"<tr><td align='center' style='{_CELL}'><b>{line.number}</b></td>"
            f"<td colspan={len(COLUMNS) - 1} style='{_CELL}'>{label}</td></tr>"
        )
    counts = "".join(
        f"<td align='right' style='{_CELL}'>{_bold(format_number_vi(n), bold)}</td>"
        for n in line.counts
    )
    return (
        f"<tr><td align='center' style='{_CELL}'>{line.number}</td>"
        f"<td style='{_CELL}'>{label}</td>{counts}</tr>"
    )


def _bold(value: str, bold: bool) -> str:
    return f"<b>{value}</b>" if bold else value


def _table(report: FormII06aReport) -> str:
    body = "".join(_line_html(line) for line in body_lines(report))
    return (
        "<table width='100%' cellspacing='0' cellpadding='2' border='1' "
        f"style='border-collapse:collapse'>{_header_html()}{body}</table>"
    )


def _notes(report: FormII06aReport) -> str:
    items = "".join(f"<br/>- {esc(note)}" for note in text.form_notes(report))
    return f"<p style='margin:4px 0 0 0'><b><i>Ghi chú:</i></b>{items}</p>"


def _annex(report: FormII06aReport) -> str:
    if not report.late:
        return ""
    rows = "".join(
        "<tr>" + "".join(f"<td style='{_CELL}'>{esc(c)}</td>" for c in cells) + "</tr>"
        for cells in (annex_cells(n, line, report.tz) for n, line in enumerate(report.late, 1))
    )
    head = "".join(
        f"<th width={w}% style='{_CELL}'>{esc(c)}</th>"
        for c, w in zip(text.ANNEX_COLUMNS, ANNEX_WIDTHS, strict=True)
    )
    return (
        "<p align='center' style='page-break-before:always;margin-top:0'>"
        f"<b>{esc(text.ANNEX_TITLE)}</b><br/><i>{esc(text.period_line(report))}</i></p>"
        "<table width='100%' cellspacing='0' cellpadding='2' border='1' "
        f"style='border-collapse:collapse'><tr>{head}</tr>{rows}</table>"
    )


def form_ii06a_form(report: FormII06aReport) -> PrintableForm:
    """The printable form: header, period, unit of count, table, notes, annex."""
    body = (
        f"<p align='right' style='margin:0'><i>{esc(text.FORM_LABEL)}</i><br/>"
        f"{esc(text.RECEIVING_UNIT)}</p>"
        f"<p align='center' style='margin:0'><i>{esc(text.period_line(report))}</i></p>"
        f"<p align='right' style='margin:0'><i>{esc(text.UNIT_LINE)}</i></p>"
        + _table(report)
        + _notes(report)
        + _annex(report)
    )
    office = OfficeHeading(parent_name=f"{text.REPORTING_UNIT}:", unit_name=report.office_name)
    return PrintableForm("", text.TITLE, office, body, page=A4, subtitle=text.SUBTITLE)


def write_form_ii06a_pdf(report: FormII06aReport, path: Path, printer_name: str = "") -> int:
    """Print the form on A4 landscape, to ``path`` as PDF unless a printer is named.

    Returns the page count; needs a QGuiApplication (offscreen is fine).
    """
    form = form_ii06a_form(report)
    if printer_name:
        printer = form_printer(form, printer_name=printer_name)
    else:
        printer = form_printer(form, pdf_path=path)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    return render_form(form, printer)
