"""Applies the shipped style sheet (``resources/qss``) to the application."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QApplication

from desktop_app.resources import resource_path

log = logging.getLogger(__name__)

STYLE_SHEETS = ("shell.qss",)


def apply_style_sheets(app: QApplication) -> str:
    """Read the shipped style sheets and set them on ``app``.

    Returns:
        The style sheet text now in force (empty if none could be read).
    """
    parts: list[str] = []
    for name in STYLE_SHEETS:
        path = resource_path("qss", name)
        try:
            parts.append(path.read_text(encoding="utf-8"))
        except OSError as exc:
            log.warning("could not read the style sheet %s: %s", path, exc)
    text = "\n".join(parts)
    app.setStyleSheet(text)
    return text
