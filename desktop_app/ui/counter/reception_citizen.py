"""The reception page's citizen: card scans, citizens already known, and doubled saves.

``CitizenFill(page)`` is the page's helper for everything that comes from the citizen's card or
the office's records rather than from the officer's typing:

* a scanned card payload fills the form (``applicant_fill``) or, when refused, fills nothing
  and shows the payload error's message (it says how to fix the scanner);
* a scanned receipt code, or an ID number typed or read from the card, brings the newest record
  of that citizen; a card that disagrees with it shows the changes;
* before a save, the same ID and procedure received in the last hour asks the officer first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from desktop_app.ui.common.operations import run_operation, user_message
from desktop_app.ui.counter.applicant_fill import fill_from_card, fill_from_known, focus_next_empty
from motcua_core.domain.cccd_qr import CardPayloadError, looks_like_card_payload
from motcua_core.domain.dossier_code import is_dossier_code

if TYPE_CHECKING:
    from desktop_app.services.dossiers.citizens import DuplicateHit, KnownApplicant
    from desktop_app.ui.counter.applicant_fill import ChangesNote
    from desktop_app.ui.counter.reception_form import ReceptionForm
    from desktop_app.ui.counter.window import CounterPage
    from motcua_core.domain.cccd_qr import CardData


class ReceptionHost(Protocol):
    """What ``CitizenFill`` uses of its reception page (``ReceptionPage``, a QWidget)."""

    counter: CounterPage
    form: ReceptionForm
    note: ChangesNote
    status_label: QLabel

    def save_failed(self, error: Exception) -> None: ...

    def cancel_save(self, message: str = "") -> None: ...


class CitizenFill(QObject):
    """Card scans, known citizens and the duplicate warning of one reception page."""

    def __init__(self, page: ReceptionHost) -> None:
        super().__init__(page)
        self.page = page
        self.form = page.form
        self.duplicate_box: QMessageBox | None = None
        self.form.id_number_entered.connect(self.look_up_known)

    # --- scans ----------------------------------------------------------------------------

    def handle_scan(self, text: str) -> bool:
        """A card payload or a dossier code; False for anything else (it is typed instead)."""
        if looks_like_card_payload(text):
            self.take_card(text)
            return True
        if is_dossier_code(text.strip()):
            self._owner_of_receipt(text.strip())
            return True
        return False

    def take_card(self, payload: str) -> None:
        from motcua_core.domain.cccd_qr import parse_card_payload

        try:
            card = parse_card_payload(payload, today=self.form.today())
        except CardPayloadError as error:
            self.page.status_label.setText(error.message_vi)
            return
        fill_from_card(self.form, card)
        self.page.status_label.setText(self.tr("Filled from the citizen's card."))
        focus_next_empty(self.form)
        self.look_up_known(card.id_number, card)

    def _owner_of_receipt(self, code: str) -> None:
        actions = self.page.counter.actions

        def work() -> str | None:
            return actions.dossier(code).applicant.id_number

        run_operation(self.page, work, self._receipt_owner_found, self._receipt_not_found)

    def _receipt_owner_found(self, id_number: str | None) -> None:
        if not id_number:
            self.page.status_label.setText(self.tr("That dossier names no ID number."))
            return
        self.form.id_number.setText(id_number)
        self.look_up_known(id_number)

    def _receipt_not_found(self, error: Exception) -> None:
        self.page.status_label.setText(user_message(error, self.tr("No dossier has that code.")))

    # --- known citizens -------------------------------------------------------------------

    def look_up_known(self, id_number: str, card: CardData | None = None) -> None:
        """Pre-fill from the newest record of ``id_number`` (and compare it with ``card``)."""
        actions = self.page.counter.actions

        def work() -> KnownApplicant | None:
            return actions.known_applicant(id_number)

        run_operation(self.page, work, lambda known: self._known(known, card))

    def _known(self, known: KnownApplicant | None, card: CardData | None) -> None:
        if known is None or known.id_number != self.form.id_number.text().strip():
            return
        from desktop_app.services.dossiers.citizens import differences

        fill_from_known(self.form, known)
        changes = differences(known, card) if card is not None else []
        if changes:
            self.page.note.show_changes(changes, known)
        self.page.status_label.setText(
            self.tr("Known citizen: the form is filled from the office's newest record.")
        )
        focus_next_empty(self.form)

    # --- doubled saves --------------------------------------------------------------------

    def check_duplicates(self, request: Any, go_on: Callable[[], None]) -> None:
        """Call ``go_on`` unless the same ID and procedure were received in the last hour."""
        number = request.applicant.id_number
        if not number:
            go_on()
            return
        actions = self.page.counter.actions

        def work() -> list[DuplicateHit]:
            return actions.recent_duplicates(number, request.procedure_code)

        def checked(hits: list[DuplicateHit]) -> None:
            if hits:
                self._warn(hits[0], go_on)
            else:
                go_on()

        run_operation(self.page, work, checked, self.page.save_failed)

    def _warn(self, hit: DuplicateHit, go_on: Callable[[], None]) -> None:
        tz = self.page.counter.context.settings.zone
        box = QMessageBox(self.page)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Received already?"))
        when = f"{hit.received_at.astimezone(tz):%H:%M %d/%m/%Y}"
        box.setText(self.tr(
            "This citizen's dossier for this procedure was received at {time}: {code}. Was"
            " the form entered a second time (after a break-down)?"
        ).format(time=when, code=hit.code))  # fmt: skip
        open_first = box.addButton(self.tr("&Open {code}").format(code=hit.code),
                                   QMessageBox.ButtonRole.AcceptRole)  # fmt: skip
        save_new = box.addButton(self.tr("&Save a new dossier"), QMessageBox.ButtonRole.YesRole)
        cancel = box.addButton(self.tr("&Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_first)
        box.setEscapeButton(cancel)
        box.buttonClicked.connect(lambda button: self._answered(button, hit, go_on, save_new,
                                                                open_first))  # fmt: skip
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.duplicate_box = box
        box.open()

    def _answered(self, button: Any, hit: DuplicateHit, go_on: Callable[[], None],
                  save_new: QPushButton, open_first: QPushButton) -> None:  # fmt: skip
        self.duplicate_box = None
        if button is save_new:
            go_on()
            return
        self.page.cancel_save(self.tr("Nothing was saved."))
        if button is open_first:
            lookup = self.page.counter.page("lookup_page")
            if lookup is not None:
                lookup.open_dossier(hit.code)  # type: ignore[attr-defined]
