"""Tiếp nhận: receive a dossier, or record a supplement request or a refusal, and print."""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.common.operations import run_operation, user_message
from desktop_app.ui.common.print_preview import open_print_preview
from desktop_app.ui.counter.applicant_fill import ChangesNote
from desktop_app.ui.counter.attachments_panel import AttachmentsPanel
from desktop_app.ui.counter.form_output import PrintResult, print_dossier_form
from desktop_app.ui.counter.notify_selector import CYCLE_KEY as NOTIFY_KEY
from desktop_app.ui.counter.reception_citizen import CitizenFill
from desktop_app.ui.counter.reception_form import ReceptionForm

if TYPE_CHECKING:
    from desktop_app.services.dossiers.reception import ReceivedDossier
    from desktop_app.ui.counter.window import CounterPage

PAGE_ORDER = 10
#: The form printed after each outcome.
FORM_OF_ACTION = {"receive": "01", "supplement": "02", "refuse": "03"}
#: Shortcuts of the page (the queue panel has F5–F11, sync F12, lookup F3 and Ctrl+F; the
#: notification medium cycles with ``NOTIFY_KEY``, Ctrl+M).
PREVIEW_KEY = "Ctrl+P"
NEW_DOSSIER_KEY = "Ctrl+N"


def page_title() -> str:
    return QCoreApplication.translate("ReceptionPage", "Reception")


def make_page(counter: CounterPage) -> QWidget:
    return ReceptionPage(counter)


