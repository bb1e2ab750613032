"""Widgets and helpers the handover pages share: the dossier table, errors, moments."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop_app.ui.common.operations import user_message


def error_text(error: Exception) -> str:
    """The Vietnamese message of a service or domain error; a generic one otherwise (logged)."""
    return user_message(
        error,
        QCoreApplication.translate(
            "HandoverCommon", "The action could not be completed. Please try again."
        ),
    )


def bind_key(widget: QWidget, key: str, slot: Any) -> QShortcut:
    """A shortcut of ``widget``'s window, live only while ``widget`` is shown (its tab)."""
    shortcut = QShortcut(QKeySequence(key), widget)
    shortcut.activated.connect(slot)
    return shortcut


def with_key(text: str, key: str) -> str:
    """``Làm mới (Ctrl+R)``: a button's text naming its shortcut."""
    shown = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
    return f"{text} ({shown.replace('Return', 'Enter')})"


def local_text(moment: datetime | None, tz: tzinfo) -> str:
    """``09:30 26/11/2026`` in office time; empty for None."""
    return "" if moment is None else f"{moment.astimezone(tz):%H:%M %d/%m/%Y}"


class DossierTable(QTableWidget):
    """Dossiers in rows with a tick box in the first column; rows keyed by dossier code."""

    def __init__(self, headers: Sequence[str], *, checkable: bool = True, parent: Any = None):
        super().__init__(0, len(headers), parent)
        self.checkable = checkable
        self.setHorizontalHeaderLabels(list(headers))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def set_rows(self, rows: Iterable[tuple[str, Sequence[str]]], *, checked: bool = False) -> None:
        """Replace the rows: (code, cells) each; the code is the first cell."""
        self.setRowCount(0)
        for code, cells in rows:
            self.add_row(code, cells, checked=checked)

    def add_row(self, code: str, cells: Sequence[str], *, checked: bool = True) -> int:
        """Add a row (or tick the existing one of ``code``); returns its index."""
        existing = self.row_of(code)
        if existing >= 0:
            self._item(existing).setCheckState(Qt.CheckState.Checked)
            return existing
        row = self.rowCount()
        self.insertRow(row)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, code)
                if self.checkable:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(
                        Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                    )
            self.setItem(row, column, item)
        return row

    def _item(self, row: int) -> QTableWidgetItem:
        item = self.item(row, 0)
        assert item is not None
        return item

    def row_of(self, code: str) -> int:
        for row in range(self.rowCount()):
            if self._item(row).data(Qt.ItemDataRole.UserRole) == code:
                return row
        return -1

    def codes(self) -> list[str]:
        return [self._item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.rowCount())]

    def checked_codes(self) -> list[str]:
        """The ticked codes in row order (all selected rows when not checkable)."""
        if not self.checkable:
            rows = sorted({index.row() for index in self.selectedIndexes()})
            return [self._item(r).data(Qt.ItemDataRole.UserRole) for r in rows]
        return [
            self._item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.rowCount())
            if self._item(r).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, code: str, checked: bool = True) -> None:
        row = self.row_of(code)
        if row >= 0:
            state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
            self._item(row).setCheckState(state)
