"""Starts the graphical station: application, fonts, translation, style, main window.

Qt is imported inside ``run_gui`` so that ``has_display`` stays cheap for the command line.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.app import AppContext

NO_DISPLAY_HINT = (
    "No display found: set QT_QPA_PLATFORM=offscreen or run under Xvfb (e.g. xvfb-run desktop-app)."
)


def has_display(environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Whether a window can be opened at all.

    False only on Linux with neither ``DISPLAY`` nor ``WAYLAND_DISPLAY`` set and no
    ``QT_QPA_PLATFORM`` chosen; Qt would otherwise abort the process.
    """
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return True
    return any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def run_gui(context: AppContext, argv: list[str] | None = None) -> int:
    """Open the station window for ``context`` and run the event loop.

    Returns:
        The event loop's exit code.
    """
    from PySide6.QtWidgets import QApplication

    from desktop_app.config import APP_AUTHOR, APP_NAME
    from desktop_app.ui.common.fonts import setup_application_font
    from desktop_app.ui.common.i18n import install_translation
    from desktop_app.ui.common.operations import wait_for_operations
    from desktop_app.ui.common.startup_probe import attach_probe_if_asked
    from desktop_app.ui.common.style import apply_style_sheets
    from desktop_app.ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv if argv is None else argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    setup_application_font()
    install_translation(app, context.settings.language)
    apply_style_sheets(app)

    window = MainWindow(context)
    attach_probe_if_asked(window)
    window.show_for_role()
    code = app.exec()
    wait_for_operations()
    return code
