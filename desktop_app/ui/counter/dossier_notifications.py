"""The dossier view's notifications: the citizen's consent and each message with its delivery.

One line per request (event, medium, state, attempts, when, the provider's detail), so an
officer sees a refused message and why (a wrong number, an address the server refused) and
can ask the citizen for a better one. A refused line is marked in red.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.common.notify_labels import event_label, medium_label, state_label

if TYPE_CHECKING:
    from desktop_app.services.dossiers.detail import DossierDetail

_REFUSED = QColor("#b00020")
_DETAIL_COLUMN = 5


class DossierNotifications(QWidget):
    """The consent line above the table of requests (hidden while there is none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.consent = QLabel(objectName="notifyConsent", wordWrap=True)
        self.table = QTableWidget(0, 6, objectName="dossierNotifications")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Event"), self.tr("Medium"), self.tr("State"), self.tr("Attempts"),
             self.tr("Time"), self.tr("Detail")]
        )  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)  # the provider's detail wraps rather than being cut
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(_DETAIL_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(130)  # five messages at most: one per event
        self.table.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.consent)
        layout.addWidget(self.table)

    def show_detail(self, detail: DossierDetail, tz: Any) -> None:
        """The consent recorded at reception and every request written for it."""
        self.consent.setText(self._consent_text(detail))
        rows = detail.notifications
        self.table.setVisible(bool(rows))
        self.table.setRowCount(len(rows))
        for row, note in enumerate(rows):
            values = [event_label(note.event), medium_label(note.medium),
                      state_label(note.state), str(note.attempts),
                      f"{note.at.astimezone(tz):%H:%M %d/%m/%Y}", note.detail or ""]  # fmt: skip
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if note.state == "refused":
                    item.setForeground(QBrush(_REFUSED))
                self.table.setItem(row, column, item)
        for column in range(_DETAIL_COLUMN):
            self.table.resizeColumnToContents(column)
        self.table.resizeRowsToContents()

    def _consent_text(self, detail: DossierDetail) -> str:
        if detail.notify_medium == "none":
            return self.tr("Notifications: the citizen asked for none.")
        refused = sum(1 for note in detail.notifications if note.state == "refused")
        text = self.tr("Notifications by {medium}.").format(
            medium=medium_label(detail.notify_medium)
        )
        if refused:
            text += " " + self.tr(
                "{count} refused: check the citizen's phone or e-mail address."
            ).format(count=refused)
        return text
