"""The rating station's pages: the three choices and the reason for "Không hài lòng"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from desktop_app.services.rating_requests import RatingPrompt

STYLE = """
#ratingPage { background: #f3f6fa; }
#ratingHeader { font-size: 22px; font-weight: bold; color: #7a1c1c; }
#ratingTitle { font-size: 38px; font-weight: bold; color: #0b3d6e; }
#ratingText { font-size: 24px; color: #2c3a47; }
#ratingStatus { font-size: 20px; color: #b00020; }
QPushButton[rating] {
    font-size: 30px; font-weight: bold; border: none; border-radius: 20px;
    min-height: 120px; padding: 12px 18px;
}
QPushButton[rating="very_satisfied"] { background: #1f7a3a; color: white; }
QPushButton[rating="satisfied"] { background: #0b5cad; color: white; }
QPushButton[rating="dissatisfied"] { background: #b3261e; color: white; }
QPushButton[reason="preset"] {
    font-size: 22px; min-height: 72px; border-radius: 14px; background: #dde6f0;
    color: #0b3d6e; border: 3px solid #dde6f0; padding: 6px 12px;
}
QPushButton[reason="preset"]:checked { background: #ffd98a; border-color: #b36b00; color: #3d2300; }
QPushButton[reason="send"] {
    font-size: 26px; font-weight: bold; min-height: 80px; border-radius: 16px;
    background: #1f7a3a; color: white; border: none; padding: 0 30px;
}
QPushButton[reason="back"] {
    font-size: 22px; min-height: 80px; border-radius: 16px; background: #dde6f0;
    color: #0b3d6e; border: none; padding: 0 30px;
}
QLineEdit#ratingOther { font-size: 24px; min-height: 56px; padding: 4px 10px; }
"""
LEVELS = ("very_satisfied", "satisfied", "dissatisfied")


def big_label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label


def level_label(level: str) -> str:
    """The Vietnamese words the citizen sees for a level."""
    return {
        "very_satisfied": QCoreApplication.translate("RatingStation", "Very satisfied"),
        "satisfied": QCoreApplication.translate("RatingStation", "Satisfied"),
        "dissatisfied": QCoreApplication.translate("RatingStation", "Dissatisfied"),
    }[level]


def preset_reasons() -> list[str]:
    return [
        QCoreApplication.translate("RatingStation", "Waited too long"),
        QCoreApplication.translate("RatingStation", "Officer was not courteous"),
        QCoreApplication.translate("RatingStation", "Guidance was unclear"),
        QCoreApplication.translate("RatingStation", "Had to come back several times"),
        QCoreApplication.translate("RatingStation", "Result was late"),
    ]


class ChoicePage(QWidget):
    """The question and three large buttons; ``chosen(level)``."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.title = big_label(self.tr("How satisfied are you with our service?"), "ratingTitle")
        self.detail = big_label("", "ratingText")
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(18)
        for index, level in enumerate(LEVELS, start=1):
            button = QPushButton(f"{index}\n{level_label(level)}", self)
            button.setProperty("rating", level)
            button.setShortcut(str(index))
            button.clicked.connect(lambda _=False, lv=level: self.chosen.emit(lv))
            row.addWidget(button, 1)
            self.buttons[level] = button
        layout.addStretch(1)
        layout.addLayout(row, 3)
        layout.addStretch(1)

    def show_prompt(self, prompt: RatingPrompt) -> None:
        parts = []
        if prompt.ticket_number:
            parts.append(self.tr("Ticket {number}").format(number=prompt.ticket_number))
        if prompt.dossier_code:
            parts.append(self.tr("Dossier {code}").format(code=prompt.dossier_code))
        if prompt.officer_name:
            parts.append(self.tr("Officer: {name}").format(name=prompt.officer_name))
        self.detail.setText(" · ".join(parts))


class ReasonPage(QWidget):
    """Why not satisfied: preset reasons (several may be chosen) and free text."""

    submitted = Signal(str)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(big_label(self.tr("Please tell us why"), "ratingTitle"))
        grid = QGridLayout()
        grid.setSpacing(12)
        self.presets: list[QPushButton] = []
        for index, text in enumerate(preset_reasons()):
            button = QPushButton(text, self)
            button.setProperty("reason", "preset")
            button.setCheckable(True)
            button.toggled.connect(self._changed)
            grid.addWidget(button, index // 2, index % 2)
            self.presets.append(button)
        layout.addLayout(grid)
        self.other = QLineEdit(self)
        self.other.setObjectName("ratingOther")
        self.other.setPlaceholderText(self.tr("Other reason (type here)"))
        self.other.textChanged.connect(self._changed)
        self.other.returnPressed.connect(self._submit)
        layout.addWidget(self.other)
        self.message = big_label("", "ratingStatus")
        layout.addWidget(self.message)
        row = QHBoxLayout()
        back = QPushButton(self.tr("Back"), self)
        back.setProperty("reason", "back")
        back.clicked.connect(self.back)
        self.send_button = QPushButton(self.tr("Send"), self)
        self.send_button.setProperty("reason", "send")
        self.send_button.clicked.connect(self._submit)
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(self.send_button)
        layout.addLayout(row)

    def reason_text(self) -> str:
        chosen = [b.text() for b in self.presets if b.isChecked()]
        other = " ".join(self.other.text().split())
        return "; ".join([*chosen, *([other] if other else [])])

    def _changed(self, *_args: object) -> None:
        self.message.clear()

    def _submit(self) -> None:
        text = self.reason_text()
        if not text:
            self.message.setText(self.tr("Please choose or type a reason."))
            return
        self.submitted.emit(text)

    def clear(self) -> None:
        for button in self.presets:
            button.setChecked(False)
        self.other.clear()
        self.message.clear()
