"""Small dialogs of the department page: a reason or description, the extension's new date.

Both are keyboard-first: the text field has the focus, Enter sends, Escape cancels.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from motcua_core.domain.field_limits import REASON as TEXT_MAX_LENGTH


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    """OK (the default, Enter) and Cancel (Escape), labelled in the interface's language."""
    standard = QDialogButtonBox.StandardButton
    box = QDialogButtonBox(standard.Ok | standard.Cancel)
    ok = box.button(standard.Ok)
    ok.setText(dialog.tr("OK (Enter)"))
    ok.setDefault(True)
    box.button(standard.Cancel).setText(dialog.tr("Cancel (Esc)"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class TextDialog(QDialog):
    """Ask for a text (what is missing, why processing stops, the result)."""

    def __init__(self, title: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("departmentTextDialog")
        self.setWindowTitle(title)
        self.text = QLineEdit(objectName="departmentText")
        self.text.setMaxLength(TEXT_MAX_LENGTH)
        self.text.setMinimumWidth(420)
        layout = QFormLayout(self)
        layout.addRow(label, self.text)
        layout.addRow(_buttons(self))
        self.text.setFocus()

    def value(self) -> str:
        return self.text.text().strip()


class ExtensionDialog(QDialog):
    """The new due moment and the reason of the delay (form 04)."""

    def __init__(self, current_due: datetime | None, tz: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("extensionDialog")
        self.setWindowTitle(self.tr("Extend the due date (form 04)"))
        self.tz = tz
        self.new_due = QDateTimeEdit(calendarPopup=True)
        self.new_due.setDisplayFormat("HH:mm dd/MM/yyyy")
        start = current_due.astimezone(tz) if current_due else datetime.now(tz)
        self.new_due.setDateTime(QDateTime(start.replace(tzinfo=None)).addDays(3))
        self.reason = QLineEdit(objectName="extensionReason")
        self.reason.setMaxLength(TEXT_MAX_LENGTH)
        self.reason.setMinimumWidth(420)
        layout = QFormLayout(self)
        layout.addRow(self.tr("New due date"), self.new_due)
        layout.addRow(self.tr("Reason for the delay"), self.reason)
        layout.addRow(_buttons(self))
        self.setTabOrder(self.reason, self.new_due)
        self.reason.setFocus()

    def values(self) -> tuple[datetime, str]:
        local = self.new_due.dateTime().toPython()
        return local.replace(tzinfo=self.tz), self.reason.text().strip()
