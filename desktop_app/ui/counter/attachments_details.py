"""What the officer records about a digitised paper: number, issue, issuer, validity.

The validity decides reuse: a copy valid until a day, or permanent (a birth certificate), is
offered again to the same citizen's later dossiers. Dates are typed as dd/mm/yyyy; a date that
is not one keeps the dialog open with a message beside the field.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop_app.services.dossiers.attachment_metadata import AttachmentMetadata
from motcua_core.domain import field_limits


def _parsed(text: str) -> date | None:
    return datetime.strptime(text.strip(), "%d/%m/%Y").date() if text.strip() else None


def _shown(day: date | None) -> str:
    return f"{day:%d/%m/%Y}" if day else ""


class DocumentDetailsDialog(QDialog):
    """Edits a line's ``AttachmentMetadata``; ``metadata()`` once accepted."""

    def __init__(self, title: str, current: AttachmentMetadata, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("documentDetails")
        self.setWindowTitle(self.tr("Details of {document}").format(document=title))
        self._current = current
        self.number = QLineEdit(current.number or "", objectName="detailNumber")
        self.issued = QLineEdit(_shown(current.issued_on), objectName="detailIssued")
        self.issuer = QLineEdit(current.issuer or "", objectName="detailIssuer")
        self.valid_until = QLineEdit(_shown(current.valid_until), objectName="detailValidUntil")
        self.permanent = QCheckBox(self.tr("Permanent"), objectName="detailPermanent")
        self.permanent.setChecked(current.permanent)
        for edit in (self.issued, self.valid_until):
            edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
            edit.setMaxLength(10)
        self.number.setMaxLength(field_limits.ATTACHMENT_NUMBER)
        self.issuer.setMaxLength(field_limits.ATTACHMENT_ISSUER)
        self.error = QLabel(objectName="detailError", wordWrap=True)
        self.error.setStyleSheet("color: #b00020")
        standard = QDialogButtonBox.StandardButton
        box = QDialogButtonBox(standard.Ok | standard.Cancel)
        box.button(standard.Ok).setText(self.tr("OK (Enter)"))
        box.button(standard.Cancel).setText(self.tr("Cancel (Esc)"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Number / reference"), self.number)
        form.addRow(self.tr("Issued on"), self.issued)
        form.addRow(self.tr("Issued by"), self.issuer)
        form.addRow(self.tr("Valid until"), self.valid_until)
        form.addRow("", self.permanent)
        form.addRow(self.error)
        form.addRow(box)
        self.number.setFocus()

    def accept(self) -> None:
        """Close only with dates that are dates and a validity that is one or the other."""
        try:
            issued, until = _parsed(self.issued.text()), _parsed(self.valid_until.text())
        except ValueError:
            self.error.setText(self.tr("Write the dates as dd/mm/yyyy, e.g. 02/03/2015."))
            return
        if until is not None and self.permanent.isChecked():
            self.error.setText(self.tr("Either valid until a day or permanent, not both."))
            return
        self._current = replace(
            self._current, number=self.number.text().strip() or None, issued_on=issued,
            issuer=self.issuer.text().strip() or None, valid_until=until,
            permanent=self.permanent.isChecked(),
        )  # fmt: skip
        super().accept()

    def metadata(self) -> AttachmentMetadata:
        return self._current
