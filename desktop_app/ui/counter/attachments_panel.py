"""The digitised copies of the checklist: attach, edit, reuse, one line at a time.

The panel works on the line selected in the documents table. Ctrl+Shift+S attaches the newest
scan of the scan folder, Ctrl+Shift+O files chosen in a dialog, Ctrl+Shift+A pages from the
scanner; Ctrl+Shift+E opens the page editor, Ctrl+Shift+I the paper's details (number, issue,
validity: what makes it reusable later), Ctrl+Shift+X drops the line's attachment, and
Ctrl+Shift+D takes the citizen's earlier copy the line offers. Attaching ticks the line (the
paper was handed in). Nothing is stored before the dossier is saved.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop_app.scanning.scan_folder import ScannedFile
from desktop_app.services.dossiers.attachment_metadata import AttachmentMetadata
from desktop_app.services.dossiers.document_pdf import PageInput, build_document_pdf, whole_files
from desktop_app.ui.common.operations import run_operation, user_message
from desktop_app.ui.counter.attachments_details import DocumentDetailsDialog
from desktop_app.ui.counter.attachments_drafts import (
    AttachmentDraft,
    SavedDraft,
    read_reuse_candidates,
)
from desktop_app.ui.counter.attachments_editor import PageEditorDialog, keyed_buttons
from desktop_app.ui.counter.attachments_feed import ScanFolderFeed
from desktop_app.ui.counter.attachments_pages import size_text
from desktop_app.ui.counter.attachments_reuse import ReuseOffers
from desktop_app.ui.counter.attachments_scanner import start_scan
from desktop_app.ui.counter.documents_table import DocumentsTable

KEYS = {"newest": "Ctrl+Shift+S", "files": "Ctrl+Shift+O", "scanner": "Ctrl+Shift+A",
        "edit": "Ctrl+Shift+E", "details": "Ctrl+Shift+I", "drop": "Ctrl+Shift+X",
        "reuse": "Ctrl+Shift+D"}  # fmt: skip
FILE_FILTER = "*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.PDF *.JPG *.JPEG *.PNG *.TIF *.TIFF"


class AttachmentsPanel(QGroupBox):
    """Attachments of the ``table``'s lines; ``drafts`` by row until the dossier is saved."""

    def __init__(self, table: DocumentsTable, settings: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("attachmentsPanel")
        self.setTitle(self.tr("Digitised copies of the selected document"))
        self.table = table
        self.settings = settings
        self.drafts: dict[int, AttachmentDraft] = {}
        self.busy = False
        self.dialog: QDialog | None = None
        self._work = tempfile.TemporaryDirectory(prefix="reception-")
        self.feed = ScanFolderFeed(settings.scan_folder, self)
        self.reuse = ReuseOffers(self)
        self.line_label = QLabel(objectName="attachmentLine", wordWrap=True)
        self.folder_label = QLabel(objectName="scanFolderState", wordWrap=True)
        self.pages_spin = QSpinBox(objectName="scanPages", minimum=1, maximum=50)
        self.pages_spin.setPrefix(self.tr("Pages: "))
        self.buttons = self._make_buttons()
        self._lay_out()
        self.feed.arrived.connect(lambda _scan: self._show_folder())
        self.feed.unavailable.connect(lambda _reason: self._show_folder())
        table.currentCellChanged.connect(lambda *_cells: self.show_line())
        self._show_folder()
        self.show_line()

    def _make_buttons(self) -> dict[str, QPushButton]:
        texts = {
            "newest": self.tr("Newest scan"),
            "files": self.tr("From files…"),
            "scanner": self.tr("Scan now"),
            "edit": self.tr("Pages…"),
            "details": self.tr("Details…"),
            "drop": self.tr("Remove attachment"),
            "reuse": self.tr("Use the earlier copy"),
        }
        slots = {"newest": self.attach_newest_scan, "files": self.choose_files,
                 "scanner": self.scan_now, "edit": self.edit_pages, "details": self.edit_details,
                 "drop": self.drop,
                 "reuse": self.accept_reuse}  # fmt: skip
        return keyed_buttons(texts, slots, KEYS, prefix="attach", compact=True)

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.addWidget(self.line_label, 0, 0, 1, 4)
        keys = ("newest", "files", "scanner", "edit", "details", "drop", "reuse")
        for index, key in enumerate(keys):
            grid.addWidget(self.buttons[key], 1 + index // 4, index % 4)
        grid.addWidget(self.pages_spin, 2, 3)
        grid.addWidget(self.folder_label, 3, 0, 1, 4)

    # --- sources ---------------------------------------------------------------------------

    def attach_newest_scan(self) -> None:
        scan = self.feed.newest_unused()
        if scan is None:
            self._say(self.tr("No new scan in the scan folder yet."))
            return
        self._attach_files([scan.path], scan)

    def choose_files(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the scanned files"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilter(self.tr("Scans (PDF, JPEG, PNG, TIFF)") + f" ({FILE_FILTER})")
        dialog.filesSelected.connect(lambda paths: self._attach_files([Path(p) for p in paths]))
        self._open(dialog)

    def scan_now(self) -> None:
        if self._row() < 0 or self.busy:
            return
        self.busy = True
        folder = Path(tempfile.mkdtemp(prefix="scan-", dir=self._work.name))
        self._say(self.tr("Scanning {count} pages…").format(count=self.pages_spin.value()))
        start_scan(self, self.settings.sane_device, self.pages_spin.value(), folder,
                   self._attach_files, self._scan_failed)  # fmt: skip

    def _scan_failed(self, message: str) -> None:
        self.busy = False
        self._say(message)

    def _attach_files(self, paths: Sequence[Path], scan: ScannedFile | None = None) -> None:
        row = self._row()
        if row < 0 or not paths:
            self.busy = False
            return
        self.busy = True
        self._say(self.tr("Preparing the pages…"))
        run_operation(self, lambda: whole_files(list(paths)),
                      lambda pages: self.set_pages(row, pages, scan), self._failed)  # fmt: skip

    def set_pages(
        self, row: int, pages: Sequence[PageInput], scan: ScannedFile | None = None
    ) -> None:
        """Build line ``row``'s PDF from ``pages`` (in the background) and show it."""
        work = Path(self._work.name)
        self.busy = True

        old = self.drafts.get(row)
        metadata = old.metadata if old is not None else AttachmentMetadata()

        def built(result: Any) -> None:
            self._replace(row, AttachmentDraft(tuple(pages), result, metadata=metadata))
            if scan is not None:
                self.feed.mark_used(scan.path)

        run_operation(self, lambda: build_document_pdf(list(pages), work), built, self._failed)

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self._say(user_message(error))

    # --- the line's attachment -------------------------------------------------------------

    def _replace(self, row: int, draft: AttachmentDraft | None) -> None:
        self.busy = False
        old = self.drafts.pop(row, None)
        if old is not None and (draft is None or old.built != draft.built):
            old.discard()
        if draft is not None:
            self.drafts[row] = draft
            self.table.set_checked(row, True)
        self.table.set_attachment_text(row, self.line_text(draft, row))
        self.show_line()
        self._show_folder()

    def edit_pages(self) -> None:
        row = self._row()
        draft = self.drafts.get(row)
        if draft is None or not draft.pages:
            self._say(self.tr("This document has no scanned pages to edit."))
            return
        dialog = PageEditorDialog(self.table.document_name(row), draft.pages, self)
        dialog.accepted.connect(lambda: self.set_pages(row, dialog.pages()))
        self._open(dialog)

    def edit_details(self) -> None:
        row = self._row()
        draft = self.drafts.get(row)
        if draft is None or draft.reuse is not None:
            self._say(self.tr("Attach the scan first; a reused copy keeps its details."))
            return
        dialog = DocumentDetailsDialog(self.table.document_name(row), draft.metadata, self)
        dialog.accepted.connect(
            lambda: self._replace(row, replace(draft, metadata=dialog.metadata()))
        )
        self._open(dialog)

    def drop(self) -> None:
        if self._row() in self.drafts:
            self._replace(self._row(), None)

    def accept_reuse(self) -> None:
        row = self._row()
        offer = self.reuse.offer_for(self.table.document_name(row)) if row >= 0 else None
        if offer is None:
            self._say(self.tr("This citizen has no valid earlier copy of this document."))
            return
        self._replace(row, AttachmentDraft(reuse=offer))

    # --- showing ---------------------------------------------------------------------------

    def line_text(self, draft: AttachmentDraft | None, row: int) -> str:
        """The table's cell: pages and size, "reused", or an earlier copy on offer."""
        if draft is None:
            offer = self.reuse.offer_for(self.table.document_name(row))
            return self.tr("earlier copy available") if offer is not None else ""
        text = self.tr("{pages} p., {size}").format(
            pages=draft.page_count, size=size_text(draft.size)
        )
        if draft.reuse is not None:
            return text + " " + self.tr("(reused)")
        if draft.metadata.permanent:
            return text + ", " + self.tr("permanent")
        until = draft.metadata.valid_until
        return text + (", " + self.tr("valid until {day}").format(day=f"{until:%d/%m/%Y}")
                       if until else "")  # fmt: skip

    def show_line(self) -> None:
        row = self._row()
        if row < 0:
            self.line_label.setText(self.tr("Choose a document in the list above."))
            return
        name = self.table.document_name(row)
        text = self.line_text(self.drafts.get(row), row)
        self.line_label.setText(
            self.tr("{number}. {name}: {state}").format(
                number=row + 1, name=name, state=text or self.tr("no attachment")
            )
        )

    def refresh_offers(self) -> None:
        for row in range(self.table.rowCount()):
            self.table.set_attachment_text(row, self.line_text(self.drafts.get(row), row))
        self.show_line()

    def _show_folder(self) -> None:
        folder = self.settings.scan_folder
        if not folder:
            self.folder_label.setText(self.tr("No scan folder is set (setting scan_folder)."))
        elif self.feed.problem:
            self.folder_label.setText(
                self.tr("The scan folder {folder} cannot be opened: check the folder or the "
                        "network share.").format(folder=folder)
            )  # fmt: skip
        else:
            self.folder_label.setText(self.tr("Scan folder {folder}: {count} new scans.").format(
                folder=folder, count=len(self.feed.unused())))  # fmt: skip

    def _say(self, text: str) -> None:
        self.line_label.setText(text)

    def _row(self) -> int:
        return self.table.currentRow()

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        dialog.deleteLater()
        self.dialog = None
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- saving ----------------------------------------------------------------------------

    def for_save(self) -> list[SavedDraft]:
        """The drafts of the ticked lines, numbered as form 01 numbers them."""
        ticked = [row for row in range(self.table.rowCount()) if self.table.is_checked(row)]
        return [SavedDraft(number, self.table.document_name(row), self.drafts[row])
                for number, row in enumerate(ticked, start=1) if row in self.drafts]  # fmt: skip

    def follow(self, form: Any, context: Any, today: Callable[[], date]) -> None:
        """Keep up with the reception form: a new procedure empties the lines, a typed ID
        number looks up the citizen's earlier copies."""
        form.procedure_changed.connect(self.drop_all)
        form.id_number_entered.connect(
            lambda number: self.reuse.look_up(
                partial(read_reuse_candidates, context), number, today()
            )  # fmt: skip
        )
        self.reuse.changed.connect(self.refresh_offers)

    def drop_all(self) -> None:
        for draft in self.drafts.values():
            draft.discard()
        self.drafts.clear()
        self.show_line()

    def saved(self) -> None:
        """The dossier was saved with its attachments: the panel starts empty."""
        self.clear()

    def clear(self) -> None:
        self.drop_all()
        self.reuse.clear()
        self._show_folder()
