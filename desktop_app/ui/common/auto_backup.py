"""The daily automatic backup of the station that owns the office's SQLite file.

Checked when the window opens and every hour after; the copy is made on the worker thread,
so the window never waits for it. Backups older than the ``backup_keep_days`` setting are removed.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from desktop_app.ui.common.operations import run_operation

if TYPE_CHECKING:
    from desktop_app.app import AppContext

log = logging.getLogger(__name__)
CHECK_EVERY_MS = 60 * 60 * 1000


class DailyBackup(QObject):
    """Keeps one backup a day of a SQLite office database (does nothing on PostgreSQL)."""

    def __init__(self, context: AppContext, parent: QObject) -> None:
        super().__init__(parent)
        self._context = context
        self.last_written: str | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        if context.engine.dialect.name == "sqlite":
            self._timer.start()
            QTimer.singleShot(0, self, self.check)

    def check(self) -> None:
        from desktop_app.storage.backup import run_daily_backup

        engine, settings = self._context.engine, self._context.settings
        run_operation(
            self,
            lambda: run_daily_backup(
                engine, datetime.now(settings.zone), keep_days=settings.backup_keep_days
            ),
            self._done,
            lambda exc: log.warning("daily backup failed: %s", exc),
        )

    def _done(self, path: object) -> None:
        if path is not None:
            self.last_written = str(path)
            log.info("daily backup written: %s", path)
