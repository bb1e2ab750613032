"""The citizen's rating: three large choices; "Không hài lòng" asks for the reason.

By keyboard: 1, 2 or 3 chooses; after 3 the reason field has the focus (digits typed there
are part of the reason, not choices) and Enter sends; Escape skips.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from motcua_core.domain.field_limits import REASON
from motcua_core.domain.rating_level import RatingLevel

_CHOSEN_STYLE = "QPushButton { border: 3px solid #1565c0; background: #e3f0fd; }"


class RatingDialog(QDialog):
    """Pick one of three levels (keys 1, 2, 3); a reason is required for the third."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratingDialog")
        self.setWindowTitle(self.tr("Rate the service"))
        self.level: RatingLevel | None = None
        question = QLabel(self.tr("How satisfied are you with the service?"))
        question.setObjectName("ratingQuestion")
        self.choice_buttons: dict[str, QPushButton] = {}
        self.digit_keys: list[QShortcut] = []
        row = self._choices_row()
        self.reason_label = QLabel(self.tr("Please tell us why (required):"))
        self.reason = QLineEdit(objectName="ratingReason")
        self.reason.setMaxLength(REASON)
        self.reason.setPlaceholderText(self.tr("Type the reason, then Enter"))
        self.message = QLabel(objectName="ratingMessage")
        self.reason.textChanged.connect(self.message.clear)
        self.reason.returnPressed.connect(self.submit)
        self.send = QPushButton(self.tr("Send the rating (Enter)"), objectName="ratingSend")
        self.send.setAutoDefault(False)
        self.send.clicked.connect(self.submit)
        buttons = self._send_row()
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(row)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._show_reason(False)

    def _labels(self) -> dict[RatingLevel, str]:
        """The words on each level's button, in the interface's language."""
        return {
            RatingLevel.VERY_SATISFIED: self.tr("Very satisfied"),
            RatingLevel.SATISFIED: self.tr("Satisfied"),
            RatingLevel.DISSATISFIED: self.tr("Dissatisfied"),
        }

    def _choices_row(self) -> QHBoxLayout:
        """One large button per level, best first; digit ``n`` picks the n-th."""
        labels = self._labels()
        row = QHBoxLayout()
        for number, level in enumerate(RatingLevel, start=1):
            button = self._choice_button(f"{number}. {labels[level]}", level)
            self.digit_keys.append(
                QShortcut(QKeySequence(str(number)), self, lambda lv=level: self.choose(lv))
            )
            self.choice_buttons[level] = button
            row.addWidget(button)
        return row

    def _choice_button(self, text: str, level: RatingLevel) -> QPushButton:
        button = QPushButton(text, objectName=f"rate_{level}")
        button.setMinimumSize(220, 110)
        font = button.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        button.setFont(font)
        button.clicked.connect(lambda _=False, lv=level: self.choose(lv))
        button.setAutoDefault(False)
        return button

    def _send_row(self) -> QHBoxLayout:
        """Skip (Escape) and, once a reason is asked, send."""
        skip = QPushButton(self.tr("Skip (Esc)"))
        skip.setAutoDefault(False)
        skip.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(skip)
        buttons.addWidget(self.send)
        return buttons

    def _show_reason(self, visible: bool) -> None:
        for widget in (self.reason_label, self.reason, self.send):
            widget.setVisible(visible)
        for shortcut in self.digit_keys:
            shortcut.setEnabled(not visible)

    def choose(self, level: str) -> None:
        """Satisfied levels finish at once; "dissatisfied" waits for the reason."""
        self.level = RatingLevel(level)
        for name, button in self.choice_buttons.items():
            button.setStyleSheet(_CHOSEN_STYLE if name == level else "")
        if self.level is RatingLevel.DISSATISFIED:
            self._show_reason(True)
            self.reason.setFocus()
            return
        self.accept()

    def submit(self) -> None:
        if self.level is RatingLevel.DISSATISFIED and not self.reason_text():
            self.message.setText(self.tr("Please enter the reason you are dissatisfied."))
            self.reason.setFocus()
            return
        if self.level is not None:
            self.accept()

    def reason_text(self) -> str:
        return " ".join(self.reason.text().split())
