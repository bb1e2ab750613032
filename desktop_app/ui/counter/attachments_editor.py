"""The page editor: put a document's pages in order, turn them, drop the bad ones, look.

Keyboard first: the thumbnails have the focus; arrows choose a page, Ctrl+Up and Ctrl+Down
move it, Ctrl+R turns it a quarter clockwise, Delete removes it, Enter keeps the pages,
Escape leaves them as they were. The selected page is shown large beside the list.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.dossiers.document_pdf import PageInput
from desktop_app.ui.counter.attachments_pages import THUMBNAIL, page_image

#: The smallest preview; it grows with the dialog.
PREVIEW = QSize(420, 560)
KEYS = {"up": "Ctrl+Up", "down": "Ctrl+Down", "rotate": "Ctrl+R", "remove": "Delete"}


def keyed_buttons(
    texts: dict[str, str],
    slots: dict[str, Any],
    keys: dict[str, str],
    *,
    prefix: str,
    compact: bool = False,
) -> dict[str, QPushButton]:
    """A button per ``texts`` key, its shortcut shown in its text (``compact``: in its
    tooltip, for a row with no room for it); Enter never presses it."""
    buttons = {}
    for key, text in texts.items():
        keyed = f"{text} ({keys[key]})"
        button = QPushButton(text if compact else keyed, objectName=f"{prefix}_{key}")
        button.setToolTip(keyed)
        button.setShortcut(QKeySequence(keys[key]))
        button.setAutoDefault(False)
        button.clicked.connect(slots[key])
        buttons[key] = button
    return buttons


class PageEditorDialog(QDialog):
    """Edits a list of pages; ``pages()`` gives them back as the officer left them."""

    def __init__(self, title: str, pages: Sequence[PageInput], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pageEditor")
        self.setWindowTitle(self.tr("Pages of {document}").format(document=title))
        self._pages = list(pages)
        self.list = QListWidget(objectName="pageList")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(THUMBNAIL)
        self.list.setFlow(QListView.Flow.TopToBottom)
        self.list.setWrapping(False)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setMinimumWidth(THUMBNAIL.width() + 60)
        self.preview = QLabel(objectName="pagePreview", alignment=Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW)
        ignored = QSizePolicy.Policy.Ignored  # the picture follows the label, not the reverse
        self.preview.setSizePolicy(ignored, ignored)
        self.preview.setStyleSheet("background: #606060")
        self.summary = QLabel(objectName="pageSummary")
        self.buttons = self._make_buttons()
        self._lay_out()
        self.list.currentRowChanged.connect(self._show_preview)
        self._refill(0)
        self.list.setFocus()

    def _make_buttons(self) -> dict[str, QPushButton]:
        texts = {
            "up": self.tr("Move up"),
            "down": self.tr("Move down"),
            "rotate": self.tr("Rotate"),
            "remove": self.tr("Remove"),
        }
        slots = {"up": lambda: self.move(-1), "down": lambda: self.move(1),
                 "rotate": self.rotate, "remove": self.remove}  # fmt: skip
        return keyed_buttons(texts, slots, KEYS, prefix="page")

    def _lay_out(self) -> None:
        standard = QDialogButtonBox.StandardButton
        box = QDialogButtonBox(standard.Ok | standard.Cancel)
        box.button(standard.Ok).setText(self.tr("Keep these pages (Enter)"))
        box.button(standard.Cancel).setText(self.tr("Cancel (Esc)"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        self.ok_button = box.button(standard.Ok)
        tools = QGridLayout()
        for index, button in enumerate(self.buttons.values()):
            tools.addWidget(button, index // 2, index % 2)
        side = QVBoxLayout()
        side.addWidget(self.list, 1)
        side.addLayout(tools)
        side.addWidget(self.summary)
        body = QHBoxLayout()
        body.addLayout(side)
        body.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(box)

    def pages(self) -> list[PageInput]:
        return list(self._pages)

    # --- editing ---------------------------------------------------------------------------

    def move(self, step: int) -> None:
        """Move the selected page one place up (-1) or down (+1)."""
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < len(self._pages):
            return
        self._pages[row], self._pages[target] = self._pages[target], self._pages[row]
        self._refill(target)

    def rotate(self) -> None:
        """Turn the selected page a quarter clockwise."""
        row = self.list.currentRow()
        if row < 0:
            return
        page = self._pages[row]
        self._pages[row] = replace(page, rotation=(page.rotation + 90) % 360)
        self._refill(row)

    def remove(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        del self._pages[row]
        self._refill(min(row, len(self._pages) - 1))

    # --- showing ---------------------------------------------------------------------------

    def _refill(self, current: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for number, page in enumerate(self._pages, start=1):
            item = QListWidgetItem(self._page_label(number, page))
            item.setIcon(QIcon(QPixmap.fromImage(page_image(page, THUMBNAIL))))
            item.setSizeHint(QSize(THUMBNAIL.width() + 40, THUMBNAIL.height() + 40))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.list.setCurrentRow(current)
        self._show_preview(current)
        self.summary.setText(self.tr("{count} pages").format(count=len(self._pages)))
        self.ok_button.setEnabled(bool(self._pages))

    def _page_label(self, number: int, page: PageInput) -> str:
        label = self.tr("Page {number}").format(number=number)
        if page.rotation:
            label += f" ↻{page.rotation}°"
        return label

    def _show_preview(self, row: int) -> None:
        if not 0 <= row < len(self._pages):
            self.preview.clear()
            return
        image = page_image(self._pages[row], self.preview.contentsRect().size().expandedTo(PREVIEW))
        self.preview.setPixmap(QPixmap.fromImage(image))

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        """The preview fills the room the dialog gives it."""
        super().resizeEvent(event)
        self._show_preview(self.list.currentRow())
