"""The shared form renderer: Vietnamese legal header, HTML body, Code128 barcode, pages.

A form is plain data (``PrintableForm``): its number, title and an HTML body built with the
helpers below. ``render_form`` lays it out with ``QTextDocument`` in Noto Sans on the printer's
page (A5 or A4, several pages when long) and places the barcode (drawn with ``draw_code128`` at
the printer's resolution, whole device pixels per module) where the body says ``BARCODE_TAG``.

    form = PrintableForm("01", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", office, body,
                         barcode=code)
    print_form(form, pdf_path="receipt.pdf")      # or printer_name="HP LaserJet"
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QRectF, QSizeF, QUrl
from PySide6.QtGui import QFont, QFontDatabase, QImage, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from desktop_app.printing.barcode import QUIET_ZONE_MODULES, code128_modules, draw_code128
from desktop_app.printing.output import A4, A5, make_printer
from desktop_app.printing.qr import qr_image
from desktop_app.resources import resource_path

FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf")
FONT_FAMILY = "Noto Sans"
#: Body text size: 8.5 pt on A5 keeps the receipt (form 01) on one page with the catalogue's
#: longest procedure and checklist; still above the 8 pt floor of printed notices.
BODY_POINT_SIZE = {A5: 8.5, A4: 10.5}
MARGIN_MM = {A5: 10.0, A4: 12.0}
BARCODE_MODULE_MM = 0.3
BARCODE_HEIGHT_MM = 11.0
BARCODE_TAG = "<!--barcode-->"
#: A QR module of 0.4 mm is 3 dots at 203 dpi: phones read it from a hand's length.
QR_MODULE_MM = 0.4
_CSS_DPI = 96.0
_fonts_loaded = False


@dataclass(frozen=True)
class OfficeHeading:
    """The issuing office as the header's left column prints it."""

    parent_name: str
    unit_name: str = "BỘ PHẬN MỘT CỬA"
    logo_png: bytes | None = None


@dataclass(frozen=True)
class PrintableForm:
    """A form ready to render.

    Attributes:
        number: "01" … "07", or "" for lists without a form number.
        title: the title in Vietnamese capitals.
        office: the issuing office (left column of the header).
        body_html: the body; ``BARCODE_TAG`` marks where the barcode goes.
        barcode: the value to print as Code128 (a dossier code), or None.
        page: ``A5`` or ``A4``.
        place_date: the "…, ngày … tháng … năm …" line under the motto, or "".
        qr: an address to print as a QR code beside the barcode (the public lookup), or None.
    """

    number: str
    title: str
    office: OfficeHeading
    body_html: str
    barcode: str | None = None
    page: QPageSize.PageSizeId = A5
    place_date: str = ""
    subtitle: str = ""
    qr: str | None = None


def esc(value: object) -> str:
    """HTML-escaped text of ``value`` (None → empty)."""
    return "" if value is None else html.escape(str(value))


def moment_vi(value: datetime | None, tz: ZoneInfo) -> str:
    """``09 giờ 30 phút, ngày 26/11/2026`` in office time (empty for None)."""
    if value is None:
        return ""
    local = value.astimezone(tz)
    return f"{local:%H} giờ {local:%M} phút, ngày {local:%d/%m/%Y}"


def date_vi(value: date | datetime | None, tz: ZoneInfo | None = None) -> str:
    """``26/11/2026`` (a moment is taken in office time)."""
    if value is None:
        return ""
    if isinstance(value, datetime) and tz is not None:
        value = value.astimezone(tz)
    return f"{value:%d/%m/%Y}"


def place_date_vi(value: datetime, tz: ZoneInfo, place: str = "") -> str:
    """The dateline of a document: ``Hoàn Kiếm, ngày 26 tháng 11 năm 2026``."""
    local = value.astimezone(tz)
    prefix = f"{place}, ngày" if place else "Ngày"
    return f"{prefix} {local.day:02d} tháng {local.month:02d} năm {local.year}"


