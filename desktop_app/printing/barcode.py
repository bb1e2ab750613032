"""Code128 barcodes drawn with QPainter at the device's resolution.

python-barcode encodes the value into modules (a string of 1 and 0); we draw the bars ourselves
because its SVG output mis-scales in QtSvg. Each module is a whole number of device pixels, so a
203 dpi thermal printer gets crisp bars a scanner reads.
"""

from __future__ import annotations

from barcode import Code128
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter

QUIET_ZONE_MODULES = 10
MIN_MODULE_MM = 0.25  # the narrowest bar 80 mm thermal printers and USB scanners handle well


def code128_modules(value: str) -> str:
    """The bars of ``value`` as a string of ``1`` (black) and ``0`` (white) modules.

    Raises:
        ValueError: the value cannot be encoded (empty, or characters outside Code128).
    """
    if not value:
        raise ValueError("an empty value cannot be encoded as a barcode")
    try:
        return str(Code128(value).build()[0])
    except Exception as exc:  # python-barcode raises its own error types
        raise ValueError(f"cannot encode {value!r} as Code128: {exc}") from exc


def barcode_width_mm(value: str, module_mm: float = MIN_MODULE_MM) -> float:
    """The printed width of ``value``'s barcode, quiet zones included."""
    return (len(code128_modules(value)) + 2 * QUIET_ZONE_MODULES) * module_mm


def draw_code128(
    painter: QPainter, area: QRectF, value: str, *, caption: bool = True, font: QFont | None = None
) -> None:
    """Draw ``value``'s barcode centred in ``area`` (device units of ``painter``).

    The module width is the largest whole number of device pixels that fits, at least one;
    the caption (the value in plain text) goes under the bars when ``caption`` is set.
    """
    modules = code128_modules(value)
    total = len(modules) + 2 * QUIET_ZONE_MODULES
    module = max(1, int(area.width() // total))
    caption_height = 0.0
    if caption:
        painter.save()
        if font is not None:
            painter.setFont(font)
        caption_height = painter.fontMetrics().height() * 1.1
        painter.restore()
    bars_height = max(1.0, area.height() - caption_height)
    left = area.left() + (area.width() - len(modules) * module) / 2
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    black = QColor(0, 0, 0)
    run_start = -1
    for index, bit in enumerate(modules + "0"):
        if bit == "1" and run_start < 0:
            run_start = index
        elif bit == "0" and run_start >= 0:
            width = (index - run_start) * module
            painter.fillRect(
                QRectF(left + run_start * module, area.top(), width, bars_height), black
            )
            run_start = -1
    if caption:
        if font is not None:
            painter.setFont(font)
        painter.setPen(black)
        text_area = QRectF(area.left(), area.top() + bars_height, area.width(), caption_height)
        painter.drawText(text_area, int(Qt.AlignmentFlag.AlignCenter), value)
    painter.restore()
