"""The kiosk's check-in page for citizens who booked a time: scan the booking QR or the card,
or type the code.

A scan is caught by the kiosk page wherever it lands (``KioskPage.handle_scan``); this page
is for typing: the code field (a physical keyboard types into it, Enter checks in) and an
on-screen keypad of the code's letters (Crockford base32: no I, L, O, U). The field starts
with the code's ``DH``. A text that is not a booking code is refused here with an example,
before anything is asked of the database.
"""

from __future__ import annotations

from datetime import tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from desktop_app.ui.common.fit_text import FitButton, FitLabel
from motcua_core.domain.booking_code import ALPHABET, LENGTH, PREFIX, parse_booking_code

if TYPE_CHECKING:
    from desktop_app.ui.kiosk.issuing import KioskResult

KEYS_PER_ROW = 8
EXAMPLE = PREFIX + "7K3M9Q2X"


class CheckInPage(QWidget):
    """Type a booking code; ``submitted(code)`` with a well-formed code, ``back`` to leave."""

    submitted = Signal(str)
    back = Signal()
    touched = Signal()  # any key: the kiosk restarts its idle timer

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.prompt = _label(
            self.tr("Booked a time? Scan the QR code of your booking or your ID card"),
            "kioskPrompt", 36,
        )  # fmt: skip
        layout.addWidget(self.prompt, 2)
        self.hint = _label(self.tr("…or type your booking code:"), "kioskHint", 26, bold=False)
        layout.addWidget(self.hint, 1)
        self.code_input = QLineEdit(self)
        self.code_input.setObjectName("kioskCode")
        self.code_input.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_input.setMaxLength(len(PREFIX) + LENGTH + 4)
        self.code_input.returnPressed.connect(self.submit)
        self.code_input.textEdited.connect(self._edited)
        layout.addWidget(self.code_input, 2)
        self.message = _label("", "kioskWarning", 28)
        layout.addWidget(self.message, 1)
        self.keypad = QGridLayout()
        layout.addLayout(self.keypad, 6)
        self._build_keypad()
        layout.addLayout(self._build_actions(), 2)
        self.clear()

    def _build_keypad(self) -> None:
        for index, char in enumerate(ALPHABET):
            key = _button(char, "key", 34, self)
            key.clicked.connect(lambda _=False, c=char: self.press(c))
            self.keypad.addWidget(key, index // KEYS_PER_ROW, index % KEYS_PER_ROW)

    def _build_actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        back = _button(self.tr("Back"), "back", 26, self)
        back.clicked.connect(self.back.emit)
        erase = _button(self.tr("Delete"), "back", 26, self)
        erase.clicked.connect(self.erase)
        self.ok_button = _button(self.tr("Check in"), "normal", 30, self)
        self.ok_button.clicked.connect(self.submit)
        for button, stretch in ((back, 1), (erase, 1), (self.ok_button, 2)):
            row.addWidget(button, stretch)
        return row

    def set_scale(self, scale: float) -> None:
        """The code field's font and the keypad's spacing for the page's scale."""
        font = QFont(self.code_input.font())
        font.setPixelSize(max(12, round(56 * scale)))
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, round(6 * scale))
        self.code_input.setFont(font)
        self.keypad.setSpacing(round(10 * scale))

    def clear(self) -> None:
        """A fresh field holding the code's prefix, focused for a keyboard."""
        self.code_input.setText(PREFIX)
        self.message.setText("")

    def focus_code(self) -> None:
        self.code_input.setFocus(Qt.FocusReason.OtherFocusReason)
        self.code_input.end(False)

    def _edited(self, text: str) -> None:
        """Typed letters shown as capitals, as the code is printed."""
        self.touched.emit()
        if text != text.upper():
            position = self.code_input.cursorPosition()
            self.code_input.setText(text.upper())
            self.code_input.setCursorPosition(position)

    def press(self, char: str) -> None:
        self.touched.emit()
        self.code_input.insert(char)
        self.message.setText("")

    def erase(self) -> None:
        self.touched.emit()
        self.code_input.backspace()

    def submit(self) -> None:
        """Hand on a well-formed code; otherwise say what a code looks like."""
        self.touched.emit()
        code = parse_booking_code(self.code_input.text())
        if code is None:
            self.message.setText(
                self.tr("This is not a booking code. A code looks like {example}.").format(
                    example=EXAMPLE
                )
            )
            return
        self.submitted.emit(code)


def booking_lines(result: KioskResult, zone: tzinfo) -> tuple[str, str]:
    """A booked ticket's line under its area, and the late warning ("" when not a booking)."""
    if result.ticket.booking_start is not None:
        time = f"{result.ticket.booking_start.astimezone(zone):%H:%M}"
        text = QCoreApplication.translate(
            "CheckInPage", "Booked for {time}: from then on you are called first."
        )
        return text.format(time=time), ""
    if result.late_for is not None:
        time = f"{result.late_for.astimezone(zone):%H:%M}"
        text = QCoreApplication.translate(
            "CheckInPage",
            "You came later than your booked time ({time}): this is a walk-in ticket.",
        )
        return "", text.format(time=time)
    return "", ""


def _label(text: str, name: str, px: int, *, bold: bool = True) -> FitLabel:
    label = FitLabel(text, name=name, px=px, bold=bold, wrap=True, lines=2)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def _button(text: str, kind: str, px: int, parent: QWidget) -> FitButton:
    button = FitButton(text, parent, px=px)
    button.setProperty("kiosk", kind)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the typed code keeps the focus
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return button
