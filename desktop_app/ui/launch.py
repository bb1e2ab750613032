"""Starts the graphical station: application, fonts, translation, style, main window.

Qt is imported inside ``run_gui`` so that ``has_display`` stays cheap for the command line.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from desktop_app.app import AppContext
    from desktop_app.config import Settings
    from desktop_app.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

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


def run_gui(
    target: AppContext | Callable[[], AppContext],
    argv: list[str] | None = None,
    *,
    settings: Settings | None = None,
) -> int:
    """Open the station window and run the event loop.

    ``target`` is the context, or a function that opens it (with ``settings``): then the window
    is shown first and the database is opened right after it is on screen, so the station
    appears at once; a database that cannot be opened is reported in the window.

    Returns:
        The event loop's exit code.
    """
    from desktop_app.ui.common.operations import wait_for_operations
    from desktop_app.ui.common.startup_probe import attach_probe_if_asked, call_when_exposed
    from desktop_app.ui.shell.main_window import MainWindow

    opener = target if callable(target) else None
    settings = settings if opener else target.settings  # type: ignore[union-attr]
    assert settings is not None, "run_gui needs the settings when it opens the context itself"
    app = _prepare_application(argv, settings)

    window = MainWindow(None if opener else target, settings=settings)  # type: ignore[arg-type]
    attach_probe_if_asked(window, waits_for_page=opener is not None)
    if opener is not None:
        call_when_exposed(window, lambda: _open_database(window, opener))
    window.show_for_role()
    code = app.exec()
    wait_for_operations()
    if opener is not None and window.context is not None:
        window.context.close()
    return code


def _prepare_application(argv: list[str] | None, settings: Settings) -> QApplication:
    """The running QApplication (made if there is none) with its names, font, language, style."""
    from PySide6.QtWidgets import QApplication

    from desktop_app.config import APP_AUTHOR, APP_NAME
    from desktop_app.ui.common.fonts import setup_application_font
    from desktop_app.ui.common.i18n import install_translation
    from desktop_app.ui.common.main_thread_gc import collect_on_main_thread
    from desktop_app.ui.common.style import apply_style_sheets

    app = QApplication.instance() or QApplication(sys.argv if argv is None else argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    collect_on_main_thread(app)
    setup_application_font()
    install_translation(app, settings.language)
    apply_style_sheets(app)
    return app


def _open_database(window: MainWindow, opener: Callable[[], AppContext]) -> None:
    """Open the database on the worker thread (imports, schema check, a migration if one is
    due); the window keeps painting meanwhile and gets the role's page when it is done."""
    from desktop_app.ui.common.operations import run_operation
    from desktop_app.ui.common.startup_probe import report_start_failure

    def failed(exc: Exception) -> None:  # shown to the officer; the detail goes to the log
        _log_start_failure(exc)
        window.show_start_failure(start_failure_reason(exc, window.settings.language))
        report_start_failure(window)

    run_operation(window, opener, window.attach_context, failed)


def _log_start_failure(exc: Exception) -> None:
    from desktop_app.storage.database import DatabaseMissing

    if isinstance(exc, DatabaseMissing):  # the settings point nowhere: no traceback to read
        log.warning("%s", exc)
    else:
        log.error("cannot open the office database", exc_info=exc)


def start_failure_reason(exc: Exception, language: str) -> str:
    """What the starting page says went wrong: the Vietnamese message where there is one
    (a missing database names its path and the fix), else the error's first line."""
    from desktop_app.services.errors import ServiceError
    from desktop_app.storage.database import DatabaseMissing

    if isinstance(exc, DatabaseMissing | ServiceError) and language != "en":
        return exc.message_vi
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
