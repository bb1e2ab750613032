"""The return tab's electronic result: whether the dossier has one, open it, save a copy.

Ctrl+O opens the signed PDF in the computer's PDF viewer, Ctrl+S saves a copy where the
officer chooses (for the citizen's USB stick or an e-mail). The copy is checked against its
SHA-256 as it is written; a damaged stored file gives no copy and says so.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop_app.services.dossiers.attachment_views import attachment_content, list_attachments
from desktop_app.storage.attachment_store import CorruptAttachment, MissingAttachment
from desktop_app.ui.common.operations import run_operation
from desktop_app.ui.counter.attachments_pages import size_text
from desktop_app.ui.handover.common import error_text

KEYS = {"open": "Ctrl+O", "save": "Ctrl+S"}
DOCUMENTS = QStandardPaths.StandardLocation.DocumentsLocation


def electronic_result(context: Any, code: str) -> Any:
    """The dossier's electronic result (an attachment view), or None."""
    with context.session(read_only=True) as session:
        return next((a for a in list_attachments(session, code) if a.role == "result"), None)


def write_result(context: Any, code: str, target: Path) -> Path:
    """Write the dossier's electronic result to ``target``; nothing is left if it is damaged."""
    try:
        with context.session(read_only=True) as session, target.open("wb") as out:
            for chunk in attachment_content(session, context.attachment_store(), code, None):
                out.write(chunk)
    except (CorruptAttachment, MissingAttachment):
        target.unlink(missing_ok=True)
        raise
    return target


class ResultFileBox(QWidget):
    """One line of the return tab: the electronic result and its two keys."""

    def __init__(self, counter: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultFileBox")
        self.counter = counter
        self.code = ""
        self.result: Any = None
        self.last_written: Path | None = None
        self.file_dialog: QFileDialog | None = None
        self.label = QLabel(objectName="electronicResult", wordWrap=True)
        self.open_button = QPushButton(self.tr("Open ({key})").format(key=KEYS["open"]))
        self.save_button = QPushButton(self.tr("Save a copy… ({key})").format(key=KEYS["save"]))
        for key, button in (("open", self.open_button), ("save", self.save_button)):
            button.setObjectName(f"result_{key}")
            button.setShortcut(QKeySequence(KEYS[key]))
            button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_result)
        self.save_button.clicked.connect(self.save_copy)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.save_button)
        self.show_result(None)

    def look_up(self, code: str) -> None:
        self.code = code
        context = self.counter.context
        run_operation(self, lambda: electronic_result(context, code),
                      lambda found: self._found(code, found), self._failed)  # fmt: skip

    def _found(self, code: str, found: Any) -> None:
        if code == self.code:
            self.show_result(found)

    def show_result(self, result: Any) -> None:
        self.result = result
        for button in (self.open_button, self.save_button):
            button.setEnabled(result is not None)
        if result is None:
            self.label.setText(self.tr("No electronic result (paper only)."))
            return
        self.label.setText(self.tr("Electronic result: {pages} pages, {size}").format(
            pages=result.pages, size=size_text(result.bytes)))  # fmt: skip

    def clear(self) -> None:
        self.code = ""
        self.show_result(None)

    def open_result(self) -> None:
        if self.result is None:
            return
        folder = Path(tempfile.mkdtemp(prefix="ket-qua-"))
        self._write(folder / f"{self.code}.pdf", self._opened)

    def save_copy(self) -> None:
        if self.result is None:
            return
        dialog = QFileDialog(self, self.tr("Save the electronic result"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF files") + " (*.pdf)")
        dialog.setDefaultSuffix("pdf")
        dialog.setDirectory(QStandardPaths.writableLocation(DOCUMENTS))  # not the program's folder
        dialog.selectFile(f"{self.code}.pdf")
        dialog.fileSelected.connect(lambda path: self._write(Path(path), self._saved))
        self.file_dialog = dialog
        dialog.open()

    def _write(self, target: Path, done: Any) -> None:
        context, code = self.counter.context, self.code
        run_operation(self, lambda: write_result(context, code, target), done, self._failed)

    def _opened(self, path: Path) -> None:
        self.last_written = path
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _saved(self, path: Path) -> None:
        self.last_written = path
        self.label.setText(self.tr("Electronic result saved to {path}.").format(path=str(path)))

    def _failed(self, error: Exception) -> None:
        if isinstance(error, CorruptAttachment | MissingAttachment):
            self.label.setText(self.tr(
                "The stored electronic result is damaged or missing: ask the IT staff to run "
                "the check (doctor) and restore it from a backup."))  # fmt: skip
            return
        self.label.setText(error_text(error))
