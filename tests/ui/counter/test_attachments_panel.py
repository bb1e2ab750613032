"""Reception's digitised copies: the newest scan by shortcut, the page editor, the scanner,
and the save that stores them with the dossier in one transaction."""

from __future__ import annotations

import io
import uuid
from datetime import timedelta
from pathlib import Path

import pikepdf
import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.services.dossiers.attach_document import attach_document
from desktop_app.services.dossiers.attachment_metadata import AttachmentMetadata
from desktop_app.services.dossiers.attachment_views import attachment_content, list_attachments
from desktop_app.services.dossiers.reception import receive_dossier
from desktop_app.ui.counter.attachments_details import DocumentDetailsDialog
from desktop_app.ui.counter.attachments_editor import PageEditorDialog
from tests.support.sane_device import enable_sane_test_device

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def write_png(path: Path, width: int, height: int, colour: str = "#3060c0") -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path), "PNG")
    return path


@pytest.fixture
def scans(tmp_path: Path) -> Path:
    folder = tmp_path / "scans"
    folder.mkdir()
    return folder


@pytest.fixture
def context(make_context, scans):
    """A counter station whose scan folder is ``scans`` (``signed_in_counter`` signs in)."""
    return make_context(role="counter", counter_number=3, scan_folder=str(scans))


@pytest.fixture
def reception(signed_in_counter, qtbot):
    """The reception page, its window active, the scan folder polled often."""
    page = signed_in_counter.page("reception_page")
    page.attachments.feed.timer.setInterval(30)
    signed_in_counter.activateWindow()
    qtbot.waitUntil(signed_in_counter.isActiveWindow)
    return page


def fill(page, qtbot) -> None:
    form = page.form
    form.procedure_filter.setText("1.004873")
    form._filter_procedures("1.004873")
    assert form.procedure.currentData() == "1.004873"
    form.full_name.setText("Nguyễn Thị Hồng Nhung")
    form.id_number.setText("001085012345")
    form.birth_date.setText("02/03/1985")
    assert form.documents.rowCount() >= 2


def receive(page, qtbot) -> str:
    page.save("receive")
    qtbot.waitUntil(lambda: page.last_saved is not None, timeout=20_000)
    return page.last_saved.code


def attachments_of(page, code: str):
    with page.counter.context.session(read_only=True) as session:
        return list_attachments(session, code)


def stored_pages(page, code: str, document: int) -> list[tuple[int, int, int]]:
    """Width, height (points) and turn of each page of the stored PDF of line ``document``."""
    context = page.counter.context
    with context.session(read_only=True) as session:
        data = b"".join(attachment_content(session, context.attachment_store(), code, document))
    with pikepdf.Pdf.open(io.BytesIO(data)) as pdf:
        return [(round(float(p.mediabox[2])), round(float(p.mediabox[3])),
                 int(p.obj.get("/Rotate", 0))) for p in pdf.pages]  # fmt: skip


def test_ctrl_shift_s_attaches_the_newest_complete_scan_to_the_selected_line(
    reception, scans, qtbot
):
    page = reception
    fill(page, qtbot)
    table = page.form.documents
    table.setFocus()
    table.setCurrentCell(1, 0)
    write_png(scans / "scan-0001.png", 120, 160)
    write_png(scans / "scan-0002.png", 160, 120)  # the newest
    panel = page.attachments
    qtbot.waitUntil(lambda: len(panel.feed.unused()) == 2, timeout=10_000)
    QTest.keyClick(table, Qt.Key.Key_S, CTRL_SHIFT)
    qtbot.waitUntil(lambda: 1 in panel.drafts, timeout=10_000)
    assert "1" in table.item(1, 3).text() and "KB" in table.item(1, 3).text()
    assert [s.path.name for s in panel.feed.unused()] == ["scan-0001.png"]
    code = receive(page, qtbot)
    (attached,) = attachments_of(page, code)
    assert (attached.document, attached.pages, attached.name) == (2, 1, table.item(1, 0).text())
    ((width, height, _turn),) = stored_pages(page, code, 2)
    assert width > height  # the landscape scan, the newest one
    assert not panel.drafts  # the panel starts empty for the next citizen


