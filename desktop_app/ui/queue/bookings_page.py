"""The counter's page of the day's bookings: one row per booking, by slot, and check-in.

The officer scans the booking's QR code or the citizen's ID card (``handle_scan``), or types
the code in the field and presses Enter; the message line then names the ticket given. The
list is read when the page is shown and every ``REFRESH_MS`` while it is visible (bookings
arrive with the sync). Phones are shown masked, as the service gives them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.queue.bookings import BookingView
from desktop_app.ui.common.operations import run_operation, user_message
from desktop_app.ui.queue.booking_actions import CheckedIn, CounterBookings
from motcua_core.domain.booking_code import parse_booking_code
from motcua_core.domain.cccd_qr import looks_like_card_payload

if TYPE_CHECKING:
    from desktop_app.app import AppContext

REFRESH_MS = 30_000
COLUMNS = 7
STYLE = """
#bookingsTitle { font-size: 16px; font-weight: bold; color: #0b3d6e; }
#bookingsMessage { color: #0b3d6e; font-weight: bold; }
#bookingsMessage[problem="true"] { color: #b00020; }
"""


def bookings_title() -> str:
    """The tab's title, with its key."""
    return QCoreApplication.translate("BookingsPage", "Bookings (F4)")


class BookingsPage(QWidget):
    """Today's bookings per slot, and the field to check a citizen in."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookingsPage")
        self.setStyleSheet(STYLE)
        self.context = context
        self.bookings = CounterBookings(context)
        self.views: list[BookingView] = []
        self.busy = False
        layout = QVBoxLayout(self)
        self.title = QLabel("", self)
        self.title.setObjectName("bookingsTitle")
        layout.addWidget(self.title)
        self.code_input = QLineEdit(self)
        self.code_input.setPlaceholderText(
            self.tr("Check in: scan the booking QR or the ID card, or type the code (Enter)")
        )
        self.code_input.returnPressed.connect(self._typed)
        layout.addWidget(self.code_input)
        self.message = QLabel("", self)
        self.message.setObjectName("bookingsMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.table = self._build_table()
        layout.addWidget(self.table, 1)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.timer.start(REFRESH_MS)

    def _build_table(self) -> QTableWidget:
        table = QTableWidget(0, COLUMNS, self)
        table.setHorizontalHeaderLabels(
            [self.tr("Slot"), self.tr("Area"), self.tr("Code"), self.tr("Name"),
             self.tr("Phone"), self.tr("Status"), self.tr("Ticket")]
        )  # fmt: skip
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        return table

    # --- the counter window's calls -------------------------------------------------------

    def focus_first(self) -> None:
        """The code field, ready for a scan or typing (Alt+N, F4)."""
        self.refresh()
        self.code_input.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.code_input.selectAll()

    def handle_scan(self, text: str) -> bool:
        """A booking QR or an ID card checks in; other scans are left to others."""
        code = parse_booking_code(text)
        if code is not None:
            self.check_in(booking_code=code)
            return True
        if looks_like_card_payload(text):
            self.check_in(cccd_payload=text.strip())
            return True
        return False

    def clear_personal_data(self) -> None:
        """Signed out: no names or phones stay on screen."""
        self.views = []
        self.table.setRowCount(0)
        self.code_input.clear()
        self._say("")

    # --- behaviour -----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self.refresh()

    def _tick(self) -> None:
        if self.isVisible() and not self.busy:
            self.refresh()

    def refresh(self) -> None:
        run_operation(self, self.bookings.day, self.show_bookings, self._failed)

    def _typed(self) -> None:
        text = self.code_input.text().strip()
        if not text:
            return
        if not self.handle_scan(text):
            self._say(self.tr("{text} is not a booking code (e.g. DH7K3M9Q2X).").format(text=text),
                      problem=True)  # fmt: skip

    def check_in(self, *, booking_code: str | None = None, cccd_payload: str | None = None) -> None:
        if self.busy:
            return
        self.busy = True
        self.code_input.clear()
        run_operation(
            self,
            lambda: self.bookings.check_in(booking_code=booking_code, cccd_payload=cccd_payload),
            self._checked_in,
            self._failed,
        )

    def _checked_in(self, done: CheckedIn) -> None:
        self.busy = False
        ticket, zone = done.ticket, self.context.settings.zone
        if done.late_for is not None:
            text = self.tr(
                "Late for the booked time {time}: walk-in ticket {number} ({area})."
            ).format(time=f"{done.late_for.astimezone(zone):%H:%M}", number=ticket.display_number,
                     area=ticket.area_name)  # fmt: skip
        else:
            start = ticket.booking_start.astimezone(zone) if ticket.booking_start else None
            text = self.tr("Checked in: ticket {number} ({area}), booked for {time}.").format(
                number=ticket.display_number, area=ticket.area_name,
                time=f"{start:%H:%M}" if start else "—",
            )  # fmt: skip
        self._say(text)
        self.refresh()

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self._say(user_message(error, self.tr("The bookings cannot be read right now.")),
                  problem=True)  # fmt: skip

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("problem", "true" if problem else "false")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def show_bookings(self, views: list[BookingView]) -> None:
        self.views = views
        zone = self.context.settings.zone
        day = self.bookings.today()
        arrived = sum(1 for v in views if v.status == "checked_in")
        self.title.setText(
            self.tr("Bookings of {day}: {count}, {arrived} checked in").format(
                day=f"{day:%d/%m/%Y}", count=len(views), arrived=arrived
            )
        )
        self.table.setRowCount(len(views))
        for row, view in enumerate(views):
            start = view.start.astimezone(zone)
            for column, text in enumerate(self._cells(view, f"{start:%H:%M}")):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _cells(self, view: BookingView, slot: str) -> list[str]:
        return [slot, view.area_name, view.code, view.name, view.phone,
                self.status_label(view.status), view.ticket_number or ""]  # fmt: skip

    def status_label(self, status: str) -> str:
        """A booking's status in words."""
        labels = {
            "booked": self.tr("Not arrived yet"),
            "cancelled": self.tr("Cancelled"),
            "checked_in": self.tr("Checked in"),
            "late": self.tr("Late (walk-in)"),
            "no_show": self.tr("Did not come"),
        }
        return labels.get(status, status)
