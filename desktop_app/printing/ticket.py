"""The queue ticket on an 80 mm thermal roll: office, area, the big number, priority mark,
date and time, people waiting ahead, estimated wait, and a Code128 barcode of the ticket.

The same painting goes to a named printer, a PDF file (``print_ticket``) or an image
(``ticket_image``, for the kiosk's screen, benchmarks and screenshots). Printed text is
Vietnamese (a printed public document), in the shipped Noto Sans.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter, QPen

from desktop_app.printing.barcode import draw_code128
from desktop_app.printing.output import THERMAL_DPI, make_printer, roll_page_size
from desktop_app.resources import resource_path
from desktop_app.services.queue.tickets import TicketInfo

ROLL_WIDTH_MM = 80.0
TICKET_HEIGHT_MM = 100.0
SIDE_MARGIN_MM = 4.0
FONT_FAMILY = "Noto Sans"
_fonts_loaded = False


@dataclass(frozen=True)
class TicketPrint:
    """What a ticket shows; built from a ``TicketInfo`` and the office."""

    office_name: str
    area_name: str
    display_number: str
    priority_label: str
    issued_at: datetime
    waiting_ahead: int
    estimated_wait_minutes: int
    barcode: str
    booking_start: datetime | None = None  # a checked-in booking's slot start

    @classmethod
    def from_ticket(cls, ticket: TicketInfo, office_name: str) -> TicketPrint:
        return cls(
            office_name,
            ticket.area_name,
            ticket.display_number,
            ticket.priority_label,
            ticket.issued_at,
            ticket.waiting_ahead,
            ticket.estimated_wait_minutes,
            ticket.barcode,
            ticket.booking_start,
        )


def _ensure_fonts() -> None:
    global _fonts_loaded
    if not _fonts_loaded and FONT_FAMILY not in QFontDatabase.families():
        for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"):
            QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        _fonts_loaded = True


def _font(height_mm: float, dots_per_mm: float, *, bold: bool = False) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(max(6, round(height_mm * dots_per_mm)))
    font.setBold(bold)
    return font


class _Writer:
    """Lays out centred lines from the top of the ticket down."""

    def __init__(self, painter: QPainter, width: float, dots_per_mm: float) -> None:
        self.painter = painter
        self.mm = dots_per_mm
        self.left = SIDE_MARGIN_MM * dots_per_mm
        self.width = width - 2 * self.left
        self.y = 3 * dots_per_mm

    def text(self, text: str, size_mm: float, *, bold: bool = False, gap_mm: float = 1.0) -> None:
        self.painter.setFont(_font(size_mm, self.mm, bold=bold))
        flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap)
        bounds = self.painter.boundingRect(QRectF(self.left, self.y, self.width, 1e5), flags, text)
        self.painter.drawText(QRectF(self.left, self.y, self.width, bounds.height()), flags, text)
        self.y += bounds.height() + gap_mm * self.mm

    def rule(self, gap_mm: float = 1.5) -> None:
        pen = QPen(QColor(0, 0, 0))
        pen.setWidthF(max(1.0, 0.3 * self.mm))
        self.painter.setPen(pen)
        self.painter.drawLine(int(self.left), int(self.y), int(self.left + self.width), int(self.y))
        self.y += gap_mm * self.mm

    def inverse(self, text: str, size_mm: float) -> None:
        """White bold text on a black band: the priority mark stands out on a thermal print."""
        font = _font(size_mm, self.mm, bold=True)
        self.painter.setFont(font)
        height = self.painter.fontMetrics().height() + 1.5 * self.mm
        band = QRectF(self.left, self.y, self.width, height)
        self.painter.fillRect(band, QColor(0, 0, 0))
        self.painter.setPen(QColor(255, 255, 255))
        self.painter.drawText(band, int(Qt.AlignmentFlag.AlignCenter), text)
        self.painter.setPen(QColor(0, 0, 0))
        self.y += height + 1.5 * self.mm


def paint_ticket(painter: QPainter, width: float, dots_per_mm: float, ticket: TicketPrint,
                 tz: ZoneInfo) -> float:  # fmt: skip
    """Paint ``ticket`` from the top of ``painter``'s device, ``width`` device pixels wide.

    Returns:
        The height used, in device pixels.
    """
    _ensure_fonts()
    painter.setPen(QColor(0, 0, 0))
    out = _Writer(painter, width, dots_per_mm)
    out.text(ticket.office_name.upper(), 3.2, bold=True)
    out.rule()
    out.text("PHIẾU SỐ THỨ TỰ", 3.4, bold=True, gap_mm=0.5)
    out.text(ticket.area_name, 3.4)
    out.text(ticket.display_number, 17.0, bold=True, gap_mm=0.5)
    if ticket.priority_label:
        out.inverse(f"ƯU TIÊN — {ticket.priority_label}", 3.0)
    if ticket.booking_start is not None:
        out.inverse(f"ĐẶT HẸN — {ticket.booking_start.astimezone(tz):%H:%M}", 3.0)
    local = ticket.issued_at.astimezone(tz)
    out.text(f"{local:%H:%M}  ngày {local:%d/%m/%Y}", 3.2)
    out.text(f"Số người chờ trước: {ticket.waiting_ahead}", 3.2, gap_mm=0.3)
    wait = (
        f"Thời gian chờ dự kiến: khoảng {ticket.estimated_wait_minutes} phút"
        if ticket.estimated_wait_minutes
        else "Thời gian chờ dự kiến: được gọi ngay"
    )
    out.text(wait, 3.0)
    out.rule(1.0)
    bars = QRectF(out.left, out.y, out.width, 14 * dots_per_mm)
    draw_code128(painter, bars, ticket.barcode, caption=True, font=_font(2.6, dots_per_mm))
    out.y += bars.height() + 1.5 * dots_per_mm
    out.text("Xin vui lòng chờ đến lượt được gọi số.", 2.8, gap_mm=0.5)
    return out.y


def ticket_image(ticket: TicketPrint, tz: ZoneInfo, dpi: int = THERMAL_DPI) -> QImage:
    """The ticket as a white image at ``dpi`` (what the printer would print)."""
    dots_per_mm = dpi / 25.4
    width = round(ROLL_WIDTH_MM * dots_per_mm)
    image = QImage(width, round(TICKET_HEIGHT_MM * dots_per_mm), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dots_per_mm * 1000))
    image.setDotsPerMeterY(round(dots_per_mm * 1000))
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    try:
        used = paint_ticket(painter, width, dots_per_mm, ticket, tz)
    finally:
        painter.end()
    return image.copy(0, 0, width, min(image.height(), round(used + 3 * dots_per_mm)))


def print_ticket(
    ticket: TicketPrint,
    tz: ZoneInfo,
    *,
    pdf_path: str | Path | None = None,
    printer_name: str = "",
) -> None:
    """Print the ticket to ``printer_name`` or into the PDF file ``pdf_path``.

    Raises:
        PrinterNotFound: the named printer is not installed.
        OSError: the output cannot be written.
    """
    printer = make_printer(
        roll_page_size(ROLL_WIDTH_MM, TICKET_HEIGHT_MM),
        pdf_path=pdf_path,
        printer_name=printer_name,
        resolution=THERMAL_DPI,
    )
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(f"cannot start printing to {pdf_path or printer_name!r}")
    try:
        dots_per_mm = printer.resolution() / 25.4
        width = printer.pageLayout().fullRectPixels(printer.resolution()).width()
        paint_ticket(painter, width, dots_per_mm, ticket, tz)
    finally:
        painter.end()
