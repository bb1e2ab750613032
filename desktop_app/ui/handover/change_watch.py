"""Reload a page when another station changed what it shows.

Every ``POLL_MS`` while the page is visible, one cheap read (``change_marker``: the newest
outbox sequence number) tells whether anything moved since the page last loaded; only then is
the page's own ``reload`` called. A hidden page (another tab, the lock screen) does not poll,
and at most one read is in flight.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from desktop_app.ui.common.operations import run_operation
from desktop_app.ui.handover.actions import read_change_marker

POLL_MS = 2000


class ChangeWatch(QObject):
    """Calls ``reload`` when the office database changed while ``page`` is shown."""

    def __init__(self, page: QWidget, context: Any, reload: Callable[[], None]) -> None:
        super().__init__(page)
        self.page = page
        self.context = context
        self.reload = reload
        self.marker: int | None = None
        self.busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> None:
        """One read of the marker, unless hidden or a read is still running."""
        if self.busy or not self.page.isVisible():
            return
        self.busy = True
        run_operation(self.page, self._read, self._compare, self._failed)

    def _read(self) -> int:
        return read_change_marker(self.context)

    def _compare(self, marker: int) -> None:
        self.busy = False
        moved = self.marker is not None and marker != self.marker
        self.marker = marker
        if moved:
            self.reload()

    def _failed(self, _error: Exception) -> None:
        """The database is unreachable for a moment: try again at the next tick."""
        self.busy = False
