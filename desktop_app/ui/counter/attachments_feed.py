"""The scan folder seen from the reception page: new complete scans as they arrive.

A timer asks the watcher every ``POLL_MS``; the listing runs through the operation runner, so a
slow network share never freezes the window, and a poll is not started while one is running.
Each arrival is kept until it is attached ("the newest scan" is the newest not yet used).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.scanning.scan_folder import (
    ScanFolderUnavailable,
    ScanFolderWatcher,
    ScannedFile,
)
from desktop_app.ui.common.operations import run_operation

POLL_MS = 1500


class ScanFolderFeed(QObject):
    """Emits ``arrived`` with each new complete scan, ``unavailable`` with a folder's problem."""

    arrived = Signal(object)  # ScannedFile
    unavailable = Signal(str)

    def __init__(self, folder: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.watcher = ScanFolderWatcher(Path(folder)) if folder else None
        self.scans: list[ScannedFile] = []
        self.used: set[Path] = set()
        self.problem = ""
        self._polling = False
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        if self.watcher is not None:
            self.timer.start()
            self.poll()

    def poll(self) -> None:
        watcher = self.watcher
        if watcher is None or self._polling:
            return
        self._polling = True
        run_operation(self, watcher.poll, self._found, self._failed)

    def _found(self, found: list[ScannedFile]) -> None:
        self._polling = False
        if self.problem:
            self.problem = ""
            self.unavailable.emit("")
        for scan in found:
            self.scans.append(scan)
            self.used.discard(scan.path)  # the same name written again is a new scan
            self.arrived.emit(scan)

    def _failed(self, error: Exception) -> None:
        self._polling = False
        reason = error.reason if isinstance(error, ScanFolderUnavailable) else str(error)
        if reason != self.problem:
            self.problem = reason
            self.unavailable.emit(reason)

    def newest_unused(self) -> ScannedFile | None:
        """The newest scan not yet attached, or None."""
        return next((s for s in reversed(self.scans) if s.path not in self.used), None)

    def mark_used(self, path: Path) -> None:
        self.used.add(path)

    def unused(self) -> list[ScannedFile]:
        return [s for s in self.scans if s.path not in self.used]