def field_rows(rows: list[tuple[str, str]], label_width: int = 34) -> str:
    """Label: value lines as a borderless table (values already escaped)."""
    cells = "".join(
        f"<tr><td width='{label_width}%' style='padding:0 4px 0 0'>{esc(label)}:</td>"
        f"<td style='padding:0'>{value}</td></tr>"
        for label, value in rows
    )
    return f"<table width='100%' cellspacing='0' cellpadding='0'>{cells}</table>"


def grid(
    headers: list[str], rows: list[list[str]], widths: list[int] | None = None, padding: int = 2
) -> str:
    """A bordered table; ``rows`` are already escaped HTML cells."""
    widths = widths or [0] * len(headers)
    head = "".join(
        f"<th{f' width={w}%' if w else ''} style='border:1px solid black;padding:{padding}px'>"
        f"{esc(h)}</th>"
        for h, w in zip(headers, widths, strict=True)
    )
    body = "".join(
        "<tr>"
        + "".join(f"<td style='border:1px solid black;padding:{padding}px'>{c}</td>" for c in row)
        + "</tr>"
        for row in rows
    )
    return (
        f"<table width='100%' cellspacing='0' cellpadding='{padding}' border='1' "
        f"style='border-collapse:collapse;border:1px solid black'><tr>{head}</tr>{body}</table>"
    )


def signatures(left: tuple[str, str], right: tuple[str, str], room_lines: int = 4) -> str:
    """Two signature blocks: (role, name) each, with ``room_lines`` empty lines to sign in."""
    room = "<br/>" * room_lines

    def block(role: str, name: str) -> str:
        return (
            f"<td width='50%' align='center'><b>{esc(role)}</b><br/>"
            f"<i>(Ký và ghi rõ họ tên)</i>{room}<b>{esc(name)}</b></td>"
        )

    return (
        f"<table width='100%' style='margin-top:6px'><tr>{block(*left)}{block(*right)}</tr></table>"
    )


def ensure_form_fonts() -> str:
    """Register the shipped Noto Sans with Qt once; returns the family to use."""
    global _fonts_loaded
    if not _fonts_loaded:
        for name in FONT_FILES:
            QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        _fonts_loaded = True
    return FONT_FAMILY


def header_html(form: PrintableForm) -> str:
    """The legal header: office left, national name and motto right, form number above."""
    number = (
        f"<p align='right' style='margin:0'><i>Mẫu số {esc(form.number)}</i></p>"
        if form.number
        else ""
    )
    # The dateline sits under the motto, in its column: no line of its own.
    dateline = f"<br/><i>{esc(form.place_date)}</i>" if form.place_date else ""
    return (
        f"{number}<table width='100%' cellspacing='0' cellpadding='0'><tr>"
        f"<td width='42%' align='center'>{_logo_html(form.office)}"
        f"{esc(form.office.parent_name.upper())}<br/>"
        f"<b>{esc(form.office.unit_name.upper())}</b><br/>———————</td>"
        "<td width='58%' align='center'><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br/>"
        f"<b>Độc lập - Tự do - Hạnh phúc</b><br/>———————————{dateline}</td></tr></table>"
        f"<p align='center' style='margin:6px 0 2px 0'><b>{esc(form.title)}</b></p>"
        + (
            f"<p align='center' style='margin:0 0 6px 0'><i>{esc(form.subtitle)}</i></p>"
            if form.subtitle
            else ""
        )
    )


LOGO_HEIGHT_MM = 12.0


def _logo_html(office: OfficeHeading) -> str:
    if not office.logo_png:
        return ""
    height = LOGO_HEIGHT_MM / 25.4 * _CSS_DPI
    return f"<img src='logo:office' height='{height:.1f}'/><br/>"


def _barcode_image(value: str, dpi: float) -> tuple[QImage, float, float]:
    """The barcode as a 1-bit image at ``dpi`` and its size in CSS pixels (w, h)."""
    modules = len(code128_modules(value)) + 2 * QUIET_ZONE_MODULES
    module_px = max(1, round(BARCODE_MODULE_MM * dpi / 25.4))
    width, height = modules * module_px, max(1, round(BARCODE_HEIGHT_MM * dpi / 25.4))
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    draw_code128(painter, QRectF(0, 0, width, height), value, caption=False)
    painter.end()
    mono = image.convertToFormat(QImage.Format.Format_Mono)
    return mono, width / dpi * _CSS_DPI, height / dpi * _CSS_DPI


