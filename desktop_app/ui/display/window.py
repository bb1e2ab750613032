"""The public display (role ``display``): who is served where, the last calls, who waits.

Designed for a 1920×1080 TV and scaled to the screen it runs on (1024×768 to 4K): every text
is sized from the page's size and shrinks, or wraps, rather than being cut. It polls the
office's change number every quarter second (one tiny query) and reads the board only when it
moved, so a call at any counter shows within a second. New calls are highlighted for a few
seconds and announced. Only numbers and counters are shown, never a name. When the database
cannot be reached it says so and keeps trying.
"""

from __future__ import annotations

import logging
import uuid
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from desktop_app.services.errors import NotInitialised
from desktop_app.services.queue.board import Board, CallView
from desktop_app.ui.common.fit_text import FitLabel, apply_scale, scaled_style, screen_scale
from desktop_app.ui.common.operations import run_operation
from desktop_app.ui.display.announcer import Announcer, AudioBackend, choose_backend
from desktop_app.ui.display.feed import BoardFeed, Poll
from desktop_app.ui.display.widgets import (
    DESIGN,
    STYLE,
    CallList,
    CounterTile,
    WaitingStrip,
)

if TYPE_CHECKING:
    from desktop_app.app import AppContext

log = logging.getLogger(__name__)

POLL_MS = 250
OFFLINE_POLL_MS = 2000
HIGHLIGHT_MS = 6000
MAX_TILES = 12


