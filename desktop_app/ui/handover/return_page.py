"""Trả kết quả: scan the receipt, check the dossier and its result, record who takes it, rate.

The scan field takes the receipt's barcode (the dossier code) or the citizen's card (its QR
payload): a card finds the citizen's dossiers whose result is ready; when there are several
they are listed and Enter picks one. Ctrl+Enter returns the result, then the rating dialog
takes 1, 2 or 3.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.handover.result_return import Receiver, ReturnRecord, ReturnView
from desktop_app.services.ratings.rating import RatingInfo
from desktop_app.ui.common.operations import run_operation
from desktop_app.ui.handover.actions import ResultDesk
from desktop_app.ui.handover.common import error_text, local_text
from desktop_app.ui.handover.rating_dialog import RatingDialog
from desktop_app.ui.handover.result_file_box import ResultFileBox
from motcua_core.domain.cccd_qr import CardPayloadError, looks_like_card_payload, parse_card_payload
from motcua_core.domain.dossier_code import is_dossier_code


def return_title() -> str:
    return QCoreApplication.translate("ReturnPage", "Return of results")


class ReturnPage(QWidget):
    """Scan → dossier and result → receiver, fee → status 10 → the citizen's rating."""

    def __init__(self, counter: Any) -> None:
        super().__init__()
        self.setObjectName("returnPage")
        self.counter = counter
        self.actions = ResultDesk(counter)
        self.view: ReturnView | None = None
        self.last_return: ReturnRecord | None = None
        self.last_rating: RatingInfo | None = None
        self.rating_dialog: RatingDialog | None = None
        self.scan = QLineEdit(objectName="returnScan")
        self.scan.setPlaceholderText(
            self.tr("Scan the receipt's barcode or the citizen's card, or type the code, Enter")
        )
        self.matches = QListWidget(objectName="returnMatches")
        self.matches.setVisible(False)
        self.matches.setMaximumHeight(110)
        self.facts = {key: QLabel(wordWrap=True) for key in
                      ("code", "applicant", "procedure", "status", "received", "due", "result",
                       "timeliness")}  # fmt: skip
        self.applicant_choice = QRadioButton(self.tr("The applicant"))
        self.authorised_choice = QRadioButton(self.tr("An authorised person"))
        self.applicant_choice.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.applicant_choice)
        group.addButton(self.authorised_choice)
        self.receiver_name = QLineEdit(objectName="receiverName")
        self.receiver_id = QLineEdit(objectName="receiverId")
        self.fee = QLineEdit(objectName="feeCollected")
        self.fee.setPlaceholderText(self.tr("Amount in dong, e.g. 30000"))
        self.return_button = QPushButton(self.tr("Return the result (Ctrl+Enter)"),
                                         objectName="returnResult")  # fmt: skip
        self.return_button.setEnabled(False)
        self.status = QLabel(objectName="returnStatus", wordWrap=True)
        self.result_file = ResultFileBox(counter)
        self._lay_out()
        self._connect_signals()
        self._receiver_changed()

    def _connect_signals(self) -> None:
        """Enter looks up or picks, Ctrl+Enter returns the result."""
        self.scan.returnPressed.connect(self.look_up)
        self.matches.itemActivated.connect(self._match_chosen)
        self.return_button.clicked.connect(self.return_result)
        self.authorised_choice.toggled.connect(self._receiver_changed)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.return_result)

    def _lay_out(self) -> None:
        dossier = QGroupBox(self.tr("Dossier"))
        facts = QFormLayout(dossier)
        labels = (
            self.tr("Code"),
            self.tr("Applicant"),
            self.tr("Procedure"),
            self.tr("Status"),
            self.tr("Received"),
            self.tr("Due"),
            self.tr("Result"),
            self.tr("Timeliness"),
        )
        for label, widget in zip(labels, self.facts.values(), strict=True):
            facts.addRow(label, widget)
        receiver = QGroupBox(self.tr("Who takes the result"))
        form = QFormLayout(receiver)
        choice = QHBoxLayout()
        choice.addWidget(self.applicant_choice)
        choice.addWidget(self.authorised_choice)
        form.addRow(choice)
        form.addRow(self.tr("Full name"), self.receiver_name)
        form.addRow(self.tr("ID number"), self.receiver_id)
        form.addRow(self.tr("Fee collected"), self.fee)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scan)
        layout.addWidget(self.matches)
        columns = QHBoxLayout()
        columns.addWidget(dossier, 3)
        columns.addWidget(receiver, 2)
        layout.addLayout(columns)
        layout.addWidget(self.result_file)
        layout.addWidget(self.return_button)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def focus_first(self) -> None:
        self.scan.setFocus()

    def _receiver_changed(self) -> None:
        authorised = self.authorised_choice.isChecked()
        self.receiver_id.setPlaceholderText(
            self.tr("Required for an authorised person") if authorised else self.tr("Optional")
        )

    # --- scan -------------------------------------------------------------------------------

    def handle_scan(self, text: str) -> bool:
        """A receipt's code or a citizen's card, wherever the focus is; other scans are not ours."""
        text = text.strip()
        if not (looks_like_card_payload(text) or is_dossier_code(text)):
            return False
        self.scan.setText(text)
        self.look_up()
        return True

    def look_up(self) -> None:
        code = self.scan.text().strip()
        if not code:
            return
        self.matches.clear()
        self.matches.setVisible(False)
        if looks_like_card_payload(code):
            self.look_up_card(code)
            return
        run_operation(self, lambda: self.actions.find(code), self.show_dossier, self._not_found)

    def look_up_card(self, payload: str) -> None:
        """A scanned card: the citizen's dossiers whose result is ready."""
        self.scan.clear()
        try:
            card = parse_card_payload(payload, self.counter.now().date())
        except CardPayloadError as error:
            self._not_found(error)
            return
        numbers = [card.id_number, card.old_id_number or ""]
        run_operation(
            self,
            lambda: self.actions.ready_for_card(numbers),
            lambda views: self._card_found(card, views),
            self._not_found,
        )

    def _card_found(self, card: Any, views: list[ReturnView]) -> None:
        if len(views) == 1:
            self.show_dossier(views[0])
            return
        if not views:
            self._not_found(None)
            self.status.setText(self.tr("No result of {name} is ready to return.").format(
                name=card.full_name))  # fmt: skip
            return
        tz = self.actions.zone
        for view in views:
            item = QListWidgetItem(f"{view.code} · {view.procedure_name} · "
                                   f"{local_text(view.received_at, tz)}")  # fmt: skip
            item.setData(Qt.ItemDataRole.UserRole, view)
            self.matches.addItem(item)
        self.matches.setVisible(True)
        self.matches.setCurrentRow(0)
        self.matches.setFocus()
        text = self.tr("{count} results of {name} are ready: choose one, Enter.")
        self.status.setText(text.format(count=len(views), name=card.full_name))

    def _match_chosen(self, item: QListWidgetItem) -> None:
        self.show_dossier(item.data(Qt.ItemDataRole.UserRole))

    def show_dossier(self, view: ReturnView) -> None:
        self.view = view
        tz = self.actions.zone
        values = (
            view.code,
            view.applicant_name,
            view.procedure_name,
            view.status.label_vi,
            local_text(view.received_at, tz),
            local_text(view.due_at, tz),
            view.result_note or "—",
            view.timeliness.label_vi if view.timeliness else "",
        )
        for label, value in zip(self.facts.values(), values, strict=True):
            label.setText(value)
        self.result_file.look_up(view.code)
        self.return_button.setEnabled(view.can_return)
        if view.can_return:
            self.status.setText(self.tr("Check the receiver, then return the result."))
            self.receiver_name.setFocus()
        else:
            self.status.setText(self.tr("This dossier cannot be returned: {status}.").format(
                status=view.status.label_vi))  # fmt: skip
        self.scan.selectAll()

    def _not_found(self, error: Exception | None) -> None:
        self.view = None
        self.return_button.setEnabled(False)
        for label in self.facts.values():
            label.clear()
        self.result_file.clear()
        self.status.setText(error_text(error) if error is not None else "")
        self.scan.selectAll()
        self.scan.setFocus()

    # --- return and rating ------------------------------------------------------------------

    def return_result(self) -> None:
        if self.view is None or not self.return_button.isEnabled():
            return
        receiver = Receiver(self.receiver_name.text(), self.receiver_id.text() or None,
                            self.authorised_choice.isChecked())  # fmt: skip
        code, fee = self.view.code, self.fee.text()
        self.return_button.setEnabled(False)
        run_operation(
            self,
            lambda: self.actions.hand_result(code, receiver, fee),
            self._returned,
            self._return_failed,
        )

    def _return_failed(self, error: Exception) -> None:
        self.return_button.setEnabled(True)
        self.status.setText(error_text(error))

    def _returned(self, record: ReturnRecord) -> None:
        self.last_return = record
        self.facts["status"].setText(QCoreApplication.translate("ReturnPage", "Returned"))
        self.facts["timeliness"].setText(record.timeliness_label)
        self.status.setText(
            self.tr("Result of {code} returned to {name} ({timeliness}).").format(
                code=record.code, name=record.receiver_name, timeliness=record.timeliness_label
            )
        )
        self.ask_rating()

    def ask_rating(self) -> RatingDialog:
        """Open the rating dialog (window-modal, not blocking the event loop)."""
        dialog = RatingDialog(self)
        dialog.accepted.connect(lambda: self._rate(dialog.level, dialog.reason_text()))
        dialog.finished.connect(self._rating_closed)
        self.rating_dialog = dialog
        dialog.open()
        return dialog

    def _rating_closed(self, _result: int) -> None:
        if self.rating_dialog is not None:
            self.rating_dialog.deleteLater()
        self.rating_dialog = None
        self.clear_form()

    def _rate(self, level: str | None, reason: str) -> None:
        if level is None or self.last_return is None:
            return
        code = self.last_return.code
        run_operation(
            self,
            lambda: self.actions.rate(code, level, reason),
            self._rated,
            lambda e: self.status.setText(error_text(e)),
        )

    def _rated(self, rating: RatingInfo) -> None:
        self.last_rating = rating
        self.status.setText(self.tr("Thank you: rating “{level}” recorded.").format(
            level=rating.level.label_vi))  # fmt: skip

    def clear_form(self) -> None:
        """Ready for the next citizen: the scan field focused, the receiver fields empty."""
        for field in (self.receiver_name, self.receiver_id, self.fee):
            field.clear()
        self.applicant_choice.setChecked(True)
        self.scan.clear()
        self.matches.clear()
        self.matches.setVisible(False)
        self.window().activateWindow()
        self.scan.setFocus()

    def clear_personal_data(self) -> None:
        self.clear_form()
        self.view = None
        for label in self.facts.values():
            label.clear()
        self.result_file.clear()
        self.status.clear()
