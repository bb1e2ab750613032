"""Reports when the first window is on screen and optionally quits: for benchmarks and smoke tests.

Set ``DESKTOP_APP_QUIT_AFTER_MS`` and the application prints ``window-shown <ms>`` (milliseconds
since the process started) when its main window is first exposed, then quits that many
milliseconds later. A station whose database cannot be opened prints ``start-failed <ms>``
instead of ``page-ready`` and quits too.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Mapping

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
    """Prints ``window-shown <ms>`` once the window is exposed, then schedules the quit.

    With ``waits_for_page`` (the window opens its database after it is shown) it also prints
    ``page-ready <ms>`` when the role's page is in, and quits only after that. A window that
    signs officers in prints ``work-ready <ms>`` each time its work area is in after a sign-in.
    """

    def __init__(self, window: QWidget, quit_after: int, waits_for_page: bool = False) -> None:
        super().__init__(window)
        self._quit_after = quit_after
        self._reported = False
        self._waits_for_page = waits_for_page
        if waits_for_page:
            window.page_ready.connect(self._page_ready)  # type: ignore[attr-defined]
        self._window = window
        window.winId()  # create the native window now so its first expose is seen
        handle = window.windowHandle()
        if handle is not None:
            handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._reported and event.type() == QEvent.Type.Expose and watched.isExposed():
            self._reported = True
            print(f"window-shown {ms_since_process_start():.0f}", flush=True)
            if not self._waits_for_page:
                self._schedule_quit()
        return False

    def _page_ready(self) -> None:
        print(f"page-ready {ms_since_process_start():.0f}", flush=True)
        signed_in = getattr(getattr(self._window, "page", None), "signed_in", None)
        if signed_in is not None:  # emitted once the work area is in and takes keys
            signed_in.connect(self._work_ready)
        self._schedule_quit()

    def _work_ready(self, *_staff: object) -> None:
        print(f"work-ready {ms_since_process_start():.0f}", flush=True)

    def start_failed(self) -> None:
        print(f"start-failed {ms_since_process_start():.0f}", flush=True)
        self._schedule_quit()

    def _schedule_quit(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            QTimer.singleShot(self._quit_after, app, app.quit)


class _ExposureHook(QObject):
    """Calls a function once, just after the window's first exposure has been handled."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._callback: Callable[[], None] | None = callback
        window.winId()
        handle = window.windowHandle()
        if handle is not None:
            handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._callback and event.type() == QEvent.Type.Expose and watched.isExposed():
            callback, self._callback = self._callback, None
            # Let the first frame paint, then run the callback.
            QTimer.singleShot(0, self, callback)
        return False


def call_when_exposed(window: QWidget, callback: Callable[[], None]) -> None:
    """Run ``callback`` on the main thread once ``window`` is first on screen."""
    _ExposureHook(window, callback)


def attach_probe_if_asked(
    window: QWidget, *, waits_for_page: bool = False
) -> FirstExposureProbe | None:
    """Attach the probe when ``DESKTOP_APP_QUIT_AFTER_MS`` is set."""
    delay = quit_after_ms()
    return FirstExposureProbe(window, delay, waits_for_page) if delay is not None else None


def report_start_failure(window: QWidget) -> None:
    """Tell the window's probe, if one is attached, that the start failed (it then quits)."""
    probe = window.findChild(FirstExposureProbe)
    if probe is not None:
        probe.start_failed()
