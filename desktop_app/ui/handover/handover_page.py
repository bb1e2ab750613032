"""Bàn giao: build a batch by scanning or ticking, hand it over, print the list; receive results."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.printing.forms.base import PrintableForm
from desktop_app.services.handover.batches import Direction, HandoverBatchInfo
from desktop_app.services.handover.queries import Candidate
from desktop_app.ui.common.operations import run_operation
from desktop_app.ui.handover.actions import CounterHandover, HandoverLists
from desktop_app.ui.handover.change_watch import ChangeWatch
from desktop_app.ui.handover.common import DossierTable, bind_key, error_text, local_text, with_key
from desktop_app.ui.handover.list_output import print_batch_list
from motcua_core.domain.dossier_code import is_dossier_code


def handover_title() -> str:
    return QCoreApplication.translate("HandoverPage", "Handover")


class HandoverPage(QWidget):
    """Counter side: batches to a department or the post, and results coming back."""

    def __init__(self, counter: Any) -> None:
        super().__init__()
        self.setObjectName("handoverPage")
        self.counter = counter
        self.actions = CounterHandover(counter)
        self.last_batch: HandoverBatchInfo | None = None
        self.last_form: PrintableForm | None = None
        self.last_pdf: Path | None = None
        self.direction = QComboBox()
        self.direction.addItem(self.tr("To a department"), Direction.TO_DEPARTMENT.value)
        self.direction.addItem(self.tr("To the postal service"), Direction.TO_POST.value)
        self.unit = QComboBox(editable=True, objectName="handoverUnit")
        self.postal_name = QLineEdit(objectName="postalName")
        self.postal_name.setPlaceholderText(self.tr("Name of the postal worker"))
        self.scan = QLineEdit(objectName="handoverScan")
        self.scan.setPlaceholderText(self.tr("Scan or type a dossier code, then Enter"))
        self.table = DossierTable([self.tr("Code"), self.tr("Applicant"), self.tr("Procedure"),
                                   self.tr("Received"), self.tr("Due")])  # fmt: skip
        self.hand_button = QPushButton(self.tr("Hand over (Ctrl+Enter)"), objectName="handOver")
        self.preview_button = QPushButton(with_key(self.tr("Print preview of the list"), "Ctrl+P"))
        self.preview_button.setEnabled(False)
        self.refresh_button = QPushButton(with_key(self.tr("Refresh"), "Ctrl+R"))
        self.incoming = QListWidget(objectName="incomingBatches")
        self.receive_button = QPushButton(
            with_key(self.tr("Receive the selected batch of results"), "Ctrl+B"))  # fmt: skip
        self.status = QLabel(objectName="handoverStatus", wordWrap=True)
        self._lay_out()
        self.scan.returnPressed.connect(self.add_scanned)
        self.direction.currentIndexChanged.connect(self.refresh)
        self.hand_button.clicked.connect(self.hand_over)
        self.preview_button.clicked.connect(self.preview)
        self.receive_button.clicked.connect(self.receive_selected)
        self.refresh_button.clicked.connect(self.refresh)
        self.incoming.itemActivated.connect(lambda _item: self.receive_selected())
        for key, slot in (("Ctrl+Return", self.hand_over), ("Ctrl+Enter", self.hand_over),
                          ("Ctrl+R", self.refresh), ("Ctrl+P", self.preview),
                          ("Ctrl+B", self.receive_selected)):  # fmt: skip
            bind_key(self, key, slot)
        self.watch = ChangeWatch(self, counter.context, self.refresh)
        self.refresh()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Batch"), self.direction)
        form.addRow(self.tr("Receiving department"), self.unit)
        form.addRow(self.tr("Postal worker"), self.postal_name)
        form.addRow(self.tr("Scan"), self.scan)
        buttons = QHBoxLayout()
        for button in (self.refresh_button, self.preview_button, self.hand_button):
            buttons.addWidget(button)
        incoming = QGroupBox(self.tr("Results handed back by departments, waiting for receipt"))
        box = QVBoxLayout(incoming)
        box.addWidget(self.incoming)
        box.addWidget(self.receive_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(incoming, 1)

    def focus_first(self) -> None:
        self.scan.setFocus()

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.scan.setFocus()

    def current_direction(self) -> Direction:
        return Direction(self.direction.currentData())

    # --- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the dossiers that can be handed over, the departments, the incoming batches."""
        direction = self.current_direction()
        self.unit.setEnabled(direction is Direction.TO_DEPARTMENT)
        self.postal_name.setEnabled(direction is Direction.TO_POST)
        run_operation(self, lambda: self.actions.lists(direction), self._loaded, self._failed)

    def _loaded(self, lists: HandoverLists) -> None:
        self.watch.marker = lists.marker
        self._show_candidates(lists.candidates)
        self._show_units(lists.units)
        self._show_incoming(lists.incoming)

    def _show_candidates(self, candidates: list[Candidate]) -> None:
        """The dossiers that can go, the ticks kept."""
        ticked = set(self.table.checked_codes())
        tz = self.actions.zone
        self.table.set_rows((c.code, self._cells(c, tz)) for c in candidates)
        for code in ticked:
            self.table.set_checked(code)

    def _show_units(self, units: list[str]) -> None:
        """The departments to choose from, the one typed kept."""
        text = self.unit.currentText()
        self.unit.clear()
        self.unit.addItems(units)
        if text:
            self.unit.setCurrentText(text)

    def _show_incoming(self, incoming: list[HandoverBatchInfo]) -> None:
        """The batches of results waiting for receipt, the selected row kept."""
        tz = self.actions.zone
        current = max(self.incoming.currentRow(), 0)
        self.incoming.clear()
        for batch in incoming:
            label = self.tr("No. {number}: {unit}, {count} dossiers, sent {at}").format(
                number=batch.number, unit=batch.from_unit, count=batch.count,
                at=local_text(batch.sent_at, tz))  # fmt: skip
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, str(batch.id))
            self.incoming.addItem(item)
        self.incoming.setCurrentRow(min(current, self.incoming.count() - 1))

    @staticmethod
    def _cells(c: Candidate, tz: Any) -> list[str]:
        return [c.code, c.applicant_name, c.procedure_name, local_text(c.received_at, tz),
                local_text(c.due_at, tz)]  # fmt: skip

    def handle_scan(self, text: str) -> bool:
        """A scanned dossier code joins the batch wherever the focus is; other scans do not."""
        if not is_dossier_code(text.strip()):
            return False
        self.add_code(text.strip())
        return True

    def add_scanned(self) -> None:
        """A code scanned or typed in the scan field."""
        code = self.scan.text().strip()
        self.scan.clear()
        if code:
            self.add_code(code)

    def add_code(self, code: str) -> None:
        """The dossier joins the batch being built (ticked), or the page says it does not exist."""
        run_operation(self, lambda: self.actions.scanned(code), self._add_candidate, self._failed)

    def _add_candidate(self, candidate: Candidate) -> None:
        self.table.add_row(candidate.code, self._cells(candidate, self.actions.zone), checked=True)
        self.status.setText(self.tr("Added {code}.").format(code=candidate.code))

    # --- actions ----------------------------------------------------------------------------

    def hand_over(self) -> None:
        """Hand the ticked dossiers over in one batch, then print its list."""
        codes = self.table.checked_codes()
        if not codes:
            self.status.setText(self.tr("Tick or scan the dossiers to hand over first."))
            return
        direction, unit = self.current_direction(), self.unit.currentText().strip()
        postal = self.postal_name.text().strip()
        self.hand_button.setEnabled(False)
        run_operation(
            self,
            lambda: self.actions.hand_over(codes, direction, unit, postal),
            self._handed,
            self._hand_failed,
        )

    def _handed(self, batch: HandoverBatchInfo) -> None:
        self.hand_button.setEnabled(True)
        self.last_batch = batch
        self.status.setText(self.tr("Batch No. {number} handed over to {unit}: {count} dossiers. "
                                    "Printing the list…").format(
            number=batch.number, unit=batch.to_unit, count=batch.count))  # fmt: skip
        print_batch_list(self.actions, self, str(batch.id), self._printed, self._failed)
        self.refresh()

    def _hand_failed(self, error: Exception) -> None:
        self.hand_button.setEnabled(True)
        self._failed(error)

    def _printed(self, form: PrintableForm, pdf: Path, printer_error: str | None) -> None:
        self.last_form, self.last_pdf = form, pdf
        self.preview_button.setEnabled(True)
        text = self.tr("The list was saved to {path}.").format(path=str(pdf))
        if printer_error:
            text += " " + self.tr("The printer is not available; print it from the preview.")
        self.status.setText(text)

    def preview(self) -> None:
        if self.last_form is not None:
            from desktop_app.ui.common.print_preview import open_print_preview

            open_print_preview(self, self.last_form)

    def receive_selected(self) -> None:
        """The counter takes a batch of results back from a department."""
        item = self.incoming.currentItem()
        if item is None:
            self.status.setText(self.tr("Select a batch of results first."))
            return
        batch_id = str(item.data(Qt.ItemDataRole.UserRole))
        run_operation(self, lambda: self.actions.receive(batch_id), self._received, self._failed)

    def _received(self, batch: HandoverBatchInfo) -> None:
        self.status.setText(self.tr("Batch No. {number} received: {count} results.").format(
            number=batch.number, count=batch.count))  # fmt: skip
        self.refresh()

    def _failed(self, error: Exception) -> None:
        self.status.setText(error_text(error))

    def clear_personal_data(self) -> None:
        self.table.setRowCount(0)
        self.status.clear()
