"""The citizen's consent to be notified and the medium, chosen at reception in one keystroke.

Four buttons side by side (Không / SMS / Zalo / E-mail), exactly one pressed; ``CYCLE_KEY``
(Ctrl+M, bound by the reception page) moves to the next one, so consent and medium take one
chord: Ctrl+M once is SMS, twice Zalo, three times e-mail, four times no notification again. The
mouse can press any button directly. Between citizens the selector goes back to the office's
default medium (``notify_default_medium``), unless the officer already chose for this one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

from desktop_app.ui.common.notify_labels import MEDIA_ORDER, medium_label

#: Cycles the medium ("M" for medium; F3 is the lookup, F4 the bookings, F5–F12 queue and sync).
CYCLE_KEY = "Ctrl+M"

#: The chosen medium stands out: filled, so the officer sees it at a glance.
_STYLE = (
    "QToolButton { padding: 2px 8px; border: 1px solid #9aa5b1; border-radius: 3px; }"
    "QToolButton:checked { background: #1f5fa8; color: white; border-color: #1f5fa8; }"
)


class NotifySelector(QWidget):
    """Which medium the citizen is told by; ``changed(medium)`` on every change."""

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notifyMedium")
        self.default_medium = "none"
        self.chosen = False  # the officer chose for this citizen: a late default leaves it
        self.setStyleSheet(_STYLE)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QToolButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        for medium in MEDIA_ORDER:
            button = QToolButton(objectName=f"notify_{medium}", checkable=True)
            button.setText(medium_label(medium))
            button.setToolTip(self.tr("{key} changes the medium").format(key=CYCLE_KEY))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # one key (Ctrl+M), not a Tab stop each
            self.group.addButton(button)
            self.buttons[medium] = button
            row.addWidget(button)
            button.clicked.connect(self._pressed)
        row.addStretch(1)
        self._show("none")

    def title(self) -> str:
        """The form's label of the selector, naming its key."""
        return self.tr("Notify by ({key})").format(key=CYCLE_KEY)

    def medium(self) -> str:
        """The medium pressed: ``none``, ``sms``, ``zalo`` or ``email``."""
        return next(m for m, b in self.buttons.items() if b.isChecked())

    def cycle(self) -> None:
        """The next medium (after e-mail comes none)."""
        index = MEDIA_ORDER.index(self.medium())
        self.chosen = True
        self._show(MEDIA_ORDER[(index + 1) % len(MEDIA_ORDER)])

    def set_default(self, medium: str) -> None:
        """The office's default; shown now unless the officer already chose for this citizen."""
        self.default_medium = medium if medium in self.buttons else "none"
        if not self.chosen:
            self._show(self.default_medium)

    def reset(self) -> None:
        """The next citizen: back to the office's default."""
        self.chosen = False
        self._show(self.default_medium)

    def _pressed(self) -> None:
        self.chosen = True
        self.changed.emit(self.medium())

    def _show(self, medium: str) -> None:
        if self.buttons[medium].isChecked():
            return
        self.buttons[medium].setChecked(True)
        self.changed.emit(medium)
