"""The counter window end to end, offscreen: sign in, receive, print, look up, lock."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from desktop_app.services.office.setup import set_up_office
from desktop_app.services.staff.accounts import StaffRole, add_staff
from desktop_app.storage.models import AuditEntry, Dossier
from desktop_app.ui.counter.window import CounterPage

NOW = datetime(2026, 11, 26, 2, 30, tzinfo=UTC)  # Thursday 09:30 in Hà Nội
PASSWORD = "motcua2026"


@pytest.fixture
def counter(context, qtbot, tmp_path: Path) -> CounterPage:
    with context.session() as session:
        office = set_up_office(session, "000.00.31.H29", "UBND Phường Thử").office
        add_staff(
            session,
            office.id,
            username="canbo1",
            full_name="Nguyễn Thị Hồng Nhung",
            role=StaffRole.RECEPTION,
            password=PASSWORD,
        )
    page = CounterPage(context, None)
    page.clock = lambda: NOW
    page.print_folder = tmp_path / "prints"
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def sign_in(counter: CounterPage, qtbot, password: str = PASSWORD) -> None:
    panel = counter.sign_in_panel
    panel.username.setText("canbo1")
    panel.password.setText(password)
    qtbot.keyClick(panel.password, Qt.Key.Key_Return)


def signed_in(counter: CounterPage, qtbot) -> None:
    sign_in(counter, qtbot)
    qtbot.waitUntil(lambda: counter.stack.currentWidget() is counter.work_area, timeout=10_000)


def fill_reception(counter: CounterPage, qtbot, id_number: str = "001085012345") -> object:
    page = counter.page("reception_page")
    qtbot.waitUntil(lambda: page.form.procedure.count() > 5, timeout=10_000)
    qtbot.keyClicks(page.form.procedure_filter, "xac nhan tinh trang hon nhan")
    # keys sent this fast look like a scanner's burst: they reach the field when it ends
    qtbot.waitUntil(lambda: page.form.procedure.currentData() == "1.004873", timeout=5_000)
    page.form.full_name.setText("nguyễn thị hồng nhung")
    page.form.id_number.setText(id_number)
    page.form.birth_date.setText("02/03/1985")
    page.form.phone.setText("0912 345 678")
    return page


def count_dossiers(context) -> int:
    with context.session(read_only=True) as session:
        return int(session.scalar(select(func.count()).select_from(Dossier)))


def test_wrong_password_is_refused_then_sign_in_works(counter, qtbot, context):
    sign_in(counter, qtbot, "wrong-password")
    qtbot.waitUntil(lambda: counter.sign_in_panel.message.text() != "", timeout=10_000)
    assert counter.stack.currentWidget() is counter.sign_in_panel
    assert "mật khẩu" in counter.sign_in_panel.message.text()
    signed_in(counter, qtbot)
    assert counter.staff is not None and counter.staff.username == "canbo1"
    with context.session(read_only=True) as session:
        actions = set(session.scalars(select(AuditEntry.action)))
    assert {"signed_in", "sign_in_failed"} <= actions


def test_receive_prints_form_01_and_double_enter_makes_one_dossier(counter, qtbot, context):
    signed_in(counter, qtbot)
    page = fill_reception(counter, qtbot)
    assert "01/12/2026" in page.due_label.text()  # 3 working days, shown before saving
    qtbot.keyClick(page.form.full_name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.form.full_name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    page.save("receive")
    qtbot.waitUntil(lambda: page.last_print is not None, timeout=20_000)
    assert count_dossiers(context) == 1
    code = page.last_saved.code
    pdf = page.last_print.pdf_path
    assert pdf.exists() and code in page.status_label.text()
    if shutil.which("zbarimg") and shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-r", "203", "-png", str(pdf), str(pdf.with_suffix(""))],
            check=True,
            timeout=60,
        )
        image = sorted(pdf.parent.glob("*.png"))[0]
        decoded = subprocess.run(
            ["zbarimg", "--nodbus", "--raw", "-q", str(image)],
            capture_output=True,
            text=True,
            timeout=60,
        ).stdout.split()
        assert decoded == [code]


def test_bad_id_number_shows_message_and_saves_nothing(counter, qtbot, context):
    signed_in(counter, qtbot)
    page = fill_reception(counter, qtbot, id_number="12345")
    page.save("receive")
    assert "12 chữ số" in page.form.errors["id_number"].text()
    assert page.form.full_name.text() == "nguyễn thị hồng nhung"  # the form keeps its contents
    qtbot.wait(50)
    assert count_dossiers(context) == 0


def test_look_up_by_scanned_code_by_name_without_accents_and_unknown_code(counter, qtbot):
    signed_in(counter, qtbot)
    page = fill_reception(counter, qtbot)
    page.save("receive")
    qtbot.waitUntil(lambda: page.last_print is not None, timeout=20_000)
    code = page.last_saved.code
    qtbot.keyClick(counter.tabs, Qt.Key.Key_F3)
    lookup = counter.page("lookup_page")
    assert counter.tabs.currentWidget() is lookup
    qtbot.keyClicks(lookup.search, code)
    qtbot.keyClick(lookup.search, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: bool(lookup.dialogs) and lookup.dialogs[-1].detail is not None, timeout=10_000
    )
    dialog = lookup.dialogs[-1]
    assert code in dialog.summary.toPlainText() and dialog.history.rowCount() == 1
    dialog.close()
    lookup.search.clear()
    qtbot.keyClicks(lookup.search, "nguyen thi hong")
    qtbot.keyClick(lookup.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lookup.table.rowCount() == 1, timeout=10_000)
    assert lookup.table.item(0, 1).text() == "Nguyễn Thị Hồng Nhung"
    lookup.search.setText("000.00.31.H29-261126-0999")
    qtbot.keyClick(lookup.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "0999" in lookup.message.text(), timeout=10_000)
    assert lookup.table.rowCount() == 0


def test_idle_lock_needs_the_password_again(counter, qtbot):
    signed_in(counter, qtbot)
    counter.lock()
    assert counter.is_locked
    counter.lock_panel.password.setText(PASSWORD)
    qtbot.keyClick(counter.lock_panel.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not counter.is_locked, timeout=10_000)
    counter.idle_lock_ms = 50
    counter._restart_idle_timer()
    qtbot.waitUntil(lambda: counter.is_locked, timeout=5_000)


def test_database_error_keeps_the_form_and_says_so(counter, qtbot, context, monkeypatch):
    from sqlalchemy.exc import OperationalError

    from desktop_app.services.dossiers import reception

    def broken(*_args, **_kwargs):
        raise OperationalError("INSERT", {}, Exception("database is locked"))

    signed_in(counter, qtbot)
    page = fill_reception(counter, qtbot)
    monkeypatch.setattr(reception, "receive_dossier", broken)
    page.save("receive")
    qtbot.waitUntil(lambda: not page.saving, timeout=10_000)
    assert "cơ sở dữ liệu" in page.status_label.text()
    assert page.form.id_number.text() == "001085012345"
    assert count_dossiers(context) == 0
    monkeypatch.undo()
    page.save("receive")
    qtbot.waitUntil(lambda: page.last_print is not None, timeout=20_000)
    assert count_dossiers(context) == 1


def test_missing_printer_keeps_the_dossier_and_the_pdf(make_context, qtbot, tmp_path):
    context = make_context(role="counter", counter_number=1, form_printer="No Such Printer")
    with context.session() as session:
        office = set_up_office(session, "000.00.31.H29", "UBND Phường Thử").office
        add_staff(
            session,
            office.id,
            username="canbo1",
            full_name="Lê Thị Ánh",
            role=StaffRole.RECEPTION,
            password=PASSWORD,
        )
    page = CounterPage(context, None)
    page.clock = lambda: NOW
    page.print_folder = tmp_path
    qtbot.addWidget(page)
    signed_in(page, qtbot)
    reception_page = fill_reception(page, qtbot)
    reception_page.save("receive")
    qtbot.waitUntil(lambda: reception_page.last_print is not None, timeout=20_000)
    assert reception_page.last_print.printer_error
    assert reception_page.last_print.pdf_path.exists()
    assert count_dossiers(context) == 1
