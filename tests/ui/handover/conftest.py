"""A counter window at its default size (1100×720) with two dossiers, a department officer and
queue counter 3 serving area A; key helpers that count what the officer presses."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from desktop_app.services.office.calendar import office_calendar
from desktop_app.services.office.setup import set_up_office
from desktop_app.services.queue.config import add_counter
from desktop_app.services.staff.accounts import StaffRole, add_staff
from desktop_app.storage.models import Dossier
from desktop_app.ui.counter.window import CounterPage
from tests.support.handover_data import DEPARTMENT, receive

START = datetime(2026, 11, 26, 2, 30, tzinfo=UTC)  # Thursday 09:30 in Hà Nội
PASSWORD = "motcua2026"
APPLICANTS = (("Nguyễn Văn Nam", "001085012345"), ("Trần Thị Lan", "001190012345"))


class Keys:
    """Sends key events and counts them: ``actions`` (shortcuts, Enter, digits pressed by the
    officer), ``typed`` (characters the officer types); a scan (the scanner's characters and
    its Enter) counts for nothing."""

    def __init__(self) -> None:
        self.actions = 0
        self.typed = 0

    def press(self, widget: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.actions += 1
        QTest.keyClick(widget, key, modifier)

    def type(self, widget: QWidget, text: str) -> None:
        self.typed += len(text)
        send_text(widget, text)

    def scan(self, widget: QWidget, text: str) -> None:
        send_text(widget, text)
        QTest.keyClick(widget, Qt.Key.Key_Return)


def send_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key, Vietnamese letters included (``keyClicks`` sends Latin-1)."""
    for char in text:
        for action in (QTest.KeyAction.Press, QTest.KeyAction.Release):
            QTest.sendKeyEvent(action, widget, Qt.Key.Key_unknown, char,
                               Qt.KeyboardModifier.NoModifier)  # fmt: skip


@pytest.fixture
def desk(context, qtbot, tmp_path: Path) -> CounterPage:
    with context.session() as session:
        office = set_up_office(session, "000.00.31.H29", "UBND Phường Thử").office
        add_staff(session, office.id, username="canbo1", full_name="Nguyễn Thị Hồng Nhung",
                  role=StaffRole.RECEPTION, password=PASSWORD)  # fmt: skip
        add_staff(session, office.id, username="tuphap", full_name="Trần Văn Bình",
                  role=StaffRole.SPECIALIST, password=PASSWORD, department=DEPARTMENT)  # fmt: skip
        add_counter(session, office.id, number=3, name="Quầy 3", areas=["A"])
        calendar = office_calendar(session, context.settings, office.id)
        for minutes, (name, number) in enumerate(APPLICANTS):
            receive(session, office, calendar, START + timedelta(minutes=5 * minutes),
                    name=name, id_number=number)  # fmt: skip
    page = CounterPage(context, None)
    clock = {"now": START + timedelta(minutes=30)}
    page.clock = lambda: clock["now"]
    page.test_clock = clock  # type: ignore[attr-defined]
    page.print_folder = tmp_path / "prints"
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    return page


def sign_in(counter: CounterPage, qtbot, username: str) -> None:
    if counter.staff is not None:
        counter.sign_out()
    panel = counter.sign_in_panel
    panel.username.setText(username)
    panel.password.setText(PASSWORD)
    qtbot.keyClick(panel.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counter.stack.currentWidget() is counter.work_area, timeout=10_000)


def open_tab(counter: CounterPage, qtbot, key: str) -> QWidget:
    page = counter.page(key)
    counter.tabs.setCurrentWidget(page)
    qtbot.waitUntil(page.isVisible)
    return page


def dossier_codes(context) -> list[str]:
    with context.session(read_only=True) as session:
        return list(session.scalars(select(Dossier.code).order_by(Dossier.code)))