class DisplayPage(QWidget):
    """The page of a display station."""

    board_shown = Signal(object)  # the Board now on screen

    def __init__(
        self,
        context: AppContext,
        main_window: QWidget | None = None,
        *,
        backend: AudioBackend | None = None,
    ) -> None:
        super().__init__(main_window)
        self.context = context
        self.setObjectName("displayPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.scale = 0.0
        self.feed = BoardFeed(context)
        self.board: Board | None = None
        self.seen_calls: set[uuid.UUID] | None = None
        self.highlight_until: dict[int, float] = {}
        self.polling = False
        self.offline = False
        self.announcer = Announcer(
            backend or choose_backend(context.settings.announcer_backend), self
        )
        self._build()
        self._apply_scale(1.0)
        self.poll_timer = QTimer(self)
        self.poll_timer.timeout.connect(self.poll)
        self.poll_timer.start(POLL_MS)
        self.clock_timer = QTimer(self)
        self.clock_timer.timeout.connect(self._tick)
        self.clock_timer.start(1000)
        self._tick()
        self.poll()

    def _build(self) -> None:
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self._build_header())
        self.offline_label = self._banner("displayOffline", 34)
        self.layout_.addWidget(self.offline_label)
        self.body = QHBoxLayout()
        self.tile_grid = QGridLayout()
        self.body.addLayout(self._section(self.tr("NOW SERVING"), self.tile_grid), 3)
        self.call_list = CallList(self, self.tr("Counter {counter}"), self.tr("Booked"))
        self.body.addLayout(self._section(self.tr("LAST CALLS"), self.call_list), 2)
        self.layout_.addLayout(self.body, 1)
        self.waiting_strip = WaitingStrip(self, self.tr("{name}: {count} waiting"))
        self.layout_.addWidget(self.waiting_strip)
        self.notice_label = self._banner("displayNotice", 32)
        self.layout_.addWidget(self.notice_label)
        self.tiles: dict[int, CounterTile] = {}

    def _build_header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        office_name = self.context.settings.office_name
        self.office_label = FitLabel(office_name, self, name="displayOffice", px=40, bold=True,
                                     wrap=True)  # fmt: skip
        self.clock_label = FitLabel("00:00:00   00/00/0000", self, name="displayClock", px=40,
                                    bold=True)  # fmt: skip
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.office_label, 3)
        header.addWidget(self.clock_label, 1)
        return header

    def _banner(self, name: str, px: int) -> FitLabel:
        label = FitLabel("", self, name=name, px=px, bold=True, wrap=True, lines=2)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.hide()
        return label

    def _section(self, title: str, content: QWidget | QGridLayout) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(FitLabel(title, self, name="displaySection", px=30, bold=True))
        if isinstance(content, QWidget):
            column.addWidget(content, 1)
        else:
            column.addLayout(content, 1)
        return column

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._apply_scale(screen_scale(self.size(), DESIGN))

    def _apply_scale(self, scale: float) -> None:
        """Fonts, paddings and spacings for a page ``scale`` times the design size."""
        if abs(scale - self.scale) < 0.01:
            return
        self.scale = scale
        self.setStyleSheet(scaled_style(STYLE, scale))
        self.layout_.setContentsMargins(*(round(v * scale) for v in (36, 20, 36, 20)))
        for layout, spacing in ((self.layout_, 14), (self.body, 28), (self.tile_grid, 16)):
            layout.setSpacing(round(spacing * scale))
        self._scale_parts()

    def _scale_parts(self) -> None:
        for part in (*self.tiles.values(), self.call_list, self.waiting_strip):
            part.set_scale(self.scale)
        apply_scale(self, self.scale)

    def _tick(self) -> None:
        now = datetime.now(self.context.settings.zone)
        self.clock_label.setText(f"{now:%H:%M:%S}   {now:%d/%m/%Y}")
        self._expire_highlights()

    # --- polling -------------------------------------------------------------------------

    def poll(self) -> None:
        """Ask the database whether anything changed (at most one poll in flight)."""
        if self.polling:
            return
        self.polling = True
        run_operation(self, self.feed.poll, self._polled, self._poll_failed)

    def _polled(self, result: Poll) -> None:
        self.polling = False
        if self.offline:
            self.offline = False
            self.offline_label.hide()
            self.poll_timer.setInterval(POLL_MS)
        self.office_label.setText(result.office_name)
        if result.board is not None:
            self.show_board(result.board)

    def _poll_failed(self, error: Exception) -> None:
        self.polling = False
        if not self.offline:
            log.warning("display cannot read the board: %s", error)
        self.offline = True
        self.feed.forget()
        if isinstance(error, NotInitialised):
            self.offline_label.setText(self.tr("The office database is not set up yet."))
        else:
            self.offline_label.setText(self.tr("Connection to the database lost — reconnecting…"))
        self.offline_label.show()
        self.poll_timer.setInterval(OFFLINE_POLL_MS)

    # --- showing -------------------------------------------------------------------------

    def show_board(self, board: Board) -> None:
        """Put ``board`` on screen; highlight and announce the calls not seen before."""
        new_calls = self._new_calls(board)
        self.board = board
        self._show_tiles(board)
        self.call_list.show_calls(board.last_calls, {c.event_id for c in new_calls})
        self.waiting_strip.show_counts(board.waiting)
        apply_scale(self.waiting_strip, self.scale)
        self.notice_label.setText(board.notice)
        self.notice_label.setVisible(bool(board.notice))
        now = _monotonic_ms()
        for call in new_calls:
            self.highlight_until[call.counter_number] = now + HIGHLIGHT_MS
            self.announcer.announce(call.display_number, call.counter_number)
        self._expire_highlights()
        self.board_shown.emit(board)

    def _new_calls(self, board: Board) -> list[CallView]:
        """Calls this display has not shown yet, oldest first (none on the first board)."""
        ids = {c.event_id for c in board.last_calls}
        if self.seen_calls is None:
            self.seen_calls = ids
            return []
        new = [c for c in reversed(board.last_calls) if c.event_id not in self.seen_calls]
        self.seen_calls |= ids
        return new

    def _show_tiles(self, board: Board) -> None:
        numbers = [c.number for c in board.counters][:MAX_TILES]
        if list(self.tiles) != numbers:
            for tile in self.tiles.values():
                tile.deleteLater()
            self.tiles = {}
            columns = _columns(len(numbers))
            for index, number in enumerate(numbers):
                tile = CounterTile(self, self.tr("COUNTER {counter}").format(counter=number))
                self.tile_grid.addWidget(tile, index // columns, index % columns)
                self.tiles[number] = tile
            self._scale_parts()
        paused_text, booked_text = self.tr("Paused"), self.tr("BOOKED")
        for counter in board.counters[:MAX_TILES]:
            tile = self.tiles[counter.number]
            state = paused_text if counter.paused else ""
            tile.show_number(counter.display_number, state, booked_text if counter.booked else "")

    def _expire_highlights(self) -> None:
        now = _monotonic_ms()
        for number, tile in self.tiles.items():
            tile.set_highlighted(self.highlight_until.get(number, 0) > now)

    def highlighted_counters(self) -> list[int]:
        """Counters whose tile is highlighted now (a new call)."""
        return [n for n, tile in self.tiles.items() if tile.highlighted]

    def closeEvent(self, event: object) -> None:  # noqa: N802 (Qt name)
        self.poll_timer.stop()
        self.announcer.shutdown(0.5)
        super().closeEvent(event)  # type: ignore[arg-type]


def _columns(tiles: int) -> int:
    """Columns of counter tiles on a wide screen: at most three rows up to twelve tiles."""
    return 1 if tiles <= 1 else 2 if tiles <= 4 else 3 if tiles <= 9 else 4


def _monotonic_ms() -> float:
    import time

    return time.monotonic() * 1000