def test_the_page_editor_reorders_rotates_and_removes_what_is_saved(reception, tmp_path, qtbot):
    page = reception
    fill(page, qtbot)
    table = page.form.documents
    table.setCurrentCell(0, 0)
    files = [write_png(tmp_path / f"p{n}.png", 100 + 50 * n, 300) for n in range(3)]
    panel = page.attachments
    panel._attach_files(files)
    qtbot.waitUntil(lambda: 0 in panel.drafts, timeout=10_000)
    assert panel.drafts[0].page_count == 3
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_E, CTRL_SHIFT)
    qtbot.waitUntil(lambda: isinstance(panel.dialog, PageEditorDialog))
    dialog = panel.dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    pages = dialog.list
    pages.setCurrentRow(0)

    def now_shows(*expected: tuple[str, int]) -> bool:
        return [(p.source.name, p.rotation) for p in dialog.pages()] == list(expected)

    # a button's shortcut clicks it a moment later (animateClick): wait for each
    QTest.keyClick(pages, Qt.Key.Key_Down, CTRL)  # p0 after p1
    qtbot.waitUntil(lambda: now_shows(("p1.png", 0), ("p0.png", 0), ("p2.png", 0)))
    assert pages.currentRow() == 1
    QTest.keyClick(pages, Qt.Key.Key_R, CTRL)  # p0 turned a quarter
    qtbot.waitUntil(lambda: now_shows(("p1.png", 0), ("p0.png", 90), ("p2.png", 0)))
    pages.setCurrentRow(2)
    QTest.keyClick(pages, Qt.Key.Key_Delete)  # p2 dropped
    qtbot.waitUntil(lambda: now_shows(("p1.png", 0), ("p0.png", 90)))
    assert not dialog.preview.pixmap().isNull()
    QTest.keyClick(pages, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.drafts[0].page_count == 2 and not panel.busy, timeout=10_000)
    code = receive(page, qtbot)
    saved = stored_pages(page, code, 1)
    assert len(saved) == 2 and saved[0][0] > saved[1][0]  # p1 (150 px wide) before p0 (100 px)
    assert [turn for _w, _h, turn in saved] == [0, 90]


def test_a_refused_file_saves_nothing_and_says_which(reception, tmp_path, qtbot):
    page = reception
    fill(page, qtbot)
    page.form.documents.setCurrentCell(0, 0)
    bad = tmp_path / "note.pdf"
    bad.write_bytes(b"not a pdf at all")
    page.attachments._attach_files([bad])
    qtbot.waitUntil(lambda: "note.pdf" in page.attachments.line_label.text(), timeout=10_000)
    assert not page.attachments.drafts and not page.attachments.busy


def test_the_sane_test_device_is_scanned_into_the_dossier(reception, tmp_path, qtbot, monkeypatch):
    enable_sane_test_device(tmp_path, monkeypatch)
    page = reception
    fill(page, qtbot)
    table = page.form.documents
    table.setFocus()
    table.setCurrentCell(0, 0)
    page.attachments.pages_spin.setValue(2)
    QTest.keyClick(table, Qt.Key.Key_A, CTRL_SHIFT)
    qtbot.waitUntil(lambda: 0 in page.attachments.drafts, timeout=30_000)
    assert page.attachments.drafts[0].page_count == 2
    code = receive(page, qtbot)
    (attached,) = attachments_of(page, code)
    assert (attached.document, attached.pages) == (1, 2)


def test_without_scanimage_the_officer_is_told_what_to_install(reception, qtbot, monkeypatch):
    monkeypatch.setenv("PATH", "")
    page = reception
    fill(page, qtbot)
    page.form.documents.setCurrentCell(0, 0)
    page.attachments.scan_now()
    qtbot.waitUntil(lambda: "sane-utils" in page.attachments.line_label.text(), timeout=10_000)
    assert "scanimage" in page.attachments.line_label.text()
    assert QApplication.activeModalWidget() is None


