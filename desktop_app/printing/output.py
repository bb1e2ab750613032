"""Where a print goes: a named printer or a PDF file, on a page of a given size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

THERMAL_DPI = 203
A5 = QPageSize.PageSizeId.A5
A4 = QPageSize.PageSizeId.A4


class PrinterNotFound(RuntimeError):
    """The named printer is not installed on this PC."""


def roll_page_size(width_mm: float, height_mm: float) -> QPageSize:
    """A custom page for roll paper (e.g. 80 mm tickets)."""
    return QPageSize(QSizeF(width_mm, height_mm), QPageSize.Unit.Millimeter, "Roll")


def make_printer(
    page: QPageSize | QPageSize.PageSizeId,
    *,
    pdf_path: str | Path | None = None,
    printer_name: str = "",
    resolution: int | None = None,
    margins_mm: float = 0.0,
) -> QPrinter:
    """A QPrinter for a PDF file (when ``pdf_path`` is given) or the named printer.

    Raises:
        PrinterNotFound: ``printer_name`` is not an installed printer.
    """
    if pdf_path is None and printer_name:
        names = [info.printerName() for info in QPrinterInfo.availablePrinters()]
        if printer_name not in names:
            raise PrinterNotFound(f"printer {printer_name!r} is not installed")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if resolution:
        printer.setResolution(resolution)
    if pdf_path is not None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf_path))
    elif printer_name:
        printer.setPrinterName(printer_name)
    page_size = page if isinstance(page, QPageSize) else QPageSize(page)
    layout = QPageLayout(
        page_size,
        QPageLayout.Orientation.Portrait,
        QMarginsF(margins_mm, margins_mm, margins_mm, margins_mm),
        QPageLayout.Unit.Millimeter,
    )
    printer.setPageLayout(layout)
    return printer


def mm_to_device(printer: QPrinter, mm: float) -> float:
    """Millimetres in the printer's device pixels."""
    return mm * printer.resolution() / 25.4
