"""Xử lý: the department's work list — receive, process, supplement, stop, extend, finish."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.handover.batches import HandoverBatchInfo
from desktop_app.services.handover.department import DossierStep, WorkItem
from desktop_app.ui.common.operations import run_operation
from desktop_app.ui.handover.actions import DepartmentLists, DepartmentWork
from desktop_app.ui.handover.change_watch import ChangeWatch
from desktop_app.ui.handover.common import (
    DossierTable,
    bind_key,
    error_text,
    local_text,
    with_key,
)
from desktop_app.ui.handover.dialogs import ExtensionDialog, TextDialog
from desktop_app.ui.handover.result_file_ready import ResultReadyDialog, mark_ready_with_result
from motcua_core.domain.dossier_code import is_dossier_code

#: The department's steps: (key, shortcut); the texts are in ``_action_texts``.
ACTION_KEYS = (
    ("start", "Ctrl+1"),
    ("supplement", "Ctrl+2"),
    ("resume", "Ctrl+3"),
    ("extend", "Ctrl+4"),
    ("stop", "Ctrl+5"),
    ("ready", "Ctrl+6"),
    ("back", "Ctrl+7"),
    ("refresh", "Ctrl+R"),
)
RECEIVE_KEY = "Ctrl+B"


def processing_title() -> str:
    return QCoreApplication.translate("ProcessingPage", "Processing")


class ProcessingPage(QWidget):
    """The specialist's view of the dossiers their department holds.

    Keyboard: scan a dossier code (ticks its row) or a handover list's barcode (selects the
    batch), then one shortcut: Ctrl+B receives the batch (Enter in the batch list too),
    Ctrl+1 … Ctrl+7 the steps, Ctrl+R refreshes. Dialogs take Enter to send, Escape to cancel.
    """

    def __init__(self, counter: Any) -> None:
        super().__init__()
        self.setObjectName("processingPage")
        self.counter = counter
        self.actions = DepartmentWork(counter)
        self.items: dict[str, WorkItem] = {}
        self.pending: list[HandoverBatchInfo] = []
        self.dialog: QDialog | None = None
        self.unit_label = QLabel(objectName="processingUnit")
        self.scan = QLineEdit(objectName="processingScan")
        self.scan.setPlaceholderText(
            self.tr("Scan a dossier code or a handover list's barcode, then Enter"))  # fmt: skip
        self.batches = QListWidget(objectName="pendingBatches")
        self.receive_button = QPushButton(
            with_key(self.tr("Receive the selected batch"), RECEIVE_KEY))  # fmt: skip
        self.table = DossierTable([self.tr("Code"), self.tr("Applicant"), self.tr("Procedure"),
                                   self.tr("Status"), self.tr("Due")])  # fmt: skip
        self.status = QLabel(objectName="processingStatus", wordWrap=True)
        self.buttons: dict[str, QPushButton] = {}
        self._lay_out()
        self.scan.returnPressed.connect(self._scan_entered)
        self.batches.itemActivated.connect(lambda _item: self.receive_selected())
        self.receive_button.clicked.connect(self.receive_selected)
        bind_key(self, RECEIVE_KEY, self.receive_selected)
        self.watch = ChangeWatch(self, counter.context, self.refresh)
        self.setTabOrder(self.scan, self.batches)
        self.setTabOrder(self.batches, self.table)

    def _action_texts(self) -> dict[str, tuple[str, Any]]:
        return {
            "start": (self.tr("Start processing"), self.start),
            "supplement": (self.tr("Request a supplement…"), lambda: self.request_supplement()),
            "resume": (self.tr("Supplement received"), self.resume),
            "extend": (self.tr("Extend (form 04)…"), lambda: self.extend()),
            "stop": (self.tr("Stop (form 05)…"), lambda: self.stop()),
            "ready": (self.tr("Result ready…"), lambda: self.mark_ready()),
            "back": (self.tr("Hand results to the counter"), self.hand_back),
            "refresh": (self.tr("Refresh"), self.refresh),
        }

    def _lay_out(self) -> None:
        incoming = QGroupBox(self.tr("Batches handed to the department, waiting for receipt"))
        box = QVBoxLayout(incoming)
        box.addWidget(self.batches)
        box.addWidget(self.receive_button)
        grid = QGridLayout()
        texts = self._action_texts()
        for index, (key, shortcut) in enumerate(ACTION_KEYS):
            text, slot = texts[key]
            button = QPushButton(with_key(text, shortcut), objectName=f"process_{key}")
            button.clicked.connect(slot)
            bind_key(self, shortcut, slot)
            self.buttons[key] = button
            grid.addWidget(button, index // 2, index % 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.unit_label)
        layout.addWidget(self.scan)
        layout.addWidget(incoming, 1)
        layout.addWidget(self.table, 3)
        layout.addLayout(grid)
        layout.addWidget(self.status)

    def unit(self) -> str:
        staff = self.counter.staff
        return (staff.department or "") if staff is not None else ""

    def focus_first(self) -> None:
        self.scan.setFocus()

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.refresh()
        self.scan.setFocus()

    # --- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        unit = self.unit()
        self.unit_label.setText(self.tr("Department: {unit}").format(unit=unit or "—"))
        if not unit:
            return
        run_operation(self, lambda: self.actions.lists(unit), self._loaded, self._failed)

    def _loaded(self, lists: DepartmentLists) -> None:
        self.watch.marker = lists.marker
        self._show_batches(lists.batches)
        self._show_work(lists.work)

    def _show_batches(self, batches: list[HandoverBatchInfo]) -> None:
        """The batches waiting for the department's receipt, the selected row kept."""
        tz = self.actions.zone
        current = self.batches.currentRow()
        self.batches.clear()
        self.pending = list(batches)
        for batch in batches:
            text = self.tr("No. {number}: {count} dossiers from {unit}, sent {at}").format(
                number=batch.number, count=batch.count, unit=batch.from_unit,
                at=local_text(batch.sent_at, tz))  # fmt: skip
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(batch.id))
            self.batches.addItem(item)
        self.batches.setCurrentRow(min(max(current, 0), self.batches.count() - 1))

    def _show_work(self, work: list[WorkItem]) -> None:
        """The dossiers the department holds, the ticks kept."""
        tz = self.actions.zone
        checked = set(self.table.checked_codes())
        self.items = {w.code: w for w in work}
        self.table.set_rows(
            (w.code, [w.code, w.applicant_name, w.procedure_name, w.status.label_vi,
                      local_text(w.due_at, tz)]) for w in work
        )  # fmt: skip
        for code in checked:
            self.table.set_checked(code)

    # --- scan -------------------------------------------------------------------------------

    def _scan_entered(self) -> None:
        text = self.scan.text().strip()
        self.scan.clear()
        if text and not self.handle_scan(text):
            self.status.setText(
                self.tr("{code} is not in the department's list.").format(code=text))  # fmt: skip

    def handle_scan(self, text: str) -> bool:
        """A dossier code ticks its row; a batch's barcode (or one of its codes) selects it.

        Returns:
            Whether the scan was for this page (a ticket's barcode is not: the queue's).
        """
        text = text.strip()
        if text in self.items:
            self._pick_dossier(text)
            return True
        for row, batch in enumerate(self.pending):
            codes = {item.code for item in batch.items}
            if str(batch.id).startswith(text.lower()) or text in codes:
                self.batches.setCurrentRow(row)
                self.status.setText(self.tr(
                    "Batch No. {number} ({count} dossiers) selected: Ctrl+B receives it."
                ).format(number=batch.number, count=batch.count))  # fmt: skip
                return True
        if is_dossier_code(text):
            self.status.setText(
                self.tr("{code} is not in the department's list.").format(code=text))  # fmt: skip
            return True
        return False

    def _pick_dossier(self, code: str) -> None:
        self.table.set_checked(code)
        row = self.table.row_of(code)
        if row >= 0:
            self.table.setCurrentCell(row, 0)
        self.status.setText(self.tr("{code} ticked ({status}).").format(
            code=code, status=self.items[code].status.label_vi))  # fmt: skip

    # --- actions ----------------------------------------------------------------------------

    def receive_selected(self) -> None:
        item = self.batches.currentItem() or self.batches.item(0)
        if item is None:
            self.status.setText(self.tr("No batch is waiting."))
            return
        batch_id = str(item.data(Qt.ItemDataRole.UserRole))
        run_operation(self, lambda: self.actions.receive(batch_id), self._received, self._failed)

    def _received(self, batch: HandoverBatchInfo) -> None:
        self.status.setText(self.tr("Batch No. {number} received: {count} dossiers.").format(
            number=batch.number, count=batch.count))  # fmt: skip
        self.refresh()

    def _selected(self) -> list[str]:
        codes = self.table.checked_codes()
        if not codes and self.table.currentRow() >= 0:
            codes = [self.table.codes()[self.table.currentRow()]]
        if not codes:
            self.status.setText(self.tr("Tick a dossier first."))
        return codes

    def _step(self, name: str, codes: list[str] | None = None, **extra: Any) -> None:
        """Apply one department step to every ticked dossier in one transaction."""
        codes, unit = codes or self._selected(), self.unit()
        if not codes:
            return
        run_operation(
            self,
            lambda: self.actions.step(name, codes, unit, extra),
            lambda steps: self._stepped(codes, steps),
            self._failed,
        )

    def _stepped(self, codes: list[str], steps: list[DossierStep]) -> None:
        for code in codes:
            self.table.set_checked(code, False)
        self.status.setText("; ".join(f"{s.code}: {s.status_label}" for s in steps))
        self.refresh()

    def start(self) -> None:
        self._step("start_processing")

    def resume(self) -> None:
        self._step("resume_processing")

    def request_supplement(self, missing: str | None = None) -> None:
        if missing is not None:
            self._step("request_supplement", missing=missing)
            return
        self._ask(self.tr("Request a supplement"), self.tr("What is missing, and why"),
                  "request_supplement", "missing")  # fmt: skip

    def stop(self, reason: str | None = None) -> None:
        if reason is not None:
            self._step("stop_processing", reason=reason)
            return
        self._ask(self.tr("Stop processing"), self.tr("Reason"), "stop_processing", "reason")

    def mark_ready(self, note: str | None = None, result_file: Path | None = None) -> None:
        """Result ready: the result's description and its signed PDF, asked for if not given."""
        codes = self._selected()
        if not codes:
            return
        if note is not None:
            self._ready(codes, note, result_file)
            return
        dialog = ResultReadyDialog(self)
        self._open(dialog, lambda: self._ready(codes, dialog.value(), dialog.path))

    def _ready(self, codes: list[str], note: str, result_file: Path | None) -> None:
        unit = self.unit()
        run_operation(
            self,
            lambda: mark_ready_with_result(self.actions, codes, unit, note, result_file),
            lambda steps: self._stepped(codes, steps),
            self._failed,
        )

    def extend(self, new_due: datetime | None = None, reason: str | None = None) -> None:
        if new_due is not None and reason is not None:
            self._step("extend_due_date", new_due=new_due, reason=reason)
            return
        codes = self._selected()
        if not codes:
            return
        current = self.items.get(codes[0])
        dialog = ExtensionDialog(current.due_at if current else None, self.actions.zone, self)

        def accepted() -> None:
            due, text = dialog.values()
            self._step("extend_due_date", codes, new_due=due, reason=text)

        self._open(dialog, accepted)

    def _ask(self, title: str, label: str, step: str, field: str) -> None:
        """Ask for a text in a window-modal dialog, then run ``step`` with it as ``field``."""
        codes = self._selected()
        if not codes:
            return
        dialog = TextDialog(title, label, self)
        self._open(dialog, lambda: self._step(step, codes, **{field: dialog.value()}))

    def _open(self, dialog: QDialog, accepted: Any) -> None:
        """Open ``dialog`` without blocking the event loop; ``accepted()`` when sent."""
        self.dialog = dialog
        dialog.accepted.connect(accepted)
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _dialog_closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self.window().activateWindow()
        self.scan.setFocus()

    def hand_back(self) -> None:
        """Hand the ticked finished dossiers (all finished ones when none is ticked) back."""
        ticked, unit = self.table.checked_codes(), self.unit()
        run_operation(
            self, lambda: self.actions.hand_back(ticked, unit), self._handed_back, self._failed
        )

    def _handed_back(self, batch: HandoverBatchInfo | None) -> None:
        if batch is None:
            self.status.setText(self.tr("No result or stop notice to hand back."))
            return
        self.status.setText(
            self.tr("Batch No. {number} handed to the counter: {count} results.").format(
                number=batch.number, count=batch.count
            )
        )
        self.refresh()

    def _failed(self, error: Exception) -> None:
        self.status.setText(error_text(error))

    def clear_personal_data(self) -> None:
        self.table.setRowCount(0)
        self.status.clear()
