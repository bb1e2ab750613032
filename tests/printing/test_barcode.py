"""Barcodes drawn by the program decode, with a real decoder (zbar), back to the exact value."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF  # noqa: E402
from PySide6.QtGui import QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.printing.barcode import barcode_width_mm, code128_modules, draw_code128  # noqa: E402
from desktop_app.printing.output import THERMAL_DPI, make_printer, mm_to_device, roll_page_size  # noqa: E402

ZBAR = shutil.which("zbarimg")
PDFTOPPM = shutil.which("pdftoppm")
needs_zbar = pytest.mark.skipif(
    not ZBAR and not os.environ.get("CI"), reason="zbarimg not installed (Debian zbar-tools)"
)

VALUES = ["000.00.06.H56-231027-0361", "A012", "B0999", "000.00.12.H61-260213-12345"]


@pytest.fixture(scope="module")
def gui_app():
    return QApplication.instance() or QApplication([])


def decode(image_path: Path) -> list[str]:
    assert ZBAR, "zbarimg is required (Debian package zbar-tools)"
    result = subprocess.run(
        [ZBAR, "--nodbus", "--raw", "-q", str(image_path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return result.stdout.split()


def test_modules_are_bars_and_spaces() -> None:
    modules = code128_modules("A012")
    assert set(modules) == {"0", "1"} and modules.startswith("11")
    with pytest.raises(ValueError):
        code128_modules("")


@needs_zbar
@pytest.mark.parametrize("value", VALUES)
def test_barcode_image_at_203_dpi_decodes(gui_app, tmp_path: Path, value: str) -> None:
    dots_per_mm = THERMAL_DPI / 25.4
    width = int(barcode_width_mm(value) * dots_per_mm) + 20
    image = QImage(width, int(20 * dots_per_mm), QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    draw_code128(painter, QRectF(0, 0, image.width(), image.height()), value)
    painter.end()
    path = tmp_path / "code.png"
    image.save(str(path))
    assert decode(path) == [value]


@needs_zbar
@pytest.mark.skipif(not PDFTOPPM and not os.environ.get("CI"), reason="pdftoppm not installed")
def test_barcode_printed_to_pdf_decodes_after_rendering_at_203_dpi(gui_app, tmp_path: Path):
    value = VALUES[0]
    pdf = tmp_path / "ticket.pdf"
    printer = make_printer(roll_page_size(80, 40), pdf_path=pdf, resolution=THERMAL_DPI)
    painter = QPainter(printer)
    margin = mm_to_device(printer, 2)
    draw_code128(
        painter, QRectF(margin, margin, mm_to_device(printer, 76), mm_to_device(printer, 20)), value
    )
    painter.end()
    subprocess.run(
        [PDFTOPPM, "-r", str(THERMAL_DPI), "-png", str(pdf), str(tmp_path / "page")],
        check=True,
        timeout=60,
    )
    pages = sorted(tmp_path.glob("page*.png"))
    assert pages and decode(pages[0]) == [value]
