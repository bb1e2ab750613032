"""A dossier opened from the dashboard's list: its details and history, read only."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from desktop_app.ui.common.operations import run_operation, user_message
from desktop_app.ui.counter.dossier_dialog import summary_html

if TYPE_CHECKING:
    from desktop_app.services.dossiers.detail import DossierDetail
    from desktop_app.ui.reports.dashboard_actions import DashboardActions


class DashboardDossier(QDialog):
    """Opens without blocking and loads the dossier on the worker thread; ``loaded(detail)``."""

    loaded = Signal(object)

    def __init__(
        self,
        actions: DashboardActions,
        code: str,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardDossier")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Dossier {code}").format(code=code))
        self.resize(760, 560)
        self.summary = QTextBrowser(objectName="dashboardDossierSummary")
        self.message = QLabel(objectName="dashboardDossierMessage", wordWrap=True)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.message)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.tz = actions.context.settings.zone
        run_operation(self, lambda: actions.dossier(code, clock()), self._show, self._failed)

    def _show(self, detail: DossierDetail) -> None:
        self.summary.setHtml(summary_html(detail, self.tz))
        self.loaded.emit(detail)

    def _failed(self, error: Exception) -> None:
        self.message.setText(user_message(error, self.tr("The dossier could not be opened.")))