def _codes_html(form: PrintableForm, barcode: str, dpi: float, document: QTextDocument) -> str:
    """The barcode with its caption, and the QR code at its right when the form has one."""
    image, width, height = _barcode_image(barcode, dpi)
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("barcode:main"), image)
    bars = (
        f"<img src='barcode:main' width='{width:.2f}' height='{height:.2f}'/>"
        f"<br/><b>{esc(barcode)}</b>"
    )
    if not form.qr:
        return f"<p align='center' style='margin:2px 0 0 0'>{bars}</p>"
    qr = qr_image(form.qr, dpi, QR_MODULE_MM)
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("qr:lookup"), qr)
    side = qr.width() / dpi * _CSS_DPI
    return (
        "<table width='100%' cellspacing='0' cellpadding='0' style='margin-top:2px'><tr>"
        f"<td width='22%'></td><td align='center' valign='middle'>{bars}</td>"
        f"<td width='22%' align='right'><img src='qr:lookup' width='{side:.2f}' "
        f"height='{side:.2f}'/><br/><small>Tra cứu hồ sơ</small></td></tr></table>"
    )


def build_document(form: PrintableForm, printer: QPrinter) -> QTextDocument:
    """The form laid out on the printer's page (device pixels)."""
    family = ensure_form_fonts()
    document = QTextDocument()
    document.documentLayout().setPaintDevice(printer)
    font = QFont(family, 10)
    font.setPointSizeF(BODY_POINT_SIZE.get(form.page, 10.0))
    font.setFamilies([family])
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    body = form.body_html
    if form.office.logo_png:
        logo = QImage.fromData(form.office.logo_png)
        if not logo.isNull():
            document.addResource(
                QTextDocument.ResourceType.ImageResource, QUrl("logo:office"), logo
            )
    if form.barcode:
        tag = _codes_html(form, form.barcode, printer.resolution(), document)
        body = body.replace(BARCODE_TAG, tag) if BARCODE_TAG in body else tag + body
    document.setHtml(f"<html><body>{header_html(form)}{body}</body></html>")
    page = printer.pageLayout().paintRectPixels(printer.resolution())
    document.setPageSize(QSizeF(page.width(), page.height()))
    return document


def render_form(form: PrintableForm, printer: QPrinter) -> int:
    """Paint ``form`` on ``printer`` (PDF, paper or preview); returns the number of pages."""
    document = build_document(form, printer)
    size = document.pageSize()
    painter = QPainter(printer)
    try:
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            painter.save()
            painter.translate(0, -index * size.height())
            document.drawContents(
                painter, QRectF(0, index * size.height(), size.width(), size.height())
            )
            painter.restore()
    finally:
        painter.end()
    return document.pageCount()


def form_printer(
    form: PrintableForm, *, pdf_path: str | Path | None = None, printer_name: str = ""
) -> QPrinter:
    """A printer (or PDF writer) with the form's page and margins."""
    return make_printer(
        form.page, pdf_path=pdf_path, printer_name=printer_name,
        margins_mm=MARGIN_MM.get(form.page, 12.0),
    )  # fmt: skip


def print_form(
    form: PrintableForm, *, pdf_path: str | Path | None = None, printer_name: str = ""
) -> int:
    """Print ``form`` to a PDF file or a named printer; returns the number of pages.

    Raises:
        PrinterNotFound: ``printer_name`` is not installed (the dossier is safe: print again
            from the dossier view).
    """
    return render_form(form, form_printer(form, pdf_path=pdf_path, printer_name=printer_name))


__all__ = [
    "A4", "A5", "BARCODE_TAG", "OfficeHeading", "PrintableForm", "date_vi", "esc", "field_rows",
    "grid", "moment_vi", "place_date_vi", "print_form", "render_form", "signatures",
]  # fmt: skip
