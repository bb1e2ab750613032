"""The department attaches the signed result PDF when it marks the result ready; the return
tab shows that the dossier has an electronic result and saves a copy, byte for byte."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pikepdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest

from desktop_app.services.dossiers.attachment_views import list_attachments
from desktop_app.services.handover.batches import Direction, create_batch, receive_batch
from desktop_app.services.handover.department import start_processing
from desktop_app.services.office.calendar import office_calendar
from desktop_app.services.office.setup import set_up_office
from desktop_app.ui.counter.window import CounterPage
from desktop_app.ui.handover.result_file_ready import ResultReadyDialog
from tests.support.handover_data import DEPARTMENT, add_people, receive

START = datetime(2026, 11, 26, 2, 30, tzinfo=UTC)
CTRL = Qt.KeyboardModifier.ControlModifier


def signed_result(path: Path) -> Path:
    with pikepdf.new() as pdf:
        pdf.add_blank_page(page_size=(595, 842))
        pdf.add_blank_page(page_size=(595, 842))
        pdf.docinfo["/Title"] = "Giấy xác nhận (ký số)"
        pdf.save(path)
    return path


@pytest.fixture
def department(context, qtbot, tmp_path):
    """Two dossiers in processing at the department, its officer signed in on Xử lý."""
    with context.session() as session:
        office = set_up_office(session, "000.00.31.H29", "UBND Phường Thử").office
        _counter, specialist = add_people(session, office)
        calendar = office_calendar(session, context.settings, office.id)
        codes = [receive(session, office, calendar, START + timedelta(minutes=m),
                         id_number=f"0010850123{m:02d}").code for m in (0, 5)]  # fmt: skip
        at = START + timedelta(minutes=20)
        batch = create_batch(session, codes, office_id=office.id, direction=Direction.TO_DEPARTMENT,
                             to_unit=DEPARTMENT, at=at, tz=context.settings.zone,
                             sender_id=None)  # fmt: skip
        receive_batch(session, str(batch.id), receiver_id=specialist.id, at=at)
        for code in codes:
            start_processing(session, code, at=at, staff_id=specialist.id, unit=DEPARTMENT)
    counter = CounterPage(context, None)
    counter.clock = lambda: START + timedelta(hours=2)
    counter.print_folder = tmp_path / "prints"
    qtbot.addWidget(counter)
    counter.resize(1280, 820)
    counter.show()
    counter.sign_in_panel.username.setText("tuphap")
    counter.sign_in_panel.password.setText("motcua2026")
    qtbot.keyClick(counter.sign_in_panel.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counter.stack.currentWidget() is counter.work_area, timeout=10_000)
    work = counter.page("processing_tab_page")
    counter.tabs.setCurrentWidget(work)
    qtbot.waitUntil(lambda: work.table.rowCount() == 2, timeout=10_000)
    counter.activateWindow()
    qtbot.waitUntil(counter.isActiveWindow)
    return counter, work, codes


def open_ready_dialog(work, qtbot) -> ResultReadyDialog:
    QTest.keyClick(work.table, Qt.Key.Key_6, CTRL)
    qtbot.waitUntil(lambda: isinstance(work.dialog, ResultReadyDialog))
    dialog = work.dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_the_signed_result_is_attached_with_result_ready_and_saved_from_the_return_tab(
    department, qtbot, tmp_path, context
):
    counter, work, (first, _second) = department
    pdf = signed_result(tmp_path / "ket-qua.pdf")
    work.table.set_checked(first)
    dialog = open_ready_dialog(work, qtbot)
    dialog.text.setText("Giấy xác nhận số 15")
    QTest.keyClick(dialog.text, Qt.Key.Key_O, CTRL)  # the file dialog, from the keyboard
    qtbot.waitUntil(lambda: dialog.file_dialog is not None and dialog.file_dialog.isVisible())
    chooser = dialog.file_dialog
    # the officer picks the file: Qt's own dialog says so with fileSelected (accepting it here
    # raced the dialog's folder listing on a loaded machine)
    chooser.fileSelected.emit(str(pdf))
    chooser.reject()
    assert dialog.path == pdf
    assert dialog.file_label.text() == "ket-qua.pdf"
    QTest.keyClick(dialog.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Đã có kết quả" in work.status.text(), timeout=10_000)
    with context.session(read_only=True) as session:
        (result,) = list_attachments(session, first)
    assert (result.role, result.document, result.pages) == ("result", None, 2)

    back = counter.page("return_tab_page")
    counter.tabs.setCurrentWidget(back)
    back.scan.setText(first)
    back.look_up()
    box = back.result_file
    qtbot.waitUntil(lambda: box.result is not None, timeout=10_000)
    assert "2" in box.label.text() and box.save_button.isEnabled()
    copy = tmp_path / "copy.pdf"
    box._write(copy, box._saved)
    qtbot.waitUntil(lambda: box.last_written == copy, timeout=10_000)
    assert copy.read_bytes() == pdf.read_bytes()  # kept byte for byte: the signature holds
    back.scan.setText(_second)
    back.look_up()
    qtbot.waitUntil(lambda: box.code == _second and not box.save_button.isEnabled())


def test_a_result_file_for_two_dossiers_changes_nothing(department, qtbot, tmp_path, context):
    _counter, work, codes = department
    for code in codes:
        work.table.set_checked(code)
    work.mark_ready("Giấy xác nhận", signed_result(tmp_path / "one.pdf"))
    qtbot.waitUntil(lambda: "một hồ sơ" in work.status.text(), timeout=10_000)
    with context.session(read_only=True) as session:
        assert all(list_attachments(session, code) == [] for code in codes)
    assert work.table.rowCount() == 2 and all(
        "Đang xử lý" in work.items[code].status.label_vi for code in codes
    )


def test_a_result_that_is_no_pdf_is_refused_and_the_dossier_stays(department, qtbot, tmp_path):
    _counter, work, (first, _second) = department
    picture = tmp_path / "scan.png"
    image = QImage(40, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    assert image.save(str(picture), "PNG")
    work.table.set_checked(first)
    work.mark_ready("Giấy xác nhận", picture)
    qtbot.waitUntil(lambda: "PDF" in work.status.text(), timeout=10_000)
    assert "Đang xử lý" in work.items[first].status.label_vi
