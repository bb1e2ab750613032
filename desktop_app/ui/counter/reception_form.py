"""The reception form's fields, their inline validation, and the request they make."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from desktop_app.services.dossiers.reception import ApplicantInput, DocumentEntry, ReceptionRequest
from desktop_app.services.dossiers.reception_request import request_problems
from desktop_app.ui.counter.documents_table import DocumentsTable
from desktop_app.ui.counter.notify_selector import NotifySelector
from motcua_core.domain import field_limits
from motcua_core.domain.identifiers import SEX_LABELS_VI, IdType
from motcua_core.domain.lifecycle import Channel
from motcua_core.domain.text import fold_for_search

_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_WIDE = frozenset({"documents", "reason"})
#: The form's field of a request field the rules name differently.
_FORM_FIELD = {"sets_count": "sets", "fee_text": "fee"}


class ReceptionForm(QWidget):
    """Fields with an error label beside each; ``procedure_changed`` when the choice changes.

    No procedure is chosen until the officer chooses one: typing in the search picks its first
    match, Enter there confirms it and goes on to the applicant.
    """

    procedure_changed = Signal()
    #: Emitted with the ID number when the officer finishes typing one (a known citizen?).
    id_number_entered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.procedures: list[Any] = []
        self.today: Callable[[], date] = date.today
        self.errors: dict[str, QLabel] = {}
        self.grid = QGridLayout(self)
        self._build_procedure_fields()
        self._build_applicant_fields()
        self._build_dossier_fields()
        self._lay_out()
        self._limit_lengths()
        self.procedure_filter.textEdited.connect(self._filter_procedures)
        self.procedure_filter.returnPressed.connect(self._confirm_procedure)
        self.id_number.editingFinished.connect(self._id_number_finished)
        self.procedure.currentIndexChanged.connect(self._procedure_chosen)
        self.return_method.currentIndexChanged.connect(self._return_method_changed)
        self._return_method_changed()

    def _build_procedure_fields(self) -> None:
        """The search over the catalogue and the procedure chosen from its matches."""
        self.procedure_filter = QLineEdit(objectName="procedureFilter")
        self.procedure_filter.setPlaceholderText(self.tr("Type a code or a name, accents optional"))
        self.procedure = QComboBox(objectName="procedureCombo")
        self.procedure.setPlaceholderText(self.tr("Choose the procedure"))

    def _build_applicant_fields(self) -> None:
        """Who hands the dossier in: name, identity paper, birth, contact, address, owner."""
        self.full_name = QLineEdit(objectName="fullName")
        self.id_type = QComboBox(objectName="idType")
        for kind in IdType:
            self.id_type.addItem(kind.label_vi, str(kind))
        self.id_number = QLineEdit(objectName="idNumber")
        self.birth_date = QLineEdit(objectName="birthDate")
        self.birth_date.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.sex = QComboBox(objectName="sex")
        self.sex.addItem("", None)
        for value, label in SEX_LABELS_VI.items():
            self.sex.addItem(label, value)
        self.old_id_number = QLineEdit(objectName="oldIdNumber")
        self.old_id_number.setPlaceholderText(self.tr("9 digits, on the citizen's card"))
        self.phone = QLineEdit(objectName="phone")
        self.email = QLineEdit(objectName="email")
        self.notify_medium = NotifySelector()
        self.address = QLineEdit(objectName="address")
        self.owner_name = QLineEdit(objectName="ownerName")
        self.owner_name.setPlaceholderText(self.tr("Only if different from the applicant"))

    def _build_dossier_fields(self) -> None:
        """The dossier itself: channel, sets, fee, return of the result, documents, reason."""
        self.channel = QComboBox(objectName="channel")
        for channel in (Channel.IN_PERSON, Channel.POST, Channel.ONLINE):
            self.channel.addItem(channel.label_vi, int(channel))
        self.sets = QSpinBox(objectName="sets", minimum=1, maximum=99)
        self.fee = QLineEdit(objectName="fee")
        self.return_method = QComboBox(objectName="returnMethod")
        self.return_method.addItem(self.tr("At the counter"), "counter")
        self.return_method.addItem(self.tr("By post"), "post")
        self.return_address = QLineEdit(objectName="returnAddress")
        self.documents = DocumentsTable(
            [
                self.tr("Document (Space: handed in)"),
                self.tr("Form (F2)"),
                self.tr("Count"),
                self.tr("Digitised copy"),
            ]  # fmt: skip
        )
        self.reason = QPlainTextEdit(objectName="reason")
        self.reason.setPlaceholderText(
            self.tr("What is missing and why (supplement), or the reason of a refusal")
        )
        self.reason.setMaximumHeight(70)

    def _lay_out(self) -> None:
        rows = [
            ("procedure_filter", self.tr("Find procedure"), self.procedure_filter),
            ("procedure", self.tr("Procedure"), self.procedure),
            ("full_name", self.tr("Full name"), self.full_name),
            ("id_type", self.tr("ID type"), self.id_type),
            ("id_number", self.tr("ID number"), self.id_number),
            ("birth_date", self.tr("Birth date"), self.birth_date),
            ("sex", self.tr("Sex"), self.sex),
            ("old_id_number", self.tr("Old ID card (CMND)"), self.old_id_number),
            ("phone", self.tr("Phone"), self.phone),
            ("email", self.tr("E-mail"), self.email),
            ("notify_medium", self.notify_medium.title(), self.notify_medium),
            ("address", self.tr("Address"), self.address),
            ("owner_name", self.tr("Dossier owner"), self.owner_name),
            ("channel", self.tr("Channel"), self.channel),
            ("sets", self.tr("Number of sets"), self.sets),
            ("fee", self.tr("Fee"), self.fee),
            ("return_method", self.tr("Return of the result"), self.return_method),
            ("return_address", self.tr("Postal address"), self.return_address),
            ("documents", self.tr("Documents"), self.documents),
            ("reason", self.tr("Supplement / refusal"), self.reason),
        ]
        for row, (key, label, widget) in enumerate(rows):
            self.grid.addWidget(QLabel(label), 2 * row, 0)
            # the documents table and the reason take the width of the field and its message
            self.grid.addWidget(widget, 2 * row, 1, 1, 2 if key in _WIDE else 1)
            error = QLabel(objectName=f"error_{key}")
            error.setStyleSheet("color: #b00020")
            error.setWordWrap(True)
            self.errors[key] = error
            if key in _WIDE:
                self.grid.addWidget(error, 2 * row + 1, 1, 1, 2)
            else:
                self.grid.addWidget(error, 2 * row, 2)
        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(2, 2)

    def _limit_lengths(self) -> None:
        """The database columns' sizes (one source: ``domain.field_limits``).

        A text typed or pasted past the limit is cut there, and the field says so: the
        officer checks what was kept instead of saving a cut name unaware.
        """
        for key, limit in field_limits.LIMITS.items():
            name = key if key != "fee_text" else "fee"
            widget = getattr(self, name, None)
            if isinstance(widget, QLineEdit):
                widget.setMaxLength(limit)
                widget.inputRejected.connect(partial(self._say_cut, name, limit))
        self.birth_date.setMaxLength(10)
        self.reason.textChanged.connect(self._limit_reason)

    def _say_cut(self, name: str, limit: int) -> None:
        error = self.errors.get(name)
        if error is not None:
            error.setText(
                self.tr("Longer than {limit} characters: only the first {limit} were kept. "
                        "Check the text.").format(limit=limit)
            )  # fmt: skip

    def _limit_reason(self) -> None:
        text = self.reason.toPlainText()
        if len(text) > field_limits.REASON:
            self.reason.setPlainText(text[: field_limits.REASON])
            self.reason.moveCursor(self.reason.textCursor().MoveOperation.End)

    # --- procedures and documents ----------------------------------------------------------

    def set_procedures(self, procedures: list[Any]) -> None:
        """The catalogue arrived; what the officer already typed in the search still applies."""
        self.procedures = procedures
        if self.procedure_filter.text().strip():
            self._filter_procedures(self.procedure_filter.text())
        else:
            self._fill_procedures(procedures)

    def _fill_procedures(self, procedures: list[Any], *, pick_first: bool = False) -> None:
        self.procedure.blockSignals(True)
        self.procedure.clear()
        for p in procedures:
            self.procedure.addItem(f"{p.code} — {p.name}", p.code)
            self.procedure.setItemData(self.procedure.count() - 1, p.name, _TOOLTIP)
        self.procedure.setCurrentIndex(0 if pick_first and procedures else -1)
        self.procedure.blockSignals(False)
        self._procedure_chosen()

    def _filter_procedures(self, text: str) -> None:
        key = fold_for_search(text)
        matches = [p for p in self.procedures if key in fold_for_search(f"{p.code} {p.name}")]
        self._fill_procedures(matches, pick_first=bool(key))

    def _confirm_procedure(self) -> None:
        """Enter in the search: take its first match and go on to the applicant."""
        if self.current_procedure() is None and self.procedure.count():
            self.procedure.setCurrentIndex(0)
        if self.current_procedure() is not None:
            self.id_number.setFocus(Qt.FocusReason.TabFocusReason)

    def _id_number_finished(self) -> None:
        number = self.id_number.text().strip()
        if number:
            self.id_number_entered.emit(number)

    def current_procedure(self) -> Any:
        code = self.procedure.currentData()
        return next((p for p in self.procedures if p.code == code), None)

    def _procedure_chosen(self) -> None:
        procedure = self.current_procedure()
        self.documents.setRowCount(0)
        if procedure is not None:
            self.fee.setText(procedure.fee_text)
            for name in procedure.required_documents:
                self.add_document(name)
        self.procedure_changed.emit()

    def add_document(self, name: str, checked: bool = True) -> None:
        self.documents.add_document(name, checked)

    def document_entries(self, *, checked: bool) -> list[DocumentEntry]:
        return self.documents.entries(checked=checked)

    def _return_method_changed(self) -> None:
        self.return_address.setEnabled(self.return_method.currentData() == "post")

    # --- validation ------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()

    def show_error(self, key: str, message: str) -> None:
        self.errors[key].setText(message)

    def validate(self, action: str = "receive") -> bool:
        """Check every field for ``action``; show a message beside each bad one.

        The reception rules are the service's (``request_problems``); the form adds what only
        it knows: whether a procedure is chosen and whether the birth date is a date at all.

        Returns:
            True when all fields are good.
        """
        self.clear_errors()
        problems = self._problems(action)
        for key, message in problems.items():
            self.show_error(key, message)
        if problems:
            first = next(key for key in self.errors if key in problems)
            widget = getattr(self, first, None)
            if isinstance(widget, QWidget):
                widget.setFocus()
        return not problems

    def _problems(self, action: str) -> dict[str, str]:
        """The form's own problems, then the rules' problems by the form's field names."""
        problems = self._input_problems()
        text = self.outcome_text(action)
        found = request_problems(
            self.request(uuid.uuid4()),
            self.today(),
            missing=text if action == "supplement" else None,
            refusal_reason=text if action == "refuse" else None,
        )
        wording = self._wording(text)
        for key, message in found.items():
            field = _FORM_FIELD.get(key, key)
            problems.setdefault(field, wording.get(field, message))
        return problems

    def _input_problems(self) -> dict[str, str]:
        """What the request cannot carry: no procedure chosen, a birth date that is no date."""
        problems: dict[str, str] = {}
        if self.current_procedure() is None:
            problems["procedure"] = self.tr("Choose the procedure.")
        if self.birth_date.text().strip() and self._parsed_birth_date() is None:
            problems["birth_date"] = self.tr("Write the date as dd/mm/yyyy, e.g. 02/03/1985.")
        return problems

    def _wording(self, outcome_text: str | None) -> dict[str, str]:
        """The form's words for a field the rules refuse, where a field has one way to be wrong
        (the fields' lengths are capped as typed): what to do, in the officer's terms."""
        wording = {
            "full_name": self.tr("Enter the applicant's full name."),
            "birth_date": self.tr("The birth date is in the future."),
            "return_address": self.tr("Enter the address the post delivers to."),
        }
        if self.email.text().strip():  # empty, it is the address the chosen medium needs
            wording["email"] = self.tr("This is not an e-mail address.")
        if not outcome_text:  # a text that is there can only be too long: the rule says so
            wording["reason"] = self.tr("Write what is missing, or why the dossier is refused.")
        return wording

    def _parsed_birth_date(self) -> date | None:
        """The birth date as typed (dd/mm/yyyy), or None when empty or not a date."""
        try:
            return datetime.strptime(self.birth_date.text().strip(), "%d/%m/%Y").date()
        except ValueError:
            return None

    # --- the request -----------------------------------------------------------------------

    def request(self, request_id: uuid.UUID) -> ReceptionRequest:
        """The request the fields describe (call ``validate`` first)."""
        birth = self._parsed_birth_date()
        return ReceptionRequest(
            procedure_code=str(self.procedure.currentData()),
            applicant=ApplicantInput(
                full_name=self.full_name.text(),
                id_type=IdType(self.id_type.currentData()) if self.id_number.text().strip()
                else None,
                id_number=self.id_number.text().strip() or None, birth_date=birth,
                phone=self.phone.text().strip() or None, email=self.email.text().strip() or None,
                address=self.address.text().strip(), sex=self.sex.currentData(),
                old_id_number=self.old_id_number.text().strip() or None,
            ),
            channel=Channel(self.channel.currentData()),
            owner_name=self.owner_name.text().strip() or None,
            sets_count=self.sets.value(),
            documents=tuple(self.document_entries(checked=True)),
            return_method=str(self.return_method.currentData()),
            return_address=self.return_address.text().strip() or None,
            fee_text=self.fee.text().strip(),
            request_id=request_id, notify_medium=self.notify_medium.medium(),
        )  # fmt: skip

    def outcome_text(self, action: str) -> str | None:
        """What a supplement request or a refusal says (None for a receipt)."""
        if action == "supplement":
            return self.missing_text()
        if action == "refuse":
            return self.reason.toPlainText().strip()
        return None

    def missing_text(self) -> str:
        """What is missing: the unticked documents plus the typed text."""
        lines = [f"{d.name}: chưa nộp" for d in self.document_entries(checked=False)]
        typed = self.reason.toPlainText().strip()
        return "\n".join(lines + ([typed] if typed else []))

    def clear(self) -> None:
        """Empty for the next citizen: no procedure chosen, the search and every field empty."""
        for edit in (self.procedure_filter, self.full_name, self.id_number, self.birth_date,
                     self.old_id_number, self.phone, self.email, self.address, self.owner_name,
                     self.return_address):  # fmt: skip
            edit.clear()
        self.reason.clear()
        self.sex.setCurrentIndex(0)
        self.id_type.setCurrentIndex(0)
        self.sets.setValue(1)
        self.return_method.setCurrentIndex(0)
        self.channel.setCurrentIndex(0)
        self.notify_medium.reset()
        self._fill_procedures(self.procedures)
        self.clear_errors()
