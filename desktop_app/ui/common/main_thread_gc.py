"""Python's cycle collector runs on the main thread only.

Left automatic, the collector runs in whichever thread happens to allocate, e.g. the worker
running a database query, and may then free Qt objects (widgets, timers) from that thread, which
crashes Qt. As Anki does, automatic collection is switched off in the GUI process and cycles are
collected on the main thread, by a timer; reference counting still frees everything else at once.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

COLLECT_EVERY_MS = 5_000
FULL_COLLECTION_EVERY = 12  # ticks: a full collection once a minute


class MainThreadCollector(QObject):
    """Owns the timer; keep it alive as long as the application (it is parented to it)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self._ticks = 0
        self._timer = QTimer(self)
        self._timer.setInterval(COLLECT_EVERY_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> None:
        """Young generations every tick (cheap); everything once a minute."""
        self._ticks += 1
        gc.collect(2 if self._ticks % FULL_COLLECTION_EVERY == 0 else 1)


def collect_on_main_thread(app: QObject) -> MainThreadCollector:
    """Switch automatic collection off for ``app``'s process and collect from its main thread."""
    return MainThreadCollector(app)
