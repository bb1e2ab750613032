"""Loads the shipped Noto Sans and makes it the application font.

The platform default on Linux (DejaVu Sans) cuts off the upper mark of stacked Vietnamese
capitals such as Ắ, Ầ and Ễ; Noto Sans draws them fully, on every platform the app runs on.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from desktop_app.resources import resource_path

log = logging.getLogger(__name__)

FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf")
FALLBACK_FAMILY = "Noto Sans"
DEFAULT_POINT_SIZE = 11


def load_shipped_fonts() -> list[str]:
    """Register the shipped font files with Qt.

    Returns:
        The font families the files provide (empty when none could be loaded).
    """
    families: list[str] = []
    for name in FONT_FILES:
        path = resource_path("fonts", name)
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load the font file %s", path)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    return families


def setup_application_font(point_size: int = DEFAULT_POINT_SIZE) -> QFont:
    """Load the shipped fonts and set Noto Sans as the font of every widget.

    Must run after the ``QGuiApplication`` exists and before windows are built.

    Returns:
        The font now in use.
    """
    families = load_shipped_fonts()
    family = families[0] if families else FALLBACK_FAMILY
    font = QFont(family, point_size)
    # Keep any other family a style sheet may name from replacing Noto for Vietnamese marks.
    font.setFamilies([family])
    QGuiApplication.setFont(font)
    return font
