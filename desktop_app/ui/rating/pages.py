"""The rating station's pages: the three choices and the reason for "Không hài lòng".

Sizes are for a 1024×700 tablet (``DESIGN``); the station scales them to its screen and every
text shrinks or wraps rather than being cut (``ui/common/fit_text``). Font sizes live in the
widgets (``px=``), colours and paddings in ``STYLE``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.common.fit_text import FitButton, FitLabel
from motcua_core.domain.rating_level import LEVELS, RatingLevel

if TYPE_CHECKING:
    from desktop_app.services.ratings.rating_requests import RatingPrompt

DESIGN = QSize(1024, 700)
#: The colour of each level's button: green, blue, red.
LEVEL_COLOURS = {
    RatingLevel.VERY_SATISFIED: "#1f7a3a",
    RatingLevel.SATISFIED: "#0b5cad",
    RatingLevel.DISSATISFIED: "#b3261e",
}
_PAGE_STYLE = """
#ratingPage { background: #f3f6fa; }
#ratingHeader { color: #7a1c1c; }
#ratingTitle { color: #0b3d6e; }
#ratingText { color: #2c3a47; }
#ratingStatus { color: #b00020; }
QPushButton[rating] { border: none; border-radius: 20px; padding: 12px 18px; }
"""
_LEVEL_STYLE = "".join(
    f'QPushButton[rating="{level.value}"] {{ background: {colour}; color: white; }}\n'
    for level, colour in LEVEL_COLOURS.items()
)
_REASON_STYLE = """QPushButton[reason="preset"] {
    border-radius: 14px; background: #dde6f0; color: #0b3d6e; border: 3px solid #dde6f0;
    padding: 6px 12px;
}
QPushButton[reason="preset"]:checked { background: #ffd98a; border-color: #b36b00; color: #3d2300; }
QPushButton[reason="send"] {
    border-radius: 16px; background: #1f7a3a; color: white; border: none; padding: 20px 30px;
}
QPushButton[reason="back"] {
    border-radius: 16px; background: #dde6f0; color: #0b3d6e; border: none; padding: 20px 30px;
}
QLineEdit#ratingOther { font-size: 24px; min-height: 56px; padding: 4px 10px; }
"""
STYLE = _PAGE_STYLE + _LEVEL_STYLE + _REASON_STYLE
# Pixel sizes at the design size, by label name.
LABEL_PX = {"ratingHeader": 22, "ratingTitle": 38, "ratingText": 24, "ratingStatus": 20}
BOLD_LABELS = {"ratingHeader", "ratingTitle"}


def big_label(text: str, name: str) -> FitLabel:
    """A centred text that wraps when long; ``name`` sets its size and colour."""
    label = FitLabel(text, name=name, px=LABEL_PX[name], bold=name in BOLD_LABELS, wrap=True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def big_button(text: str, parent: QWidget, px: int, **kind: str) -> FitButton:
    """A touch button; ``kind`` (``rating=`` or ``reason=``) picks its colours."""
    button = FitButton(text, parent, px=px, bold=px >= 26)
    for name, value in kind.items():
        button.setProperty(name, value)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return button


def level_label(level: str) -> str:
    """The Vietnamese words the citizen sees for a level."""
    return {
        RatingLevel.VERY_SATISFIED: QCoreApplication.translate("RatingStation", "Very satisfied"),
        RatingLevel.SATISFIED: QCoreApplication.translate("RatingStation", "Satisfied"),
        RatingLevel.DISSATISFIED: QCoreApplication.translate("RatingStation", "Dissatisfied"),
    }[RatingLevel(level)]


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
            button = big_button(f"{index}\n{level_label(level)}", self, 30, rating=level)
            button.setShortcut(str(index))
            button.clicked.connect(lambda _=False, lv=level: self.chosen.emit(lv))
            row.addWidget(button, 1)
            self.buttons[level] = button
        layout.addStretch(1)
        layout.addLayout(row, 4)
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
            button = big_button(text, self, 22, reason="preset")
            button.setCheckable(True)
            button.toggled.connect(self._changed)
            grid.addWidget(button, index // 2, index % 2)
            self.presets.append(button)
        layout.addLayout(grid, 3)
        self.other = QLineEdit(self)
        self.other.setObjectName("ratingOther")
        self.other.setPlaceholderText(self.tr("Other reason (type here)"))
        self.other.textChanged.connect(self._changed)
        self.other.returnPressed.connect(self._submit)
        layout.addWidget(self.other)
        self.message = big_label("", "ratingStatus")
        layout.addWidget(self.message)
        row = QHBoxLayout()
        back = big_button(self.tr("Back"), self, 22, reason="back")
        back.clicked.connect(self.back)
        self.send_button = big_button(self.tr("Send"), self, 26, reason="send")
        self.send_button.clicked.connect(self._submit)
        for button in (back, self.send_button):
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(self.send_button)
        layout.addLayout(row, 1)

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
