"""The rating station (role ``rating``): a small customer-facing screen at a counter.

When the counter returns a result or finishes a served ticket, a rating request appears (see
``services/rating_requests``); this page polls for its counter's oldest pending request every
half second, shows three large choices, asks a reason for "Không hài lòng" (preset reasons and
free text), thanks the citizen and resets after a few seconds. Nothing personal is shown: the
ticket number, the counter and the officer's name only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from desktop_app.ui.common.fit_text import apply_scale, scaled_style, screen_scale
from desktop_app.ui.common.operations import run_operation, user_message
from desktop_app.ui.rating.actions import RatingStation
from desktop_app.ui.rating.pages import DESIGN, STYLE, ChoicePage, ReasonPage, big_label
from motcua_core.domain.rating_level import RatingLevel

if TYPE_CHECKING:
    from desktop_app.app import AppContext
    from desktop_app.services.ratings.rating_requests import RatingPrompt

log = logging.getLogger(__name__)

POLL_MS = 500
OFFLINE_POLL_MS = 3000
THANKS_MS = 5000


class RatingPage(QWidget):
    """The page of a rating station; ``rated(level)`` after each recorded answer."""

    rated = Signal(str)

    def __init__(self, context: AppContext, main_window: QWidget | None = None) -> None:
        super().__init__(main_window)
        self.context = context
        self.counter_number = context.settings.counter_number
        self.setObjectName("ratingPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.scale = 0.0
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.station = RatingStation(context, self.counter_number)
        self.prompt: RatingPrompt | None = None
        self.polling = False
        self.sending = False
        self.thanks_ms = THANKS_MS
        self._build()
        self._apply_scale(1.0)
        self.poll_timer = QTimer(self)
        self.poll_timer.timeout.connect(self.poll)
        self.poll_timer.start(POLL_MS)
        self.reset_timer = QTimer(self)
        self.reset_timer.setSingleShot(True)
        self.reset_timer.timeout.connect(self.reset)
        self.poll()

    def _build(self) -> None:
        layout = self.layout_ = QVBoxLayout(self)
        self.header = big_label(
            self.tr("Counter {number}").format(number=self.counter_number), "ratingHeader"
        )
        layout.addWidget(self.header)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack, 1)
        self.idle_page = self._message_page(
            self.tr("Thank you for using our services"),
            self.tr("After you are served, please rate us here."),
        )
        self.choice_page = ChoicePage(self)
        self.choice_page.chosen.connect(self.choose)
        self.reason_page = ReasonPage(self)
        self.reason_page.submitted.connect(lambda text: self.send(RatingLevel.DISSATISFIED, text))
        self.reason_page.back.connect(lambda: self.stack.setCurrentWidget(self.choice_page))
        self.thanks_page = self._message_page(
            self.tr("Thank you!"), self.tr("Your rating helps us serve you better.")
        )
        for page in (self.idle_page, self.choice_page, self.reason_page, self.thanks_page):
            self.stack.addWidget(page)
        self.status = big_label("", "ratingStatus")
        layout.addWidget(self.status)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._apply_scale(screen_scale(self.size(), DESIGN))

    def _apply_scale(self, scale: float) -> None:
        """Fonts, paddings and margins for a page ``scale`` times the design size."""
        if abs(scale - self.scale) < 0.01:
            return
        self.scale = scale
        self.setStyleSheet(scaled_style(STYLE, scale))
        self.layout_.setContentsMargins(*(round(v * scale) for v in (28, 20, 28, 20)))
        apply_scale(self, scale)

    def _message_page(self, title: str, text: str) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.addStretch(1)
        column.addWidget(big_label(title, "ratingTitle"))
        column.addWidget(big_label(text, "ratingText"))
        column.addStretch(1)
        return page

    # --- polling ---------------------------------------------------------------------------

    def poll(self) -> None:
        """Ask for the oldest pending request (at most one poll in flight)."""
        if (
            self.polling
            or self.sending
            or self.stack.currentWidget()
            in (
                self.reason_page,
                self.thanks_page,
            )
        ):
            return
        self.polling = True
        run_operation(
            self, lambda: self.station.pending(self.clock()), self._polled, self._poll_failed
        )

    def _polled(self, prompt: RatingPrompt | None) -> None:
        self.polling = False
        self.status.clear()
        self.poll_timer.setInterval(POLL_MS)
        if self.stack.currentWidget() not in (self.idle_page, self.choice_page):
            return
        if prompt is None:
            self.prompt = None
            self.stack.setCurrentWidget(self.idle_page)
        elif self.prompt is None or prompt.id != self.prompt.id:
            self.show_prompt(prompt)

    def _poll_failed(self, error: Exception) -> None:
        self.polling = False
        log.warning("rating station cannot read requests: %s", error)
        self.status.setText(self.tr("Connection lost — reconnecting…"))
        self.poll_timer.setInterval(OFFLINE_POLL_MS)

    # --- the citizen's answer ----------------------------------------------------------------

    def show_prompt(self, prompt: RatingPrompt) -> None:
        self.prompt = prompt
        self.choice_page.show_prompt(prompt)
        self.stack.setCurrentWidget(self.choice_page)

    def choose(self, level: str) -> None:
        """A large button was pressed; "dissatisfied" asks why first."""
        if self.prompt is None or self.sending:
            return
        if level == RatingLevel.DISSATISFIED:
            self.reason_page.clear()
            self.stack.setCurrentWidget(self.reason_page)
            return
        self.send(level, "")

    def send(self, level: str, reason: str) -> None:
        if self.prompt is None or self.sending:
            return
        request_id, at = self.prompt.id, self.clock()
        self.sending = True
        run_operation(
            self,
            lambda: self.station.answer(request_id, level, reason, at),
            lambda _answer: self._sent(level),
            self._send_failed,
        )

    def _sent(self, level: str) -> None:
        self.sending = False
        self.stack.setCurrentWidget(self.thanks_page)
        self.reset_timer.start(self.thanks_ms)
        self.rated.emit(level)

    def _send_failed(self, error: Exception) -> None:
        self.sending = False
        fallback = self.tr("The rating could not be saved. Please try again.")
        self.status.setText(user_message(error, fallback))

    def reset(self) -> None:
        """Back to the waiting screen, ready for the next citizen."""
        self.prompt = None
        self.reset_timer.stop()
        self.reason_page.clear()
        self.stack.setCurrentWidget(self.idle_page)
        self.poll()

    def closeEvent(self, event: object) -> None:  # noqa: N802 (Qt name)
        self.poll_timer.stop()
        super().closeEvent(event)  # type: ignore[arg-type]
