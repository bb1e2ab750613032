"""The display's parts: a counter tile, the list of last calls, the waiting counts, the style.

Sizes are for a 1920×1080 TV read from across a hall. Texts are passed in already translated.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.services.queue_board import AreaWaiting, CallView

LAST_CALLS_SHOWN = 8
STYLE = """
#displayPage { background: #0b2545; }
#displayOffice { color: #ffd166; font-size: 40px; font-weight: bold; }
#displayClock { color: #ffffff; font-size: 40px; font-weight: bold; }
#displaySection { color: #9fc5e8; font-size: 30px; font-weight: bold; }
#displayOffline { background: #b00020; color: white; font-size: 34px; font-weight: bold;
                  padding: 12px; border-radius: 10px; }
#counterTile { background: #13315c; border-radius: 18px; }
#counterTile[highlighted="true"] { background: #ffb703; }
#tileCounter { color: #dbe9f6; font-size: 34px; font-weight: bold; }
#tileNumber { color: #ffffff; font-size: 110px; font-weight: bold; }
#counterTile[highlighted="true"] #tileCounter { color: #0b2545; }
#counterTile[highlighted="true"] #tileNumber { color: #0b2545; }
#tileState { color: #ffb4a2; font-size: 26px; }
#callRow { color: #ffffff; font-size: 44px; font-weight: bold; padding: 6px 16px;
           border-bottom: 1px solid #1d4e89; }
#callRow[fresh="true"] { color: #0b2545; background: #ffb703; border-radius: 10px; }
#waitingChip { color: #0b2545; background: #dbe9f6; font-size: 28px; font-weight: bold;
               padding: 8px 18px; border-radius: 14px; }
#displayNotice { color: #0b2545; background: #ffd166; font-size: 32px; font-weight: bold;
                 padding: 10px; border-radius: 10px; }
"""


def _restyle(widget: QWidget) -> None:
    """Apply a changed dynamic property to the style sheet."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    for child in widget.findChildren(QWidget):
        style.unpolish(child)
        style.polish(child)


class CounterTile(QFrame):
    """One counter: its name and the number it serves, highlighted after a new call."""

    def __init__(self, parent: QWidget, title: str) -> None:
        super().__init__(parent)
        self.setObjectName("counterTile")
        self.highlighted = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        self.title = QLabel(title, self)
        self.title.setObjectName("tileCounter")
        self.number = QLabel("—", self)
        self.number.setObjectName("tileNumber")
        self.state = QLabel("", self)
        self.state.setObjectName("tileState")
        for label in (self.title, self.number, self.state):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)

    def show_number(self, display_number: str | None, state: str) -> None:
        self.number.setText(display_number or "—")
        self.state.setText(state)

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.setProperty("highlighted", "true" if on else "false")
            _restyle(self)


class CallList(QWidget):
    """The last calls, newest first: "A012  →  Quầy 3"."""

    def __init__(self, parent: QWidget, counter_text: str) -> None:
        super().__init__(parent)
        self.counter_text = counter_text
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.rows: list[QLabel] = []
        for _ in range(LAST_CALLS_SHOWN):
            row = QLabel("", self)
            row.setObjectName("callRow")
            layout.addWidget(row)
            self.rows.append(row)
        layout.addStretch(1)

    def show_calls(self, calls: Iterable[CallView], fresh: set[object]) -> None:
        calls = list(calls)[:LAST_CALLS_SHOWN]
        for index, row in enumerate(self.rows):
            if index < len(calls):
                call = calls[index]
                where = self.counter_text.format(counter=call.counter_number)
                row.setText(f"{call.display_number}   →   {where}")
                is_fresh = call.event_id in fresh
            else:
                row.setText("")
                is_fresh = False
            if row.property("fresh") != ("true" if is_fresh else "false"):
                row.setProperty("fresh", "true" if is_fresh else "false")
                _restyle(row)

    def texts(self) -> list[str]:
        return [row.text() for row in self.rows if row.text()]


class WaitingStrip(QWidget):
    """Waiting counts per service area."""

    def __init__(self, parent: QWidget, chip_text: str) -> None:
        super().__init__(parent)
        self.chip_text = chip_text
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(14)
        self.chips: list[QLabel] = []

    def show_counts(self, areas: Iterable[AreaWaiting]) -> None:
        areas = list(areas)
        while len(self.chips) < len(areas):
            chip = QLabel("", self)
            chip.setObjectName("waitingChip")
            self.layout_.addWidget(chip)
            self.chips.append(chip)
        for index, chip in enumerate(self.chips):
            if index < len(areas):
                area = areas[index]
                chip.setText(self.chip_text.format(name=area.name, count=area.waiting))
                chip.show()
            else:
                chip.hide()

    def texts(self) -> list[str]:
        return [c.text() for c in self.chips if c.isVisible() or c.text()]
