"""The queue panel of a counter window: who waits, the current ticket, the calling actions.

Embedded by the counter window (``QueuePanel(context, counter_number)``). Every action has a
function-key shortcut; a scanned ticket barcode calls that ticket (``handle_scan``). The panel
tells the window which ticket is at the counter (``serving_changed``) so that dossiers received
are linked to that visit.

Shortcuts: F5 call next · F6 recall · F7 start serving · F8 done · F9 no-show ·
F10 transfer · F11 pause / resume.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.queue.board import CounterQueueView
from desktop_app.ui.common.operations import is_user_error, run_operation, user_message
from desktop_app.ui.queue.actions import CounterQueue
from desktop_app.ui.queue.dialogs import PauseDialog, TransferDialog
from motcua_core.domain.queue_order import parse_ticket_ref
from motcua_core.domain.ticket_state import TicketState

if TYPE_CHECKING:
    from desktop_app.app import AppContext

REFRESH_MS = 1000
STYLE = """
#queueNumber { font-size: 44px; font-weight: bold; color: #0b3d6e; }
#queueState { font-size: 14px; color: #44505c; }
#queuePaused { background: #fff1c2; color: #7a4b00; font-weight: bold; padding: 4px;
               border-radius: 4px; }
#queueMessage { color: #b00020; }
"""


class QueuePanel(QWidget):
    """Call and serve queue tickets at one counter."""

    serving_changed = Signal(object)  # uuid.UUID of the ticket at the counter, or None
    view_changed = Signal(object)  # the CounterQueueView now shown

    def __init__(
        self, context: AppContext, counter_number: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("queuePanel")
        self.setStyleSheet(STYLE)
        self.queue = CounterQueue(context, counter_number)
        self.view: CounterQueueView | None = None
        self._last_problem: type[Exception] | None = None
        self.current_id: uuid.UUID | None = None
        self.busy = False
        self._dialog: TransferDialog | PauseDialog | None = None
        self._build(counter_number)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.timeout.connect(self._poll)
        self.refresh_timer.start(REFRESH_MS)
        self.refresh()

    def _build(self, counter_number: int) -> None:
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("Queue — counter {counter}").format(counter=counter_number), self)
        layout.addWidget(box)
        inner = QVBoxLayout(box)
        self._build_status(box, inner)
        inner.addLayout(self._build_buttons(box))
        self._build_entry(box, inner)
        layout.addStretch(1)

    def _build_status(self, box: QGroupBox, inner: QVBoxLayout) -> None:
        """Paused banner, waiting counts, the current number and its state."""
        self.paused_label = QLabel("", box)
        self.paused_label.setObjectName("queuePaused")
        self.paused_label.hide()
        inner.addWidget(self.paused_label)
        self.waiting_label = QLabel("", box)
        self.waiting_label.setWordWrap(True)
        inner.addWidget(self.waiting_label)
        self.number_label = QLabel("—", box)
        self.number_label.setObjectName("queueNumber")
        self.number_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        inner.addWidget(self.number_label)
        self.state_label = QLabel("", box)
        self.state_label.setObjectName("queueState")
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        inner.addWidget(self.state_label)

    def _build_buttons(self, box: QGroupBox) -> QGridLayout:
        """One button per action, two a row, each with its function key."""
        grid = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        actions: list[tuple[str, str, str, Callable[[], None]]] = [
            ("call_next", self.tr("Call next"), "F5", self.call_next),
            ("recall", self.tr("Recall"), "F6", self.recall),
            ("serve", self.tr("Start serving"), "F7", self.start_serving),
            ("done", self.tr("Done"), "F8", self.finish),
            ("no_show", self.tr("No-show"), "F9", self.no_show),
            ("transfer", self.tr("Transfer"), "F10", self.transfer),
            ("pause", self.tr("Pause"), "F11", self.toggle_pause),
        ]
        for index, (name, text, key, slot) in enumerate(actions):
            button = QPushButton(f"{text} ({key})", box)
            button.setShortcut(QKeySequence(key))
            button.clicked.connect(slot)
            grid.addWidget(button, index // 2, index % 2)
            self.buttons[name] = button
        return grid

    def _build_entry(self, box: QGroupBox, inner: QVBoxLayout) -> None:
        """The typed-number field and the line for messages."""
        self.number_input = QLineEdit(box)
        self.number_input.setPlaceholderText(self.tr("Call a number, e.g. A012 (Enter)"))
        self.number_input.returnPressed.connect(self._call_typed)
        inner.addWidget(self.number_input)
        self.message_label = QLabel("", box)
        self.message_label.setObjectName("queueMessage")
        self.message_label.setWordWrap(True)
        inner.addWidget(self.message_label)

    # --- public API for the counter window ----------------------------------------------

    def set_staff(self, staff_id: uuid.UUID | None) -> None:
        """The officer signed in at the counter (recorded on every step); None when signed out."""
        self.queue.staff_id = staff_id

    def handle_scan(self, text: str) -> bool:
        """Call the ticket whose barcode was scanned; False if ``text`` is not a ticket barcode."""
        ref = parse_ticket_ref(text)
        if ref is None or ref.local_day is None:
            return False
        self._run(lambda: self.queue.call_ticket(text.strip()))
        return True

    @property
    def current_ticket_id(self) -> uuid.UUID | None:
        return self.current_id

    # --- actions -------------------------------------------------------------------------

    def call_next(self) -> None:
        self._run(self.queue.call_next, empty_message=self.tr("Nobody is waiting."))

    def recall(self) -> None:
        self._run(self.queue.recall)

    def start_serving(self) -> None:
        self._run(self.queue.start_serving)

    def finish(self) -> None:
        self._run(self.queue.finish)

    def no_show(self) -> None:
        self._run(self.queue.no_show)

    def _call_typed(self) -> None:
        text = self.number_input.text().strip()
        if text:
            self.number_input.clear()
            self._run(lambda: self.queue.call_ticket(text))

    def transfer(self) -> None:
        if self.current_id is None:
            self.message_label.setText(self.tr("No ticket at the counter."))
            return
        run_operation(self, self.queue.targets, self._open_transfer, self._failed)

    def _open_transfer(self, targets: tuple[list, list]) -> None:
        dialog = TransferDialog(self, *targets)
        dialog.chosen.connect(lambda area, counter: self._run(
            lambda: self.queue.transfer(area, counter)))  # fmt: skip
        self._open(dialog)

    def toggle_pause(self) -> None:
        if self.view is not None and self.view.paused:
            self._run(self.queue.resume)
            return
        dialog = PauseDialog(self)
        dialog.chosen.connect(lambda reason: self._run(lambda: self.queue.pause(reason)))
        self._open(dialog)

    def _open(self, dialog: TransferDialog | PauseDialog) -> None:
        self._dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # --- plumbing ------------------------------------------------------------------------

    def _run(self, work: Callable[[], CounterQueueView], empty_message: str = "") -> None:
        if self.busy:
            return
        self.busy = True
        self.message_label.setText("")

        def done(view: CounterQueueView) -> None:
            self.busy = False
            self.show_view(view)
            if empty_message and view.current is None:
                self.message_label.setText(empty_message)

        run_operation(self, work, done, self._failed)

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.message_label.setText(
            user_message(error, self.tr("The action failed; please try again."))
        )
        self.refresh()

    def refresh(self) -> None:
        """Read the panel's view now."""
        run_operation(self, self.queue.view, self.show_view, self._show_problem)

    def _poll(self) -> None:
        if self.busy:
            return
        seq = self.view.change_seq if self.view is not None else -1
        run_operation(
            self,
            lambda: self.queue.changed_since(seq),
            self._maybe_show,
            self._show_problem,
        )

    def _show_problem(self, error: Exception) -> None:
        """A refresh failed (counter not configured, database unreachable): say so, keep going.

        The poll repeats every second: an unexpected error is logged once, not at every poll.
        """
        fallback = self.tr("The queue cannot be read right now.")
        repeated = type(error) is self._last_problem and not is_user_error(error)
        self._last_problem = type(error)
        self.message_label.setText(fallback if repeated else user_message(error, fallback))

    def _maybe_show(self, view: CounterQueueView | None) -> None:
        if view is not None:
            self.show_view(view)

    def show_view(self, view: CounterQueueView) -> None:
        """Show ``view`` and tell the window when the ticket at the counter changed."""
        self.view = view
        self._last_problem = None
        waiting = "   ".join(
            self.tr("{name}: {count}").format(name=a.name, count=a.waiting) for a in view.waiting
        )
        self.waiting_label.setText(self.tr("Waiting — {areas}").format(areas=waiting or "—"))
        self.paused_label.setVisible(view.paused)
        self.paused_label.setText(self.tr("Paused: {reason}").format(reason=view.pause_reason))
        self.buttons["pause"].setText(
            (self.tr("Resume") if view.paused else self.tr("Pause")) + " (F11)"
        )
        current = view.current
        self.number_label.setText(current.display_number if current else "—")
        states = {TicketState.CALLED: self.tr("Called"), TicketState.SERVING: self.tr("Serving")}
        state = states.get(current.status, "") if current else ""
        if current and current.priority_label:
            state += f" · {current.priority_label}"
        if current and current.recall_count:
            state += " · " + self.tr("recalled {n}×").format(n=current.recall_count)
        self.state_label.setText(state)
        new_id = current.id if current else None
        self.view_changed.emit(view)
        if new_id != self.current_id:
            self.current_id = new_id
            self.serving_changed.emit(new_id)
