"""Result ready, with its signed electronic copy: the department's dialog and its step.

The dialog asks what the result is and, optionally, the signed result PDF (Ctrl+O chooses the
file). The dossier moves to "result ready" and the PDF is stored as its electronic result in
one transaction: a file the store refuses leaves the dossier as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop_app.services.dossiers.attach_document import attach_result
from desktop_app.services.dossiers.attachment_metadata import AttachmentMetadata
from desktop_app.services.errors import ServiceError
from desktop_app.services.handover import department
from desktop_app.services.handover.department import DossierStep
from motcua_core.domain.field_limits import REASON as TEXT_MAX_LENGTH

CHOOSE_KEY = "Ctrl+O"


class ResultReadyDialog(QDialog):
    """The result's description and, if there is one, its signed PDF."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultReadyDialog")
        self.setWindowTitle(self.tr("Result ready"))
        self.file_dialog: QFileDialog | None = None
        self.text = QLineEdit(objectName="departmentText")
        self.text.setMaxLength(TEXT_MAX_LENGTH)
        self.text.setMinimumWidth(420)
        self.file_label = QLabel(self.tr("No file: paper result only"), objectName="resultFile")
        self.file_label.setWordWrap(True)
        self.path: Path | None = None
        choose = QPushButton(self.tr("Signed PDF… ({key})").format(key=CHOOSE_KEY),
                             objectName="chooseResultFile")  # fmt: skip
        choose.setShortcut(QKeySequence(CHOOSE_KEY))
        choose.setAutoDefault(False)
        choose.clicked.connect(self.choose_file)
        standard = QDialogButtonBox.StandardButton
        box = QDialogButtonBox(standard.Ok | standard.Cancel)
        box.button(standard.Ok).setText(self.tr("OK (Enter)"))
        box.button(standard.Ok).setDefault(True)
        box.button(standard.Cancel).setText(self.tr("Cancel (Esc)"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.file_label, 1)
        row.addWidget(choose)
        layout = QFormLayout(self)
        layout.addRow(self.tr("The result (document issued)"), self.text)
        layout.addRow(self.tr("Electronic result"), row)
        layout.addRow(box)
        self.text.setFocus()

    def choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the signed result (PDF)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("PDF files") + " (*.pdf *.PDF)")
        dialog.fileSelected.connect(lambda path: self.set_file(Path(path)))
        self.file_dialog = dialog
        dialog.finished.connect(lambda _result: self.text.setFocus())
        dialog.open()

    def set_file(self, path: Path) -> None:
        self.path = path
        self.file_label.setText(path.name)

    def value(self) -> str:
        return self.text.text().strip()


def mark_ready_with_result(
    desk: Any, codes: Sequence[str], unit: str, note: str, result_file: Path | None
) -> list[DossierStep]:
    """Mark ``codes`` result ready; with ``result_file``, store it as the (one) dossier's
    electronic result in the same transaction."""
    if result_file is not None and len(codes) != 1:
        raise ServiceError(
            "a result file belongs to one dossier",
            "Tệp kết quả chỉ gắn được cho một hồ sơ: hãy chọn đúng một hồ sơ.",
        )
    counter = desk.counter
    at, staff_id = counter.now(), counter.staff_id
    with counter.context.session() as session:
        steps = [
            department.mark_result_ready(
                session, code, at=at, staff_id=staff_id, unit=unit, note=note
            )
            for code in codes
        ]
        if result_file is not None:
            store = counter.context.attachment_store()
            metadata = AttachmentMetadata()  # named "the result" by the service
            attach_result(session, store, codes[0], [result_file], metadata, staff_id, at)
        return steps
