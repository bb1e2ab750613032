"""The floor for GUI start-up: a bare PySide6 main window, nothing of the app.

Honours ``DESKTOP_APP_QUIT_AFTER_MS`` like the app: prints ``window-shown <ms since process
start>`` when the window is first exposed, then quits after that many milliseconds. Kept free of
``desktop_app`` imports on purpose, so it measures only Python + Qt.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def ms_since_process_start() -> float:
    """Same clock as ``desktop_app.ui.common.startup_probe`` (Linux kernel start time)."""
    if sys.platform.startswith("linux"):
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        return (time.clock_gettime(time.CLOCK_BOOTTIME) - started) * 1000
    return time.process_time() * 1000


class ExposeProbe(QObject):
    def __init__(self, app: QApplication, quit_after: int | None) -> None:
        super().__init__(app)
        self._app = app
        self._quit_after = quit_after
        self._reported = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._reported and event.type() == QEvent.Type.Expose and watched.isExposed():
            self._reported = True
            print(f"window-shown {ms_since_process_start():.0f}", flush=True)
            if self._quit_after is not None:
                QTimer.singleShot(self._quit_after, self._app, self._app.quit)
        return False


def main() -> int:
    raw = os.environ.get("DESKTOP_APP_QUIT_AFTER_MS", "").strip()
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("Bare window")
    window.setCentralWidget(QLabel("Bare window"))
    window.resize(1100, 720)
    window.winId()
    window.windowHandle().installEventFilter(ExposeProbe(app, int(raw) if raw.isdigit() else None))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