class ReceptionPage(QWidget):
    """The reception form, the due moment shown live, the three outcomes, the printed form."""

    def __init__(self, counter: CounterPage) -> None:
        super().__init__()
        self.setObjectName("receptionPage")
        self.counter = counter
        self.request_id = uuid.uuid4()
        self.saving = False
        self._last_action = "receive"
        self.last_saved: ReceivedDossier | None = None
        self.last_print: PrintResult | None = None
        self.printing = False
        self.form = ReceptionForm()
        self.form.today = self._today
        self.attachments = AttachmentsPanel(self.form.documents, counter.context.settings)
        self.attachments.follow(self.form, counter.context, self._today)
        self.note = ChangesNote()
        self.due_label = QLabel(objectName="dueLabel")
        self.status_label = QLabel(objectName="receptionStatus")
        self.status_label.setWordWrap(True)
        self._build_buttons()
        self.citizen = CitizenFill(self)
        self._lay_out()
        self.status_label.setText(counter.scanner_message)  # a serial port that did not open
        self._connect_actions()
        self._due_timer = QTimer(self)
        self._due_timer.timeout.connect(self.update_due)
        self._due_timer.start(30_000)
        self._load_procedures()

    def _build_buttons(self) -> None:
        """The three outcomes, the preview of the last form, and the next dossier."""
        self.receive_button = QPushButton(self.tr("Receive (Ctrl+Enter)"), objectName="receive")
        self.supplement_button = QPushButton(self.tr("Request supplement (form 02)"))
        self.refuse_button = QPushButton(self.tr("Refuse (form 03)"))
        self.preview_button = QPushButton(self.tr("Print preview ({key})").format(key=PREVIEW_KEY))
        self.preview_button.setShortcut(QKeySequence(PREVIEW_KEY))
        self.new_button = QPushButton(self.tr("New dossier ({key})").format(key=NEW_DOSSIER_KEY),
                                      objectName="newDossier")  # fmt: skip
        self.new_button.setShortcut(QKeySequence(NEW_DOSSIER_KEY))
        self.new_button.setAutoDefault(True)  # Enter on it, after a save, starts the next one
        self.preview_button.setEnabled(False)

    def _connect_actions(self) -> None:
        """The buttons, Ctrl+Enter for a receipt, and the due moment following the procedure."""
        self.receive_button.clicked.connect(lambda: self.save("receive"))
        self.supplement_button.clicked.connect(lambda: self.save("supplement"))
        self.refuse_button.clicked.connect(lambda: self.save("refuse"))
        self.preview_button.clicked.connect(self.preview)
        self.new_button.clicked.connect(self.new_dossier)
        self.form.procedure_changed.connect(self.update_due)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, lambda: self.save("receive"))
        QShortcut(QKeySequence(NOTIFY_KEY), self, self.cycle_medium)

    def cycle_medium(self) -> None:
        """The next notification medium, scrolled into view so the officer sees the choice."""
        self.form.notify_medium.cycle()
        self.scroll.ensureWidgetVisible(self.form.notify_medium)

    def _lay_out(self) -> None:
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        buttons = QGridLayout()
        for index, button in enumerate((self.receive_button, self.supplement_button,
                                        self.refuse_button, self.preview_button,
                                        self.new_button)):  # fmt: skip
            buttons.addWidget(button, index // 3, index % 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.attachments)
        layout.addWidget(self.due_label)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)

    def _load_procedures(self) -> None:
        run_operation(self, self.counter.actions.procedures, self.form.set_procedures)
        self._load_default_medium()

    def _load_default_medium(self) -> None:
        """The office's default medium (an administrator may have changed it meanwhile)."""
        selector = self.form.notify_medium
        run_operation(self, self.counter.actions.notify_default_medium, selector.set_default)

    def _today(self) -> date:
        return self.counter.now().astimezone(self.counter.context.settings.zone).date()

    def focus_first(self) -> None:
        self.form.procedure_filter.setFocus(Qt.FocusReason.OtherFocusReason)

    def handle_scan(self, text: str) -> bool:
        """A scan while this page is shown: a card fills the form, a receipt's code its owner."""
        return self.citizen.handle_scan(text)

    def update_due(self) -> None:
        """Show the due moment the dossier would get if saved now."""
        procedure = self.form.current_procedure()
        calendar = self.counter.calendar
        if procedure is None or calendar is None:
            self.due_label.clear()
            return
        due = calendar.due_at(self.counter.now(), procedure.limit).astimezone(calendar.tz)
        self.due_label.setText(
            self.tr("Due if received now: {moment}").format(moment=f"{due:%H:%M %d/%m/%Y}")
        )

    # --- saving ----------------------------------------------------------------------------

    def save(self, action: str) -> None:
        """Validate and save; a second press while saving, or after saving, makes nothing new."""
        if self.saving or self.counter.staff is None:
            return
        self._last_action = action
        if not self.form.validate(action):
            self.status_label.setText(self.tr("Please correct the fields marked in red."))
            return
        if self.attachments.busy:
            self.status_label.setText(self.tr("The attachments are being prepared: wait a moment."))
            return
        request = self.form.request(self.request_id)
        extra = self.form.outcome_text(action) or ""
        self._set_saving(True)
        self.status_label.setText(self.tr("Saving…"))
        self.citizen.check_duplicates(request, lambda: self._save_now(action, request, extra))

    def _save_now(self, action: str, request: Any, extra: str) -> None:
        drafts = self.attachments.for_save() if action == "receive" else []
        actions = self.counter.actions
        run_operation(self, lambda: actions.save_reception(action, request, extra, drafts),
                      lambda saved: self._saved(action, saved), self.save_failed)  # fmt: skip

    def cancel_save(self, message: str = "") -> None:
        """The officer stopped the save (the duplicate warning): the form stays as typed."""
        self._set_saving(False)
        self.status_label.setText(message)

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        for button in (self.receive_button, self.supplement_button, self.refuse_button):
            button.setEnabled(not saving)

    def save_failed(self, error: Exception) -> None:
        """Keep everything typed; say what went wrong in Vietnamese."""
        self._set_saving(False)
        message = self.tr(
            "The dossier was not saved: the database did not answer. Nothing was lost from the"
            " form; please press Receive again."
        )
        self.status_label.setText(user_message(error, message))

    def _saved(self, action: str, saved: ReceivedDossier) -> None:
        self.last_saved = saved
        self.attachments.saved()
        self.printing = True
        self.status_label.setText(
            self.tr("Saved dossier {code}. Printing form {form}…").format(
                code=saved.code, form=FORM_OF_ACTION[action]
            )
        )
        self._ready_for_next()
        print_dossier_form(self.counter, self, FORM_OF_ACTION[action], saved.code,
                           self._printed, self._print_failed)  # fmt: skip

    def _ready_for_next(self) -> None:
        """After a save the next citizen needs one key: Enter (or Ctrl+N) on "New dossier"."""
        self.new_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _printed(self, result: PrintResult) -> None:
        self.printing = False
        self.last_print = result
        self.preview_button.setEnabled(True)
        saved = self.last_saved
        code = saved.code if saved else ""
        text = self.tr("Dossier {code} saved; form {form} written to {path}.").format(
            code=code, form=result.form.number, path=str(result.pdf_path)
        )
        if result.printer_error:
            text += " " + self.tr(
                "The printer did not print: check that it is switched on and has paper, or"
                " choose another printer; the PDF copy is kept and the form can be printed"
                " again from the dossier view (F3)."
            )
        self.status_label.setText(text)

    def _print_failed(self, error: Exception) -> None:
        self.printing = False
        saved = self.last_saved
        form = FORM_OF_ACTION.get(self._last_action, "01")
        self.status_label.setText(
            self.tr(
                "Dossier {code} is saved, but form {form} could not be printed. Check that the"
                " printer is switched on and has paper, or choose another printer (or print to"
                " PDF), then print it again from the dossier view (F3, Enter)."
            ).format(code=saved.code if saved else "", form=form)
        )

    def preview(self) -> None:
        if self.last_print is not None:
            open_print_preview(self, self.last_print.form)

    def new_dossier(self) -> None:
        """Empty the form for the next dossier: new request id, no old receipt, no note."""
        self.form.clear()
        self._load_default_medium()
        self.attachments.clear()
        self.request_id = uuid.uuid4()
        self.last_saved = None
        self.last_print = None
        self.preview_button.setEnabled(False)
        self.note.dismiss()
        self.status_label.clear()
        self._set_saving(False)
        self.focus_first()

    def clear_personal_data(self) -> None:
        self.new_dossier()