def test_a_valid_earlier_copy_is_offered_and_one_key_reuses_it(reception, tmp_path, qtbot):
    page = reception
    fill(page, qtbot)
    table = page.form.documents
    earlier = _earlier_dossier_with_copy(page, tmp_path)
    fill(page, qtbot)
    page.form.id_number.setFocus()
    page.form.id_number.editingFinished.emit()  # the officer leaves the ID number
    qtbot.waitUntil(lambda: table.item(0, 3).text() == "có bản số hóa dùng lại được")
    assert table.item(1, 3).text() == ""  # only the line naming the same paper
    table.setFocus()
    table.setCurrentCell(0, 0)
    QTest.keyClick(table, Qt.Key.Key_D, CTRL_SHIFT)
    qtbot.waitUntil(lambda: 0 in page.attachments.drafts)
    assert "(dùng lại)" in table.item(0, 3).text()
    code = receive(page, qtbot)
    (reused,) = attachments_of(page, code)
    (original,) = attachments_of(page, earlier)
    assert reused.reused and (reused.sha256, reused.document) == (original.sha256, 1)


def _earlier_dossier_with_copy(page, tmp_path: Path) -> str:
    """A dossier of the same citizen received before, its first line's copy valid for ever."""
    counter = page.counter
    request = page.form.request(uuid.uuid4())
    before = counter.now() - timedelta(days=7)  # not a duplicate of today's
    with counter.context.session() as session:
        saved = receive_dossier(session, request, office=counter.office, calendar=counter.calendar,
                                received_at=before, staff_id=counter.staff_id)  # fmt: skip
        scan = write_png(tmp_path / "cccd.png", 200, 130)
        store, forever = counter.context.attachment_store(), AttachmentMetadata(permanent=True)
        attach_document(session, store, saved.code, 1, [scan], forever, None, before)
    page.new_dossier()
    return saved.code


def test_a_pdf_page_is_drawn_for_the_preview_turned_as_it_will_be_saved(tmp_path):
    import img2pdf

    from desktop_app.services.dossiers.document_pdf import PageInput
    from desktop_app.ui.counter.attachments_pages import page_image

    picture = write_png(tmp_path / "tall.png", 200, 400, "#c03030")
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(img2pdf.convert(str(picture)))
    drawn = page_image(PageInput(pdf, 1), QSize(300, 300))
    assert (drawn.width(), drawn.height()) == (150, 300)  # the page's shape, fitted
    assert drawn.pixelColor(75, 150).red() > 150 > drawn.pixelColor(75, 150).green()  # not blank
    turned = page_image(PageInput(pdf, 1, 90), QSize(300, 300))
    assert (turned.width(), turned.height()) == (300, 150)


def test_details_typed_at_reception_make_the_copy_reusable_for_the_next_dossier(
    reception, scans, qtbot
):
    page = reception
    fill(page, qtbot)
    table = page.form.documents
    table.setFocus()
    table.setCurrentCell(0, 0)
    write_png(scans / "giay-to.png", 160, 220)
    panel = page.attachments
    qtbot.waitUntil(lambda: panel.feed.newest_unused() is not None, timeout=10_000)
    QTest.keyClick(table, Qt.Key.Key_S, CTRL_SHIFT)
    qtbot.waitUntil(lambda: 0 in panel.drafts, timeout=10_000)
    QTest.keyClick(table, Qt.Key.Key_I, CTRL_SHIFT)
    qtbot.waitUntil(lambda: isinstance(panel.dialog, DocumentDetailsDialog))
    details = panel.dialog
    details.number.setText("123/2015")
    details.issued.setText("31/02/2015")  # no such day: the dialog stays open and says so
    details.accept()
    assert details.isVisible() and "dd/mm/yyyy" in details.error.text()
    details.issued.setText("02/03/2015")
    details.permanent.setChecked(True)
    details.accept()
    qtbot.waitUntil(lambda: panel.drafts[0].metadata.permanent)
    assert "vô thời hạn" in table.item(0, 3).text()
    code = receive(page, qtbot)
    (saved,) = attachments_of(page, code)
    assert (saved.number, saved.issued.isoformat(), saved.permanent) == (
        "123/2015", "2015-03-02", True,
    )  # fmt: skip
    page.new_dossier()
    fill(page, qtbot)
    page.form.id_number.editingFinished.emit()
    qtbot.waitUntil(lambda: table.item(0, 3).text() == "có bản số hóa dùng lại được")
