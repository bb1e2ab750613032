"""The public display (role ``display``): who is served where, the last calls, who waits.

Designed for a 1920×1080 TV. It polls the office's change number every quarter second (one
tiny query) and reads the board only when it moved, so a call at any counter shows within a
second. New calls are highlighted for a few seconds and announced. Only numbers and counters
are shown, never a name. When the database cannot be reached it says so and keeps trying.
"""

from __future__ import annotations

import logging
import uuid
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.services.errors import NotInitialised
from desktop_app.services.queue_board import Board, CallView
from desktop_app.ui.common.operations import run_operation
from desktop_app.ui.display.announcer import Announcer, AudioBackend, choose_backend
from desktop_app.ui.display.feed import BoardFeed, Poll
from desktop_app.ui.display.widgets import STYLE, CallList, CounterTile, WaitingStrip

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
        self.setStyleSheet(STYLE)
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
        self._place_on_screen(main_window)
        self.poll_timer = QTimer(self)
        self.poll_timer.timeout.connect(self.poll)
        self.poll_timer.start(POLL_MS)
        self.clock_timer = QTimer(self)
        self.clock_timer.timeout.connect(self._tick)
        self.clock_timer.start(1000)
        self._tick()
        self.poll()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 24, 36, 24)
        layout.setSpacing(18)
        header = QHBoxLayout()
        self.office_label = QLabel(self.context.settings.office_name, self)
        self.office_label.setObjectName("displayOffice")
        self.clock_label = QLabel("", self)
        self.clock_label.setObjectName("displayClock")
        header.addWidget(self.office_label, 1)
        header.addWidget(self.clock_label)
        layout.addLayout(header)
        self.offline_label = QLabel("", self)
        self.offline_label.setObjectName("displayOffline")
        self.offline_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.offline_label.hide()
        layout.addWidget(self.offline_label)
        body = QHBoxLayout()
        body.setSpacing(28)
        left = QVBoxLayout()
        serving = QLabel(self.tr("NOW SERVING"), self)
        serving.setObjectName("displaySection")
        left.addWidget(serving)
        self.tile_grid = QGridLayout()
        self.tile_grid.setSpacing(16)
        left.addLayout(self.tile_grid, 1)
        body.addLayout(left, 3)
        right = QVBoxLayout()
        called = QLabel(self.tr("LAST CALLS"), self)
        called.setObjectName("displaySection")
        right.addWidget(called)
        self.call_list = CallList(self, self.tr("Counter {counter}"))
        right.addWidget(self.call_list, 1)
        body.addLayout(right, 2)
        layout.addLayout(body, 1)
        self.waiting_strip = WaitingStrip(self, self.tr("{name}: {count} waiting"))
        layout.addWidget(self.waiting_strip)
        self.notice_label = QLabel("", self)
        self.notice_label.setObjectName("displayNotice")
        self.notice_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice_label.setWordWrap(True)
        self.notice_label.hide()
        layout.addWidget(self.notice_label)
        self.tiles: dict[int, CounterTile] = {}

    def _place_on_screen(self, window: QWidget | None) -> None:
        """Open on the screen the ``display_screen`` setting names (when it exists)."""
        screens = QGuiApplication.screens()
        index = self.context.settings.display_screen
        if window is not None and 0 < index < len(screens):
            window.setGeometry(screens[index].geometry())

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
            columns = 2 if len(numbers) <= 6 else 3
            for index, number in enumerate(numbers):
                tile = CounterTile(self, self.tr("COUNTER {counter}").format(counter=number))
                self.tile_grid.addWidget(tile, index // columns, index % columns)
                self.tiles[number] = tile
        paused_text = self.tr("Paused")
        for counter in board.counters[:MAX_TILES]:
            tile = self.tiles[counter.number]
            tile.show_number(counter.display_number, paused_text if counter.paused else "")

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


def _monotonic_ms() -> float:
    import time

    return time.monotonic() * 1000
