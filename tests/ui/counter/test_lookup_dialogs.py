"""The lookup page opens the dossier view every time, however many views were closed before."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def receive_one(counter, qtbot) -> str:
    page = counter.page("reception_page")
    form = page.form
    qtbot.keyClicks(form.procedure_filter, "1.004873")
    qtbot.waitUntil(lambda: form.procedure.currentData() == "1.004873", timeout=5_000)
    form.full_name.setText("Trần Văn Bình")
    form.id_number.setText("001085012345")
    form.birth_date.setText("02/03/1985")
    page.save("receive")
    qtbot.waitUntil(lambda: page.last_print is not None, timeout=20_000)
    return page.last_saved.code


def view_loaded(lookup) -> bool:
    return bool(lookup.dialogs) and lookup.dialogs[-1].detail is not None


def test_a_scanned_code_opens_the_dossier_three_times_in_a_row(signed_in_counter, qtbot, deleted):
    counter = signed_in_counter
    code = receive_one(counter, qtbot)
    lookup = counter.page("lookup_page")
    for _ in range(3):
        QTest.keyClick(counter, Qt.Key.Key_F3)
        assert counter.focusWidget() is lookup.search
        qtbot.keyClicks(lookup.search, code)
        qtbot.keyClick(lookup.search, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: view_loaded(lookup), timeout=10_000)
        dialog = lookup.dialogs[-1]
        assert code in dialog.summary.toPlainText()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        deleted()
        assert lookup.dialogs == []
        counter.activateWindow()  # the window manager's part, which offscreen has none of
        qtbot.waitUntil(counter.isActiveWindow)


def test_enter_on_a_row_opens_the_dossier_after_views_were_closed(
    signed_in_counter, qtbot, deleted
):
    counter = signed_in_counter
    receive_one(counter, qtbot)
    lookup = counter.page("lookup_page")
    QTest.keyClick(counter, Qt.Key.Key_F3)
    qtbot.keyClicks(lookup.search, "tran van")
    qtbot.keyClick(lookup.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lookup.table.rowCount() == 1, timeout=10_000)
    for _ in range(3):
        lookup.table.setFocus()
        lookup.table.setCurrentCell(0, 0)
        qtbot.keyClick(lookup.table, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: view_loaded(lookup), timeout=10_000)
        lookup.dialogs[-1].close()
        deleted()
    assert lookup.dialogs == []
