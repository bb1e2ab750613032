"""Reports when the first window is on screen and optionally quits: for benchmarks and smoke tests.

Set ``DESKTOP_APP_QUIT_AFTER_MS`` and the application prints ``window-shown <ms>`` (milliseconds
since the process started) when its main window is first exposed, then quits that many
milliseconds later.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

QUIT_AFTER_ENV = "DESKTOP_APP_QUIT_AFTER_MS"

# Fallback origin where the process start time cannot be read.
_IMPORTED_AT = time.monotonic()


def quit_after_ms(environ: Mapping[str, str] | None = None) -> int | None:
    """The delay asked for by ``DESKTOP_APP_QUIT_AFTER_MS``, or None when unset or invalid."""
    raw = (os.environ if environ is None else environ).get(QUIT_AFTER_ENV, "").strip()
    return int(raw) if raw.isdigit() else None


def ms_since_process_start() -> float:
    """Milliseconds since this process started (Linux: from the kernel, 10 ms resolution).

    Elsewhere it counts from the moment this module was imported, which underestimates.
    """
    if sys.platform.startswith("linux"):
        try:
            with open("/proc/self/stat", encoding="ascii") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
            return (time.clock_gettime(time.CLOCK_BOOTTIME) - started) * 1000
        except (OSError, ValueError, IndexError, AttributeError):
            pass
    return (time.monotonic() - _IMPORTED_AT) * 1000


class FirstExposureProbe(QObject):
    """Prints ``window-shown <ms>`` once the window is exposed, then schedules the quit."""

    def __init__(self, window: QWidget, quit_after: int) -> None:
        super().__init__(window)
        self._quit_after = quit_after
        self._reported = False
        window.winId()  # create the native window now so its first expose is seen
        handle = window.windowHandle()
        if handle is not None:
            handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._reported and event.type() == QEvent.Type.Expose and watched.isExposed():
            self._reported = True
            print(f"window-shown {ms_since_process_start():.0f}", flush=True)
            app = QCoreApplication.instance()
            if app is not None:
                QTimer.singleShot(self._quit_after, app, app.quit)
        return False


def attach_probe_if_asked(window: QWidget) -> FirstExposureProbe | None:
    """Attach the probe when ``DESKTOP_APP_QUIT_AFTER_MS`` is set."""
    delay = quit_after_ms()
    return FirstExposureProbe(window, delay) if delay is not None else None
