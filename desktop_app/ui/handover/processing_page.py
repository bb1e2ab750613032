"""Xử lý: the department's work list — receive, process, supplement, stop, extend, finish."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.common.operations import run_operation
from desktop_app.ui.handover.common import DossierTable, error_text, local_text
from desktop_app.ui.handover.dialogs import ExtensionDialog, TextDialog


def processing_title() -> str:
    return QCoreApplication.translate("ProcessingPage", "Processing")


class ProcessingPage(QWidget):
    """The specialist's view of the dossiers their department holds."""

    def __init__(self, counter: Any) -> None:
        super().__init__()
        self.setObjectName("processingPage")
        self.counter = counter
        self.items: dict[str, Any] = {}
        self.unit_label = QLabel(objectName="processingUnit")
        self.batches = QListWidget(objectName="pendingBatches")
        self.receive_button = QPushButton(self.tr("Receive the selected batch"))
        self.table = DossierTable([self.tr("Code"), self.tr("Applicant"), self.tr("Procedure"),
                                   self.tr("Status"), self.tr("Due")])  # fmt: skip
        self.status = QLabel(objectName="processingStatus", wordWrap=True)
        self.buttons: dict[str, QPushButton] = {}
        self._lay_out()
        self.receive_button.clicked.connect(self.receive_selected)
        QShortcut(QKeySequence("F5"), self, self.refresh)

    def _lay_out(self) -> None:
        incoming = QGroupBox(self.tr("Batches handed to the department, waiting for receipt"))
        box = QVBoxLayout(incoming)
        box.addWidget(self.batches)
        box.addWidget(self.receive_button)
        grid = QGridLayout()
        actions = [
            ("start", self.tr("Start processing"), self.start),
            ("supplement", self.tr("Request a supplement…"), lambda: self.request_supplement()),
            ("resume", self.tr("Supplement received"), self.resume),
            ("extend", self.tr("Extend (form 04)…"), lambda: self.extend()),
            ("stop", self.tr("Stop (form 05)…"), lambda: self.stop()),
            ("ready", self.tr("Result ready…"), lambda: self.mark_ready()),
            ("back", self.tr("Hand results to the counter"), self.hand_back),
            ("refresh", self.tr("Refresh (F5)"), self.refresh),
        ]
        for index, (key, text, slot) in enumerate(actions):
            button = QPushButton(text, objectName=f"process_{key}")
            button.clicked.connect(slot)
            self.buttons[key] = button
            grid.addWidget(button, index // 4, index % 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.unit_label)
        layout.addWidget(incoming, 1)
        layout.addWidget(self.table, 3)
        layout.addLayout(grid)
        layout.addWidget(self.status)

    def unit(self) -> str:
        staff = self.counter.staff
        return (staff.department or "") if staff is not None else ""

    def focus_first(self) -> None:
        self.table.setFocus()

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.refresh()

    # --- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        unit = self.unit()
        self.unit_label.setText(self.tr("Department: {unit}").format(unit=unit or "—"))
        if not unit:
            return

        def load() -> Any:
            from desktop_app.services.department import department_worklist
            from desktop_app.services.handover import Direction, list_batches

            with self.counter.context.session(read_only=True) as session:
                batches = list_batches(session, direction=Direction.TO_DEPARTMENT, unit=unit,
                                       pending_only=True)  # fmt: skip
                return batches, department_worklist(session, unit)

        run_operation(self, load, self._loaded, self._failed)

    def _loaded(self, result: Any) -> None:
        batches, work = result
        tz = self.counter.context.settings.zone
        self.batches.clear()
        for batch in batches:
            text = self.tr("No. {number}: {count} dossiers from {unit}, sent {at}").format(
                number=batch.number, count=batch.count, unit=batch.from_unit,
                at=local_text(batch.sent_at, tz))  # fmt: skip
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(batch.id))
            self.batches.addItem(item)
        checked = set(self.table.checked_codes())
        self.items = {w.code: w for w in work}
        self.table.set_rows(
            (w.code, [w.code, w.applicant_name, w.procedure_name, w.status.label_vi,
                      local_text(w.due_at, tz)]) for w in work
        )  # fmt: skip
        for code in checked:
            self.table.set_checked(code)

    # --- actions ----------------------------------------------------------------------------

    def receive_selected(self) -> None:
        item = self.batches.currentItem() or self.batches.item(0)
        if item is None:
            self.status.setText(self.tr("No batch is waiting."))
            return
        batch_id, counter = str(item.data(Qt.ItemDataRole.UserRole)), self.counter

        def work() -> Any:
            from desktop_app.services.handover import receive_batch

            with counter.context.session() as session:
                return receive_batch(session, batch_id, receiver_id=counter.staff_id,
                                     at=counter.now())  # fmt: skip

        def done(batch: Any) -> None:
            self.status.setText(self.tr("Batch No. {number} received: {count} dossiers.").format(
                number=batch.number, count=batch.count))  # fmt: skip
            self.refresh()

        run_operation(self, work, done, self._failed)

    def _selected(self) -> list[str]:
        codes = self.table.checked_codes()
        if not codes and self.table.currentRow() >= 0:
            codes = [self.table.codes()[self.table.currentRow()]]
        if not codes:
            self.status.setText(self.tr("Tick a dossier first."))
        return codes

    def _step(self, name: str, **extra: Any) -> None:
        """Apply one department step to every ticked dossier in one transaction."""
        codes, counter, unit = self._selected(), self.counter, self.unit()
        if not codes:
            return

        def work() -> list[Any]:
            from desktop_app.services import department as dept

            function = getattr(dept, name)
            if name == "resume_processing" or name == "extend_due_date":
                extra["calendar"] = counter.calendar
            with counter.context.session() as session:
                return [function(session, code, at=counter.now(), staff_id=counter.staff_id,
                                 unit=unit, **extra) for code in codes]  # fmt: skip

        def done(steps: list[Any]) -> None:
            self.status.setText("; ".join(f"{s.code}: {s.status_label}" for s in steps))
            self.refresh()

        run_operation(self, work, done, self._failed)

    def start(self) -> None:
        self._step("start_processing")

    def resume(self) -> None:
        self._step("resume_processing")

    def request_supplement(self, missing: str | None = None) -> None:
        missing = missing if missing is not None else self._ask(
            self.tr("Request a supplement"), self.tr("What is missing, and why"))  # fmt: skip
        if missing is not None:
            self._step("request_supplement", missing=missing)

    def stop(self, reason: str | None = None) -> None:
        reason = reason if reason is not None else self._ask(
            self.tr("Stop processing"), self.tr("Reason"))  # fmt: skip
        if reason is not None:
            self._step("stop_processing", reason=reason)

    def mark_ready(self, note: str | None = None) -> None:
        note = note if note is not None else self._ask(
            self.tr("Result ready"), self.tr("The result (document issued)"))  # fmt: skip
        if note is not None:
            self._step("mark_result_ready", note=note)

    def extend(self, new_due: datetime | None = None, reason: str | None = None) -> None:
        if new_due is None or reason is None:
            codes = self._selected()
            if not codes:
                return
            current = self.items.get(codes[0])
            dialog = ExtensionDialog(current.due_at if current else None,
                                     self.counter.context.settings.zone, self)  # fmt: skip
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            new_due, reason = dialog.values()
        self._step("extend_due_date", new_due=new_due, reason=reason)

    def _ask(self, title: str, label: str) -> str | None:
        dialog = TextDialog(title, label, self)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def hand_back(self) -> None:
        """Hand the ticked finished dossiers (result ready or stopped) back to the counter."""
        codes, counter, unit = self._selected(), self.counter, self.unit()
        if not codes:
            return

        def work() -> Any:
            from desktop_app.services.handover import Direction, create_batch

            with counter.context.session() as session:
                return create_batch(session, codes, office_id=counter.office.id,
                                    direction=Direction.TO_COUNTER, to_unit=None, from_unit=unit,
                                    at=counter.now(), tz=counter.context.settings.zone,
                                    sender_id=counter.staff_id)  # fmt: skip

        def done(batch: Any) -> None:
            self.status.setText(
                self.tr("Batch No. {number} handed to the counter: {count} results.").format(
                    number=batch.number, count=batch.count
                )
            )
            self.refresh()

        run_operation(self, work, done, self._failed)

    def _failed(self, error: Exception) -> None:
        self.status.setText(error_text(error))

    def clear_personal_data(self) -> None:
        self.table.setRowCount(0)
        self.status.clear()
