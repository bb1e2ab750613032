"""Small dialogs of the department page: a reason or description, the extension's new date."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QWidget,
)


class TextDialog(QDialog):
    """Ask for a text (what is missing, why processing stops, the result)."""

    def __init__(self, title: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QPlainTextEdit()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(label, self.text)
        layout.addRow(buttons)

    def value(self) -> str:
        return self.text.toPlainText().strip()


class ExtensionDialog(QDialog):
    """The new due moment and the reason of the delay (form 04)."""

    def __init__(self, current_due: datetime | None, tz: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Extend the due date (form 04)"))
        self.tz = tz
        self.new_due = QDateTimeEdit(calendarPopup=True)
        self.new_due.setDisplayFormat("HH:mm dd/MM/yyyy")
        start = current_due.astimezone(tz) if current_due else datetime.now(tz)
        self.new_due.setDateTime(QDateTime(start.replace(tzinfo=None)).addDays(3))
        self.reason = QPlainTextEdit()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("New due date"), self.new_due)
        layout.addRow(self.tr("Reason for the delay"), self.reason)
        layout.addRow(buttons)

    def values(self) -> tuple[datetime, str]:
        local = self.new_due.dateTime().toPython()
        return local.replace(tzinfo=self.tz), self.reason.toPlainText().strip()
