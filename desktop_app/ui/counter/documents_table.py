"""The documents handed in: one focus stop in the form, worked with arrows, Space and F2.

Each row is a document of the procedure: ticked when handed in (Space toggles), its form
(original, certified copy, ...; F2 opens the choice) and how many. Tab and Shift+Tab leave the
table like any other field; arrows, Ctrl+Tab and Ctrl+Shift+Tab move between its cells.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop_app.services.dossiers.reception import DocumentEntry, DocumentKind

NAME, KIND, COUNT, ATTACHMENT = range(4)
_Index = QModelIndex | QPersistentModelIndex


class _KindDelegate(QStyledItemDelegate):
    """Edits the document's form with a drop-down of the kinds."""

    def createEditor(self, parent: QWidget, _o: QStyleOptionViewItem, _i: _Index) -> QWidget:  # noqa: N802
        editor = QComboBox(parent)
        for kind in DocumentKind:
            editor.addItem(kind.label_vi, str(kind))
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.UserRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.UserRole)


class _CountDelegate(QStyledItemDelegate):
    """Edits the number of copies, 1 to 99."""

    def createEditor(self, parent: QWidget, _o: QStyleOptionViewItem, _i: _Index) -> QWidget:  # noqa: N802
        return QSpinBox(parent, minimum=1, maximum=99)


class DocumentsTable(QTableWidget):
    """The documents of the chosen procedure; reads back as ``DocumentEntry`` values."""

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("documents")
        self.setHorizontalHeaderLabels(headers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setItemDelegateForColumn(KIND, _KindDelegate(self))
        self.setItemDelegateForColumn(COUNT, _CountDelegate(self))
        header = self.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (KIND, COUNT, ATTACHMENT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().hide()
        self.setMinimumHeight(120)

    def add_document(self, name: str, checked: bool = True) -> None:
        row = self.rowCount()
        self.insertRow(row)
        item = QTableWidgetItem(name)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setToolTip(name)
        self.setItem(row, NAME, item)
        kind = QTableWidgetItem(DocumentKind.ORIGINAL.label_vi)
        kind.setData(Qt.ItemDataRole.UserRole, str(DocumentKind.ORIGINAL))
        self.setItem(row, KIND, kind)
        count = QTableWidgetItem()
        count.setData(Qt.ItemDataRole.EditRole, 1)
        self.setItem(row, COUNT, count)
        attachment = QTableWidgetItem()
        attachment.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.setItem(row, ATTACHMENT, attachment)
        if row == 0:
            self.setCurrentCell(0, NAME)

    def is_checked(self, row: int) -> bool:
        return self.item(row, NAME).checkState() == Qt.CheckState.Checked

    def set_checked(self, row: int, checked: bool) -> None:
        self.item(row, NAME).setCheckState(
            Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        )

    def document_name(self, row: int) -> str:
        return self.item(row, NAME).text() if 0 <= row < self.rowCount() else ""

    def set_attachment_text(self, row: int, text: str) -> None:
        """What the line's digitised copy is (pages and size, or an earlier copy on offer)."""
        if 0 <= row < self.rowCount():
            self.item(row, ATTACHMENT).setText(text)

    def entries(self, *, checked: bool) -> list[DocumentEntry]:
        """The ticked (``checked=True``) or the missing documents."""
        return [
            DocumentEntry(
                self.item(row, NAME).text(),
                DocumentKind(self.item(row, KIND).data(Qt.ItemDataRole.UserRole)),
                int(self.item(row, COUNT).data(Qt.ItemDataRole.EditRole)),
            )
            for row in range(self.rowCount())
            if self.is_checked(row) == checked
        ]

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        """Ctrl+Tab / Ctrl+Shift+Tab step through the cells; plain Tab is left to the form."""
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if control and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            back = event.key() == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            self._step(-1 if back else 1)
            event.accept()
            return
        super().keyPressEvent(event)

    def _step(self, step: int) -> None:
        cells = self.rowCount() * self.columnCount()
        if not cells:
            return
        here = max(0, self.currentRow()) * self.columnCount() + max(0, self.currentColumn())
        target = (here + step) % cells
        self.setCurrentCell(target // self.columnCount(), target % self.columnCount())
