"""QR codes drawn with QPainter, module by module, like the Code128 barcode.

segno encodes the text into a matrix of dark and light modules; we paint the dark ones with
``fillRect`` at a whole number of device pixels each (SVG output risks the same mis-scaling in
QtSvg as python-barcode's). Error correction level M: a receipt folded once still scans.
"""

from __future__ import annotations

import segno
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

#: The quiet zone the QR standard asks for, in modules on each side.
QR_QUIET_ZONE_MODULES = 4


def qr_matrix(text: str) -> list[list[bool]]:
    """The modules of ``text``'s QR code, rows of True (dark) and False, without quiet zone.

    Raises:
        ValueError: the text is empty or too long for a QR code.
    """
    if not text:
        raise ValueError("an empty text cannot be encoded as a QR code")
    try:
        code = segno.make_qr(text, error="m", boost_error=False)
    except segno.DataOverflowError as exc:
        raise ValueError(f"too long for a QR code: {exc}") from exc
    return [[bool(bit) for bit in row] for row in code.matrix]


def qr_modules_across(text: str) -> int:
    """How many modules wide the printed code is, quiet zones included."""
    return len(qr_matrix(text)) + 2 * QR_QUIET_ZONE_MODULES


def draw_qr(painter: QPainter, area: QRectF, text: str) -> None:
    """Draw ``text``'s QR code centred in ``area`` (device units), whole pixels per module."""
    matrix = qr_matrix(text)
    side = min(area.width(), area.height())
    module = max(1, int(side // (len(matrix) + 2 * QR_QUIET_ZONE_MODULES)))
    left = area.left() + (area.width() - len(matrix) * module) / 2
    top = area.top() + (area.height() - len(matrix) * module) / 2
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    black = QColor(0, 0, 0)
    for y, row in enumerate(matrix):
        for x, length in _dark_runs(row):
            painter.fillRect(
                QRectF(left + x * module, top + y * module, length * module, module), black
            )
    painter.restore()


def _dark_runs(row: list[bool]) -> list[tuple[int, int]]:
    """``(first column, length)`` of each run of dark modules in ``row``."""
    runs = []
    start = -1
    for index, dark in enumerate([*row, False]):
        if dark and start < 0:
            start = index
        elif not dark and start >= 0:
            runs.append((start, index - start))
            start = -1
    return runs


def qr_image(text: str, dpi: float, module_mm: float) -> QImage:
    """The QR code as a 1-bit image at ``dpi``, ``module_mm`` per module (rounded to pixels)."""
    module_px = max(1, round(module_mm * dpi / 25.4))
    side = qr_modules_across(text) * module_px
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    draw_qr(painter, QRectF(0, 0, side, side), text)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_Mono)
