"""Lịch hẹn — the day's bookings and check-in at the counter (desktop_app.ui.queue).

Reached with F4 from anywhere in the counter window (and Alt+N like every tab). A booking's
QR code or an ID card scanned on another tab that nobody else took checks in here too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut

from desktop_app.ui.queue.bookings_page import BookingsPage, bookings_title
from motcua_core.domain.booking_code import parse_booking_code

PAGE_ORDER = 95
BOOKINGS_KEY = "F4"


def page_title() -> str:
    return bookings_title()


def make_page(counter: Any) -> BookingsPage:
    page = BookingsPage(counter.context)
    shortcut = QShortcut(QKeySequence(BOOKINGS_KEY), counter)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(lambda: counter.show_tab(counter.tabs.indexOf(page)))

    def booking_scanned(text: str) -> bool:
        """A booking code scanned on another tab: check in and show the list."""
        if counter.staff is None or counter.is_locked or parse_booking_code(text) is None:
            return False
        counter.tabs.setCurrentWidget(page)
        return page.handle_scan(text)

    counter.scanner.handlers.append(booking_scanned)
    return page
