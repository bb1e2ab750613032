"""The kiosk page: a big button per open area, a priority choice, then the ticket prints.

Touch first: every target is large, there is nothing to type. After a ticket the screen shows
the number (also when the printer failed) and returns to the start by itself. A citizen who
booked a time checks in by scanning the booking's QR code or the ID card on any page (the
scanner types; ``handle_scan``), or types the code on the check-in page (``check_in_page``).
Drawn for 1920×1080 and scaled to the screen (``ui/common/fit_text``): texts shrink, never get cut.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.common.fit_text import (
    FitButton,
    FitLabel,
    apply_scale,
    scaled_style,
    screen_scale,
)
from desktop_app.ui.common.operations import run_operation, user_message
from desktop_app.ui.common.scanner_input import ScannerInput
from desktop_app.ui.kiosk.check_in_page import CheckInPage, booking_lines
from desktop_app.ui.kiosk.issuing import KioskChoices, KioskResult, KioskTickets
from motcua_core.domain.booking_code import parse_booking_code
from motcua_core.domain.cccd_qr import looks_like_card_payload

if TYPE_CHECKING:
    from desktop_app.app import AppContext

REFRESH_MS = 60_000
CHOICE_TIMEOUT_MS = 30_000
# Sizes below are for a 1920×1080 screen; a column of buttons needs little width, so the scale
# follows the height unless the screen is narrower than 1280 (a 4:3 monitor, a portrait kiosk).
DESIGN = QSize(1280, 1080)
STYLE = """
#kioskPage { background: #f3f6fa; }
#kioskOffice { color: #7a1c1c; }
#kioskPrompt { color: #0b3d6e; }
#kioskHint { color: #44505c; }
QPushButton[kiosk="area"] {
    color: white; background: #0b5cad; border: none; border-radius: 18px; padding: 16px 24px;
}
QPushButton[kiosk="area"]:pressed { background: #084683; }
QPushButton[kiosk="normal"] {
    color: white; background: #1f7a3a; border: none; border-radius: 18px; padding: 12px 24px;
}
QPushButton[kiosk="priority"] {
    color: #5a2d00; background: #ffd98a; border: none; border-radius: 18px; padding: 10px 18px;
}
QPushButton[kiosk="booking"] {
    color: #0b3d6e; background: #ffffff; border: 3px solid #0b5cad; border-radius: 18px;
    padding: 10px 24px;
}
QPushButton[kiosk="key"] {
    color: #0b3d6e; background: #ffffff; border: 2px solid #9fb3c8; border-radius: 10px;
    padding: 4px;
}
QPushButton[kiosk="key"]:pressed { background: #dde6f0; }
#kioskCode {
    color: #0b3d6e; background: white; border: 3px solid #0b5cad; border-radius: 12px;
    padding: 6px 16px;
}
QPushButton[kiosk="back"] {
    color: #0b3d6e; background: #dde6f0; border: none; border-radius: 12px; padding: 18px 40px;
}
#kioskNumber { color: #0b3d6e; }
#kioskArea { color: #0b3d6e; }
#kioskDetails { color: #222; }
#kioskWarning { color: #b00020; }
"""


class KioskPage(QWidget):
    """The kiosk station's page (role ``kiosk``)."""

    ticket_issued = Signal(object)  # KioskResult, after the ticket is saved (printed or not)

    def __init__(self, context: AppContext, main_window: QWidget | None = None) -> None:
        super().__init__(main_window)
        self.context = context
        self.tickets = KioskTickets(context)
        self.setObjectName("kioskPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scale = 0.0
        self.choices: KioskChoices | None = None
        self.chosen_area: str | None = None
        self.busy = False
        self.stack = QStackedWidget(self)
        self.layout_ = QVBoxLayout(self)
        self.office_label = _label(context.settings.office_name, "kioskOffice", 30, wrap=True)
        self.layout_.addWidget(self.office_label)
        self.layout_.addWidget(self.stack, 1)
        self.area_page = self._build_area_page()
        self.priority_page = self._build_priority_page()
        self.result_page = self._build_result_page()
        self.check_in_page = CheckInPage(self.stack)
        self.check_in_page.submitted.connect(lambda code: self.check_in(booking_code=code))
        self.check_in_page.back.connect(self.reset)
        self.check_in_page.touched.connect(lambda: self.reset_timer.start(CHOICE_TIMEOUT_MS))
        self.stack.addWidget(self.check_in_page)
        self.scanner = ScannerInput(main_window if main_window is not None else self)
        self.scanner.handlers.append(self.handle_scan)
        self.reset_timer = QTimer(self)
        self.reset_timer.setSingleShot(True)
        self.reset_timer.timeout.connect(self.reset)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.timeout.connect(self.refresh)
        self.refresh_timer.start(REFRESH_MS)
        self._apply_scale(1.0)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self.setFocus(Qt.FocusReason.OtherFocusReason)  # typed keys reach the page

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._apply_scale(screen_scale(self.size(), DESIGN))

    def _apply_scale(self, scale: float) -> None:
        """Fonts, paddings and spacings for a page ``scale`` times the design size."""
        if abs(scale - self.scale) < 0.01:
            return
        self.scale = scale
        self.setStyleSheet(scaled_style(STYLE, scale))
        self.layout_.setContentsMargins(*(round(v * scale) for v in (40, 24, 40, 24)))
        for grid, spacing in ((self.area_grid, 24), (self.priority_grid, 18)):
            grid.setSpacing(round(spacing * scale))
        self.check_in_page.set_scale(scale)
        apply_scale(self, scale)

    # --- pages ---------------------------------------------------------------------------

    def _build_area_page(self) -> QWidget:
        page = QWidget(self.stack)
        layout = QVBoxLayout(page)
        layout.addWidget(_label(self.tr("Please choose a service area"), "kioskPrompt", 40))
        self.area_grid = QGridLayout()
        layout.addLayout(self.area_grid, 1)
        self.area_hint = _label("", "kioskHint", 24, wrap=True)
        layout.addWidget(self.area_hint)
        self.booking_button = _button(self.tr("I have booked a time"), "booking", 32, page)
        self.booking_button.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred
        )
        self.booking_button.clicked.connect(lambda: self.show_check_in())
        layout.addWidget(self.booking_button)
        self.stack.addWidget(page)
        return page

    def _build_priority_page(self) -> QWidget:
        page = QWidget(self.stack)
        layout = QVBoxLayout(page)
        self.priority_prompt = _label("", "kioskPrompt", 40, wrap=True)
        layout.addWidget(self.priority_prompt, 2)
        self.normal_button = _button(self.tr("Normal ticket"), "normal", 34, page)
        self.normal_button.clicked.connect(lambda: self.choose_priority(None))
        layout.addWidget(self.normal_button, 3)
        hint = _label(
            self.tr("Priority (please show your papers at the counter):"), "kioskHint", 24
        )
        hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(hint, 1)
        self.priority_grid = QGridLayout()
        layout.addLayout(self.priority_grid, 5)
        back = _button(self.tr("Back"), "back", 24, page)
        back.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        back.clicked.connect(self.reset)
        layout.addWidget(back, 1, Qt.AlignmentFlag.AlignLeft)
        self.stack.addWidget(page)
        return page

    def _build_result_page(self) -> QWidget:
        page = QWidget(self.stack)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.result_title = _label(self.tr("Your number"), "kioskPrompt", 40)
        self.number_label = _label("", "kioskNumber", 220)
        self.result_area = _label("", "kioskArea", 40, wrap=True, bold=False)
        self.result_details = _label("", "kioskDetails", 28, wrap=True, bold=False)
        self.result_warning = _label("", "kioskWarning", 30, wrap=True)
        self.failure_label = _label("", "kioskWarning", 52, wrap=True)  # why nothing was issued
        self.failure_label.hide()
        for label in (self.result_title, self.number_label, self.failure_label, self.result_area,
                      self.result_details, self.result_warning):  # fmt: skip
            layout.addWidget(label)
        layout.addStretch(1)
        self.stack.addWidget(page)
        return page

    # --- behaviour -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the open areas and priority groups (hours open and close during the day)."""
        run_operation(self, self.tickets.choices, self._show_choices, self._offline)

    def _offline(self, _error: Exception) -> None:
        self.area_hint.setText(self.tr("The ticket system is not available. Please wait…"))

    def _show_choices(self, choices: KioskChoices) -> None:
        self.choices = choices
        self.office_label.setText(choices.office_name)
        _clear(self.area_grid)
        columns = 2 if len(choices.areas) > 3 else 1
        for index, area in enumerate(choices.areas):
            button = _button(area.name, "area", 44, self.area_page)
            button.setProperty("areaCode", area.code)
            button.clicked.connect(lambda _=False, code=area.code: self.choose_area(code))
            self.area_grid.addWidget(button, index // columns, index % columns)
        self.area_hint.setText("" if choices.areas else self.tr("No service area is open now."))
        _clear(self.priority_grid)
        for index, group in enumerate(choices.priority_groups):
            button = _button(group.label, "priority", 26, self.priority_page)
            button.setProperty("groupCode", group.code)
            button.clicked.connect(lambda _=False, code=group.code: self.choose_priority(code))
            self.priority_grid.addWidget(button, index // 2, index % 2)
        apply_scale(self, self.scale)

    def area_buttons(self) -> list[QPushButton]:
        """The area buttons now shown, in order."""
        return [
            b for b in self.area_page.findChildren(QPushButton) if b.property("kiosk") == "area"
        ]

    def priority_buttons(self) -> list[QPushButton]:
        return [
            b
            for b in self.priority_page.findChildren(QPushButton)
            if b.property("kiosk") == "priority"
        ]

    def choose_area(self, code: str) -> None:
        self.chosen_area = code
        name = (
            next((a.name for a in self.choices.areas if a.code == code), code)
            if self.choices
            else code
        )
        self.priority_prompt.setText(
            self.tr("{area}: do you belong to a priority group?").format(area=name)
        )
        self.stack.setCurrentWidget(self.priority_page)
        self.reset_timer.start(CHOICE_TIMEOUT_MS)

    def choose_priority(self, group: str | None) -> None:
        """Issue the ticket of the chosen area (once, however often the button is pressed)."""
        if self.busy or self.chosen_area is None:
            return
        self.busy = True
        self.reset_timer.stop()
        area = self.chosen_area
        run_operation(
            self,
            lambda: self.tickets.issue_and_print(area, group),
            self._show_result,
            self._issue_failed,
        )

    # --- bookings ------------------------------------------------------------------------

    def show_check_in(self, message: str = "") -> None:
        """The page to type a booking code (a scan works there too)."""
        self.check_in_page.clear()
        self.check_in_page.message.setText(message)
        self.stack.setCurrentWidget(self.check_in_page)
        self.check_in_page.focus_code()
        self.reset_timer.start(CHOICE_TIMEOUT_MS)

    def handle_scan(self, text: str) -> bool:
        """A scanned booking QR or ID card checks in; other scans are refused with a hint.

        On the check-in page an unknown scan is typed into the code field (which then says
        what a code looks like); elsewhere the check-in page opens with that message.
        """
        if self.busy:
            return True
        code = parse_booking_code(text)
        if code is not None:
            self.check_in(booking_code=code)
        elif looks_like_card_payload(text):
            self.check_in(cccd_payload=text.strip())
        elif self.stack.currentWidget() is self.check_in_page:
            return False
        else:
            self.show_check_in(self.tr("This code is not a booking. Please scan the QR code of"
                                       " your booking or your ID card."))  # fmt: skip
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        """Typing on a keyboard (or a scan slower than a scanner) goes to the code field."""
        text, field = event.text(), self.check_in_page.code_input
        if text.isalnum() and text.isascii() and not self.busy:
            if self.stack.currentWidget() is not self.check_in_page:
                self.show_check_in()
                field.clear()
            field.insert(text.upper())
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.stack.currentWidget() is self.check_in_page:
                self.check_in_page.submit()
        else:
            super().keyPressEvent(event)

    def check_in(self, *, booking_code: str | None = None, cccd_payload: str | None = None) -> None:
        """Check the booking in and print its ticket (once, however often it is scanned)."""
        if self.busy:
            return
        self.busy = True
        self.reset_timer.stop()
        run_operation(
            self,
            lambda: self.tickets.check_in_and_print(
                booking_code=booking_code, cccd_payload=cccd_payload
            ),
            self._show_result,
            lambda error: self._issue_failed(error, self.tr("Could not check in")),
        )

    def _show_result(self, result: KioskResult) -> None:
        self.busy = False
        ticket = result.ticket
        self.result_title.setText(self.tr("Your number"))
        self.failure_label.hide()
        self.number_label.setText(ticket.display_number)
        self.number_label.show()
        area = ticket.area_name
        if ticket.priority_label:
            priority = self.tr("Priority")
            area += f" — {priority}: {ticket.priority_label}"
        self.result_area.setText(area)
        details = self.tr("Waiting ahead: {ahead}").format(ahead=ticket.waiting_ahead)
        if ticket.estimated_wait_minutes:
            details += "   ·   " + self.tr("Estimated wait: about {minutes} min").format(
                minutes=ticket.estimated_wait_minutes
            )
        booked, late = booking_lines(result, self.context.settings.zone)
        self.result_details.setText(f"{booked}\n{details}" if booked else details)
        printer = "" if result.printed else self.tr(
            "The printer is not working: please remember your number."
        )  # fmt: skip
        self.result_warning.setText("\n".join(t for t in (late, printer) if t))
        self.stack.setCurrentWidget(self.result_page)
        self.reset_timer.start(self.context.settings.kiosk_reset_seconds * 1000)
        self.ticket_issued.emit(result)

    def _issue_failed(self, error: Exception, title: str = "") -> None:
        self.busy = False
        message = user_message(error, self.tr("Could not issue a ticket."))
        self.result_title.setText(title or self.tr("Your number"))
        self.number_label.setText("")
        self.number_label.hide()  # the reason takes its place, large
        self.failure_label.setText(message)
        self.failure_label.show()
        self.result_area.setText("")
        self.result_details.setText("")
        self.result_warning.setText("")
        self.stack.setCurrentWidget(self.result_page)
        self.reset_timer.start(self.context.settings.kiosk_reset_seconds * 1000)

    def reset(self) -> None:
        """Back to the start screen."""
        self.reset_timer.stop()
        self.chosen_area = None
        self.stack.setCurrentWidget(self.area_page)
        self.setFocus(Qt.FocusReason.OtherFocusReason)  # keys reach the kiosk, not a button


def _label(text: str, name: str, px: int, *, wrap: bool = False, bold: bool = True) -> FitLabel:
    """A centred kiosk text of ``px`` pixels at the design size."""
    label = FitLabel(text, name=name, px=px, bold=bold, wrap=wrap, lines=2 if wrap else 1)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def _button(text: str, kind: str, px: int, parent: QWidget) -> FitButton:
    """A large touch target; ``kind`` picks its colours in the style sheet."""
    button = FitButton(text, parent, px=px)
    button.setProperty("kiosk", kind)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return button


def _clear(grid: QGridLayout) -> None:
    while grid.count():
        item = grid.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
