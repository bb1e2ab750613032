"""Reception by keyboard and card scanner only, keystrokes counted.

Every key the officer presses counts (the procedure search, the phone's digits, Enter, Tab,
Ctrl+Enter); the characters the scanner types, and its Enter, do not. Keys go to whichever
widget has focus, as on a real keyboard; the scanner filter's clock is replayed: 150 ms between
the officer's keys, 4 ms between the scanner's.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop_app.storage.models import Applicant, Dossier
from tests.support.keyboard import Officer

NOW = datetime(2026, 11, 26, 2, 30, tzinfo=UTC)  # as the signed_in_counter fixture

BIRTH_REGISTRATION = "1.001193"  # "Đăng ký khai sinh" in resources/catalogue/procedures.json
CARD_2021 = (
    "001185012345|012345678|Nguyễn Thị Hồng Nhung|02031985|Nữ|"
    "Số 5 phố Hàng Bạc, Phường Hàng Bạc, Hà Nội|10072021"
)
# The same citizen's 2024 card: new place of residence, no old CMND, one more trailing field.
CARD_2024 = (
    "001185012345||Nguyễn Thị Hồng Nhung|02031985|Nữ|"
    "Số 12 ngõ 3 Đội Cấn, Phường Ba Đình, Hà Nội|05082024|"
)


@pytest.fixture
def officer(signed_in_counter, qtbot) -> Officer:
    signed_in_counter.activateWindow()
    qtbot.waitUntil(signed_in_counter.isActiveWindow)
    return Officer(signed_in_counter, qtbot)


def applicant_of(context, code: str) -> Applicant:
    with context.session(read_only=True) as session:
        dossier = session.scalars(select(Dossier).where(Dossier.code == code)).one()
        return session.get(Applicant, dossier.applicant_id)


def receive_new_citizen(officer: Officer, qtbot) -> str:
    """Procedure by its code's end, card scan, phone, Ctrl+Enter; returns the dossier code."""
    page = officer.counter.page("reception_page")
    form = page.form
    assert QApplication.focusWidget() is form.procedure_filter
    officer.type("1193")
    officer.key(Qt.Key.Key_Return)
    assert form.procedure.currentData() == BIRTH_REGISTRATION
    officer.scan(CARD_2021)
    assert QApplication.focusWidget() is form.phone
    assert (form.full_name.text(), form.id_number.text()) == (
        "Nguyễn Thị Hồng Nhung",
        "001185012345",
    )
    qtbot.wait(50)  # the known-citizen look-up finds nobody
    officer.type("0912345678")
    officer.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.last_print is not None, timeout=20_000)
    return page.last_saved.code


def test_new_citizen_from_a_card_scan_then_the_next_citizen(officer, qtbot, context):
    page = officer.counter.page("reception_page")
    code = receive_new_citizen(officer, qtbot)
    print(f"new citizen from a card scan: {officer.keystrokes} keystrokes")
    assert officer.keystrokes <= 20
    applicant = applicant_of(context, code)
    assert (applicant.full_name, applicant.id_number, applicant.old_id_number) == (
        "Nguyễn Thị Hồng Nhung", "001185012345", "012345678")  # fmt: skip
    assert (str(applicant.birth_date), applicant.sex) == ("1985-03-02", "female")
    assert applicant.address == "Số 5 phố Hàng Bạc, Phường Hàng Bạc, Hà Nội"
    assert applicant.phone.replace(" ", "") == "0912345678"
    # the next citizen: one key, and the form is empty, nothing preselected, no old receipt
    assert QApplication.focusWidget() is page.new_button
    officer.key(Qt.Key.Key_Return)
    assert QApplication.focusWidget() is page.form.procedure_filter
    assert page.form.procedure_filter.text() == "" and page.form.current_procedure() is None
    assert page.form.full_name.text() == "" and not page.preview_button.isEnabled()
    print(f"... and on to the next citizen: {officer.keystrokes} keystrokes in all")


def test_known_citizen_with_a_new_card(officer, qtbot, context):
    counter = officer.counter
    page = counter.page("reception_page")
    counter.clock = lambda: NOW - timedelta(days=40)
    receive_new_citizen(officer, qtbot)
    officer.key(Qt.Key.Key_Return)  # new dossier
    counter.clock = lambda: NOW
    officer.keystrokes = 0
    officer.type("1193")
    officer.key(Qt.Key.Key_Return)
    officer.scan(CARD_2024)
    qtbot.waitUntil(page.note.isVisible, timeout=10_000)
    assert "Đội Cấn" in page.note.text.text() and page.form.phone.text() != ""
    assert page.form.address.text().startswith("Số 12 ngõ 3 Đội Cấn")
    officer.key(Qt.Key.Key_Escape)  # seen
    assert not page.note.isVisible()
    officer.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.last_print is not None, timeout=20_000)
    print(f"known citizen from a card scan: {officer.keystrokes} keystrokes")
    assert officer.keystrokes <= 12
    applicant = applicant_of(context, page.last_saved.code)
    assert applicant.phone.replace(" ", "") == "0912345678"  # from the office's record
    assert applicant.address == "Số 12 ngõ 3 Đội Cấn, Phường Ba Đình, Hà Nội"
    assert QApplication.focusWidget() is page.new_button
