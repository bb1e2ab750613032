"""The display's parts: a counter tile, the list of last calls, the waiting counts, the style.

Sizes are for a 1920×1080 TV read from across a hall (``DESIGN``); the page scales them to its
screen (``ui/common/fit_text``), and every text shrinks further rather than being cut. Font
sizes live in the widgets (``px=``), colours and paddings in ``STYLE``. Texts are passed in
already translated.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.services.queue.board import AreaWaiting, CallView
from desktop_app.ui.common.fit_text import FitLabel

DESIGN = QSize(1920, 1080)
LAST_CALLS_SHOWN = 8
CHIPS_PER_ROW = 4
STYLE = """
#displayPage { background: #0b2545; }
#displayOffice { color: #ffd166; }
#displayClock { color: #ffffff; }
#displaySection { color: #9fc5e8; }
#displayOffline { background: #b00020; color: white; padding: 12px; border-radius: 10px; }
#counterTile { background: #13315c; border-radius: 18px; }
#counterTile[highlighted="true"] { background: #ffb703; }
#tileCounter { color: #dbe9f6; }
#tileNumber { color: #ffffff; }
#counterTile[highlighted="true"] #tileCounter { color: #0b2545; }
#counterTile[highlighted="true"] #tileNumber { color: #0b2545; }
#tileState { color: #ffb4a2; }
#tileState[booked="true"] { color: #0b2545; background: #8ee4af; border-radius: 10px; }
#callRow { color: #ffffff; padding: 4px 16px; border-bottom: 1px solid #1d4e89; }
#callRow[fresh="true"] { color: #0b2545; background: #ffb703; border-radius: 10px; }
#waitingChip { color: #0b2545; background: #dbe9f6; padding: 6px 18px; border-radius: 14px; }
#displayNotice { color: #0b2545; background: #ffd166; padding: 8px 14px; border-radius: 10px; }
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
        self.layout_ = QVBoxLayout(self)
        self.title = FitLabel(title, self, name="tileCounter", px=34, bold=True)
        self.number = FitLabel("—", self, name="tileNumber", px=110, bold=True)
        self.state = FitLabel("", self, name="tileState", px=26)
        for label, stretch in ((self.title, 2), (self.number, 5), (self.state, 1)):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.layout_.addWidget(label, stretch)
        self.set_scale(1.0)

    def set_scale(self, scale: float) -> None:
        """Margins for ``scale`` (the labels are scaled with the page)."""
        self.layout_.setContentsMargins(*(round(v * scale) for v in (18, 8, 18, 8)))
        self.layout_.setSpacing(0)

    def show_number(self, display_number: str | None, state: str, booked_tag: str = "") -> None:
        """The number and its state; ``booked_tag`` marks a booking's ticket (a state wins)."""
        self.number.setText(display_number or "—")
        booked = bool(booked_tag) and not state
        self.state.setText(booked_tag if booked else state)
        if self.state.property("booked") != ("true" if booked else "false"):
            self.state.setProperty("booked", "true" if booked else "false")
            _restyle(self.state)

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.setProperty("highlighted", "true" if on else "false")
            _restyle(self)


class CallList(QWidget):
    """The last calls, newest first: "A012  →  Quầy 3" ("A012 · Đặt hẹn  →  Quầy 3")."""

    def __init__(self, parent: QWidget, counter_text: str, booked_tag: str = "") -> None:
        super().__init__(parent)
        self.counter_text = counter_text
        self.booked_tag = booked_tag
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.rows: list[QLabel] = []
        for _ in range(LAST_CALLS_SHOWN):
            row = FitLabel("", self, name="callRow", px=44, bold=True)
            self.layout_.addWidget(row, 1)
            self.rows.append(row)
        self.set_scale(1.0)

    def set_scale(self, scale: float) -> None:
        self.layout_.setSpacing(round(6 * scale))

    def show_calls(self, calls: Iterable[CallView], fresh: set[object]) -> None:
        calls = list(calls)[:LAST_CALLS_SHOWN]
        for index, row in enumerate(self.rows):
            if index < len(calls):
                call = calls[index]
                where = self.counter_text.format(counter=call.counter_number)
                number = call.display_number
                if call.booked and self.booked_tag:
                    number += f" · {self.booked_tag}"
                row.setText(f"{number}   →   {where}")
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
        self.layout_ = QGridLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.chips: list[QLabel] = []
        self.set_scale(1.0)

    def set_scale(self, scale: float) -> None:
        self.layout_.setSpacing(round(14 * scale))

    def show_counts(self, areas: Iterable[AreaWaiting]) -> None:
        """One chip per area, four to a row."""
        areas = list(areas)
        while len(self.chips) < len(areas):
            chip = FitLabel("", self, name="waitingChip", px=28, bold=True)
            chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
            index = len(self.chips)
            self.layout_.addWidget(chip, index // CHIPS_PER_ROW, index % CHIPS_PER_ROW)
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
