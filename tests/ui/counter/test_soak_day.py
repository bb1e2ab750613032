"""A day at the counter in one window, by key events only: 30 citizens in a row.

Each citizen is received from a card scan, looked up three ways (the receipt's code scanned,
the card scanned, the name typed without accents), handed over to the department, processed
there by its officer (who signs in at the same PC), handed back and returned with a rating.
Keys go to whichever widget has the focus, as on a real keyboard; the only help the test gives
is the window manager's (re-activating the window after a dialog closes). Any Qt warning fails
the test (tests/ui/conftest.py), and so does anything written to stderr.

"Works the first time" is not enough: the bugs of the lookup dialog and the doubled F5 showed
only on the second use.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import func, select

from desktop_app.services.handover.batches import Direction, list_batches
from desktop_app.services.office.setup import set_up_office
from desktop_app.services.staff.accounts import StaffRole, add_staff
from desktop_app.storage.models import Dossier, Rating
from desktop_app.ui.counter.window import CounterPage
from motcua_core.domain.lifecycle import DossierStatus
from motcua_core.domain.text import fold_for_search
from tests.support.handover_data import DEPARTMENT
from tests.support.keyboard import Officer
from tests.ui.counter.conftest import flush_deletes

START = datetime(2026, 11, 23, 0, 45, tzinfo=UTC)  # Monday 07:45 in Hà Nội
PASSWORD = "motcua2026"
CITIZENS = int(__import__("os").environ.get("SOAK_CITIZENS", "30"))
GROUP = 10  # citizens handed over in one batch
BIRTH_REGISTRATION = "1.001193"
CTRL = Qt.KeyboardModifier.ControlModifier
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ")
MIDDLE_MALE = ("Văn", "Đức", "Quang", "Hữu", "Minh")
MIDDLE_FEMALE = ("Thị", "Ngọc", "Thu", "Hồng", "Bích")
GIVEN_MALE = ("Ắnh", "Bình", "Cường", "Dũng", "Hưng", "Khánh", "Lộc", "Nghĩa", "Phước", "Thắng")
GIVEN_FEMALE = ("Ánh", "Duyên", "Giang", "Hằng", "Liễu", "Mỹ", "Nguyệt", "Oanh", "Quỳnh", "Yến")


class Citizen:
    """The i-th citizen of the day, with a card whose fields agree with each other."""

    def __init__(self, index: int) -> None:
        female = index % 2 == 1
        born = date(1960 + index, 1 + index % 12, 1 + index % 27)
        family = FAMILY[index % len(FAMILY)]
        if female:
            middle, given = MIDDLE_FEMALE[index % 5], GIVEN_FEMALE[index % 10]
        else:
            middle, given = MIDDLE_MALE[index % 5], GIVEN_MALE[index % 10]
        self.name = f"{family} {middle} {given}"
        self.id_number = f"001{1 if female else 0}{born:%y}{100000 + index * 7919:06d}"
        self.phone = f"09{12340000 + index:08d}"
        sex = "Nữ" if female else "Nam"
        address = f"Số {index + 1} ngõ {index + 3} phố Hàng Bạc, Phường Hàng Bạc, Hà Nội"
        old = f"{index + 1:09d}" if index % 3 else ""
        self.card = (f"{self.id_number}|{old}|{self.name}|{born:%d%m%Y}|{sex}|{address}|"
                     f"15072021")  # fmt: skip
        self.code = ""


class DayOfficer(Officer):
    """The counter PC's keyboard and scanner, and the window manager's part offscreen."""

    def window_manager_activates(self) -> None:
        """What a window manager does when a dialog closes; the offscreen platform has none."""
        flush_deletes()
        self.counter.activateWindow()
        self.qtbot.waitUntil(self.counter.isActiveWindow)

    def window_manager_focuses(self, dialog: QWidget) -> None:
        """A window manager gives a newly shown dialog the focus; offscreen, the test does."""
        dialog.activateWindow()
        self.qtbot.waitUntil(dialog.isActiveWindow)

    def sign_in(self, username: str) -> None:
        counter = self.counter
        if counter.staff is not None:
            self.key(Qt.Key.Key_L, CTRL | Qt.KeyboardModifier.ShiftModifier)
        self.qtbot.waitUntil(lambda: counter.stack.currentWidget() is counter.sign_in_panel)
        self.qtbot.waitUntil(lambda: counter.sign_in_panel.username.hasFocus())
        self.type(username)
        self.key(Qt.Key.Key_Return)
        self.type(PASSWORD)
        self.key(Qt.Key.Key_Return)
        self.qtbot.waitUntil(lambda: counter.stack.currentWidget() is counter.work_area,
                             timeout=10_000)  # fmt: skip

    def tab(self, number: int, key: str) -> QWidget:
        self.key(getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.AltModifier)
        page = self.counter.page(key)
        assert self.counter.tabs.currentWidget() is page
        return page


@pytest.fixture
def day(context, qtbot, tmp_path: Path) -> DayOfficer:
    with context.session() as session:
        office = set_up_office(session, "000.00.31.H29", "UBND Phường Thử").office
        add_staff(session, office.id, username="canbo1", full_name="Nguyễn Thị Hồng Nhung",
                  role=StaffRole.RECEPTION, password=PASSWORD)  # fmt: skip
        add_staff(session, office.id, username="tuphap", full_name="Trần Văn Bình",
                  role=StaffRole.SPECIALIST, password=PASSWORD, department=DEPARTMENT)  # fmt: skip
    counter = CounterPage(context, None)
    clock = {"now": START}
    counter.clock = lambda: clock["now"]
    counter.test_clock = clock  # type: ignore[attr-defined]
    counter.print_folder = tmp_path / "prints"
    qtbot.addWidget(counter)
    counter.resize(1100, 720)
    counter.show()
    qtbot.waitExposed(counter)
    counter.activateWindow()
    qtbot.waitUntil(counter.isActiveWindow)
    officer = DayOfficer(counter, qtbot)
    officer.sign_in("canbo1")
    reception = counter.page("reception_page")
    qtbot.waitUntil(lambda: reception.form.procedure.count() > 5, timeout=10_000)
    return officer


def receive(officer: DayOfficer, citizen: Citizen) -> None:
    page = officer.tab(1, "reception_page")
    form = page.form
    assert officer.focus() is form.procedure_filter
    officer.type(BIRTH_REGISTRATION[-4:])
    officer.key(Qt.Key.Key_Return)
    officer.scan(citizen.card)
    assert form.full_name.text() == citizen.name, page.status_label.text()
    assert officer.focus() is form.phone
    officer.type(citizen.phone)
    previous = page.last_saved
    officer.key(Qt.Key.Key_Return, CTRL)
    officer.qtbot.waitUntil(lambda: page.last_saved is not previous and page.last_print is not None,
                            timeout=20_000)  # fmt: skip
    citizen.code = page.last_saved.code
    assert officer.focus() is page.new_button
    officer.key(Qt.Key.Key_Return)  # the next citizen
    assert officer.focus() is form.procedure_filter and form.full_name.text() == ""


def look_up(officer: DayOfficer, citizen: Citizen) -> None:
    counter, qtbot = officer.counter, officer.qtbot
    lookup = counter.page("lookup_page")
    officer.key(Qt.Key.Key_F3)
    officer.scan(citizen.code)
    qtbot.waitUntil(lambda: bool(lookup.dialogs) and lookup.dialogs[-1].detail is not None,
                    timeout=10_000)  # fmt: skip
    assert citizen.code in lookup.dialogs[-1].summary.toPlainText()
    officer.key(Qt.Key.Key_Escape)
    officer.window_manager_activates()
    assert lookup.dialogs == []
    for finding in (lambda: officer.scan(citizen.card), lambda: type_name(officer, citizen)):
        officer.key(Qt.Key.Key_F3)
        finding()
        qtbot.waitUntil(lambda: citizen.code in codes_listed(lookup), timeout=10_000)


def type_name(officer: DayOfficer, citizen: Citizen) -> None:
    officer.type(fold_for_search(citizen.name))
    officer.key(Qt.Key.Key_Return)


def codes_listed(lookup) -> list[str]:
    return [lookup.table.item(row, 0).text() for row in range(lookup.table.rowCount())]


def hand_over(officer: DayOfficer, group: list[Citizen]) -> str:
    page = officer.tab(3, "handover_tab_page")
    officer.qtbot.waitUntil(lambda: page.unit.count() == 1, timeout=10_000)
    for citizen in group:
        officer.scan(citizen.code)
        officer.qtbot.waitUntil(lambda c=citizen: c.code in page.table.checked_codes(),
                                timeout=10_000)  # fmt: skip
    previous = page.last_batch
    officer.key(Qt.Key.Key_Return, CTRL)
    officer.qtbot.waitUntil(lambda: page.last_batch is not previous, timeout=20_000)
    assert page.last_batch.count == len(group)
    return str(page.last_batch.id)[:8]


def process(officer: DayOfficer, context, group: list[Citizen], batch_ref: str) -> None:
    qtbot = officer.qtbot
    work = officer.tab(4, "processing_tab_page")
    qtbot.waitUntil(lambda: work.batches.count() >= 1, timeout=10_000)  # the officer sees it
    officer.scan(batch_ref)
    officer.key(Qt.Key.Key_B, CTRL)
    qtbot.waitUntil(lambda: work.table.rowCount() >= len(group), timeout=10_000)
    for citizen in group:
        officer.scan(citizen.code)
        officer.key(Qt.Key.Key_1, CTRL)
        qtbot.waitUntil(lambda c=citizen: status(context, c) is DossierStatus.IN_PROGRESS)
        officer.scan(citizen.code)
        officer.key(Qt.Key.Key_6, CTRL)
        qtbot.waitUntil(lambda: work.dialog is not None and work.dialog.isVisible())
        officer.window_manager_focuses(work.dialog)
        officer.type("Trích lục")
        officer.key(Qt.Key.Key_Return)
        qtbot.waitUntil(lambda c=citizen: status(context, c) is DossierStatus.RESULT_READY)
        officer.window_manager_activates()
        qtbot.waitUntil(lambda: work.scan.hasFocus())
    officer.key(Qt.Key.Key_7, CTRL)
    qtbot.waitUntil(lambda: pending_results(context) == 1, timeout=10_000)


def give_back(officer: DayOfficer, context, citizen: Citizen, by_card: bool) -> None:
    qtbot = officer.qtbot
    back = officer.tab(5, "return_tab_page")
    officer.scan(citizen.card if by_card else citizen.code)
    qtbot.waitUntil(lambda: back.return_button.isEnabled() and
                    back.facts["code"].text() == citizen.code, timeout=10_000)  # fmt: skip
    officer.key(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: back.rating_dialog is not None and back.rating_dialog.isVisible())
    officer.window_manager_focuses(back.rating_dialog)
    previous = back.last_rating
    officer.key(Qt.Key.Key_1)
    qtbot.waitUntil(lambda: back.last_rating is not previous, timeout=10_000)
    officer.window_manager_activates()
    assert status(context, citizen) is DossierStatus.RETURNED


def status(context, citizen: Citizen) -> DossierStatus:
    with context.session(read_only=True) as session:
        value = session.scalar(select(Dossier.status).where(Dossier.code == citizen.code))
        return DossierStatus(value)


def pending_results(context) -> int:
    with context.session(read_only=True) as session:
        return len(list_batches(session, direction=Direction.TO_COUNTER, pending_only=True))


@pytest.mark.slow
def test_thirty_citizens_in_a_row_by_keys_only(day, context, capfd):
    officer, counter = day, day.counter
    citizens = [Citizen(index) for index in range(CITIZENS)]
    for start in range(0, CITIZENS, GROUP):
        group = citizens[start : start + GROUP]
        for citizen in group:
            counter.test_clock["now"] += timedelta(minutes=6)
            receive(officer, citizen)
            look_up(officer, citizen)
        batch = hand_over(officer, group)
        officer.sign_in("tuphap")
        process(officer, context, group, batch)
        officer.sign_in("canbo1")
        for number, citizen in enumerate(group):
            give_back(officer, context, citizen, by_card=number % 2 == 0)
    errors = capfd.readouterr().err
    with capfd.disabled():
        print(f"\n{CITIZENS} citizens by keys only: {officer.keystrokes} keystrokes in all")
    with context.session(read_only=True) as session:
        returned = session.scalar(select(func.count()).select_from(Dossier)
                                  .where(Dossier.status == DossierStatus.RETURNED))  # fmt: skip
        assert returned == CITIZENS
        assert session.scalar(select(func.count()).select_from(Rating)) == CITIZENS
    assert pending_results(context) == 0
    assert "Traceback" not in errors and "Error" not in errors, errors
