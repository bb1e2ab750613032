"""Small dialogs of the queue panel: transfer a ticket, pause the counter with a reason.

They open with ``open()`` (never blocking the event loop) and report through ``chosen``.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QWidget,
)

from desktop_app.services.queue.areas import AreaInfo
from desktop_app.services.queue.counters import CounterInfo


class TransferDialog(QDialog):
    """Choose a target area and/or counter; ``chosen`` gives (area code | None, counter | None)."""

    chosen = Signal(object, object)

    def __init__(self, parent: QWidget, areas: list[AreaInfo], counters: list[CounterInfo]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Transfer ticket"))
        form = QFormLayout(self)
        self.area_box = QComboBox(self)
        self.area_box.addItem(self.tr("(same area)"), None)
        for area in areas:
            self.area_box.addItem(f"{area.code} — {area.name}", area.code)
        self.counter_box = QComboBox(self)
        self.counter_box.addItem(self.tr("(any counter)"), None)
        for counter in counters:
            self.counter_box.addItem(counter.name or str(counter.number), counter.number)
        form.addRow(self.tr("To area:"), self.area_box)
        form.addRow(self.tr("To counter:"), self.counter_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Transfer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept(self) -> None:
        area, counter = self.area_box.currentData(), self.counter_box.currentData()
        if area is None and counter is None:
            return
        self.accept()
        self.chosen.emit(area, counter)


class PauseDialog(QDialog):
    """Choose or type a reason to pause the counter; ``chosen`` gives the reason."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pause counter"))
        form = QFormLayout(self)
        self.reason_box = QComboBox(self)
        self.reason_box.setEditable(True)
        self.reason_box.addItems(
            [self.tr("Break"), self.tr("Meeting"), self.tr("Handling a dossier"),
             self.tr("Equipment problem")]
        )  # fmt: skip
        form.addRow(self.tr("Reason:"), self.reason_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Pause"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept(self) -> None:
        reason = self.reason_box.currentText().strip()
        if reason:
            self.accept()
            self.chosen.emit(reason)
