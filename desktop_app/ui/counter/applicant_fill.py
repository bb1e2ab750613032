"""Filling the reception form from a citizen's card scan or from the office's own records.

A card payload fills ID type (CCCD), ID number, name, birth date, sex, address and the old
CMND; a refused payload fills nothing. An ID number the office already knows (typed, scanned
from the card, or read from an old receipt's code) brings the newest record: its phone and
e-mail, and whatever the card does not say. What the card changed is shown in a note the
officer closes with Esc or its button.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from motcua_core.domain.identifiers import IdType

if TYPE_CHECKING:
    from desktop_app.services.dossiers.citizens import FieldChange, KnownApplicant
    from desktop_app.ui.counter.reception_form import ReceptionForm
    from motcua_core.domain.cccd_qr import CardData

#: The fields looked at, in order, for where the officer goes on after a fill.
_NEXT_FIELDS = ("full_name", "id_number", "birth_date", "address", "phone")


def fill_from_card(form: ReceptionForm, card: CardData) -> None:
    """Put the card's facts into the form (they replace what was there)."""
    form.id_type.setCurrentIndex(form.id_type.findData(str(IdType.CCCD)))
    form.id_number.setText(card.id_number)
    form.full_name.setText(card.full_name)
    form.birth_date.setText(f"{card.birth_date:%d/%m/%Y}")
    form.sex.setCurrentIndex(form.sex.findData(card.sex))
    form.address.setText(card.address)
    form.old_id_number.setText(card.old_id_number or "")
    form.clear_errors()


def fill_from_known(form: ReceptionForm, known: KnownApplicant) -> None:
    """Fill the fields still empty from the office's newest record of the citizen."""
    values = {
        "full_name": known.full_name,
        "id_number": known.id_number,
        "birth_date": f"{known.birth_date:%d/%m/%Y}" if known.birth_date else "",
        "address": known.address,
        "old_id_number": known.old_id_number or "",
        "phone": known.phone or "",
        "email": known.email or "",
    }
    for key, value in values.items():
        edit = getattr(form, key)
        if isinstance(edit, QLineEdit) and not edit.text().strip() and value:
            edit.setText(value)
    if form.sex.currentData() is None and known.sex:
        form.sex.setCurrentIndex(form.sex.findData(known.sex))
    if known.id_type is not None and not form.id_number.isModified():
        form.id_type.setCurrentIndex(form.id_type.findData(str(known.id_type)))


def focus_next_empty(form: ReceptionForm) -> QWidget:
    """Focus the first field the officer still has to fill (usually the phone)."""
    target: QWidget = form.phone
    if form.current_procedure() is None:
        target = form.procedure_filter
    else:
        for key in _NEXT_FIELDS:
            edit = getattr(form, key)
            if isinstance(edit, QLineEdit) and not edit.text().strip():
                target = edit
                break
        else:
            target = form.email if not form.email.text().strip() else form.phone
    target.setFocus(Qt.FocusReason.OtherFocusReason)
    return target


class ChangesNote(QFrame):
    """What the card changed against the record, one line a field; Esc or its button closes it."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changesNote")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#changesNote { background: #fff8e1; border: 1px solid #f0c36d; }")
        self.text = QLabel(objectName="changesText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.close_button = QPushButton(self.tr("Seen (Esc)"), objectName="changesSeen")
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.dismiss)
        self.escape.setContext(Qt.ShortcutContext.WindowShortcut)
        self.escape.setEnabled(False)
        self.hide()

    def show_changes(self, changes: list[FieldChange], known: KnownApplicant) -> None:
        when = known.last_received_at
        intro = self.tr("The card differs from the office's record") + (
            self.tr(" (last dossier {date})").format(date=f"{when:%d/%m/%Y}") if when else ""
        )
        lines = [f"• {c.label_vi}: {c.old_text or '—'} → {c.new_text or '—'}" for c in changes]
        advice = self.tr("The card's values are in the form; check them with the citizen.")
        self.text.setText(intro + ":\n" + "\n".join(lines) + "\n" + advice)
        self.escape.setEnabled(True)
        self.show()

    def dismiss(self) -> None:
        self.escape.setEnabled(False)
        self.hide()
        self.dismissed.emit()
