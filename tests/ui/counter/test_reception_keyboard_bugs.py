"""Reception's keyboard dead ends, failed prints, validation gaps and refused card scans."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox
from sqlalchemy import func, select

from desktop_app.storage.models import Dossier
from desktop_app.ui.counter import form_output
from motcua_core.domain import field_limits

CARD = (
    "001185012345|012345678|Nguyễn Thị Hồng Nhung|02031985|Nữ|"
    "Số 5 phố Hàng Bạc, Phường Hàng Bạc, Hà Nội|10072021"
)


def active(counter, qtbot):
    counter.activateWindow()
    qtbot.waitUntil(counter.isActiveWindow)
    return counter.page("reception_page")


def choose(page, qtbot, code: str = "1.004873") -> None:
    page.form.procedure_filter.setText(code)
    page.form._filter_procedures(code)
    assert page.form.procedure.currentData() == code


def scan(text: str) -> None:
    """A scanner's burst into the focused field (the real clock: keys a few µs apart)."""
    target = QApplication.focusWidget()
    for key, char in [(Qt.Key.Key_unknown, c) for c in text] + [(Qt.Key.Key_Return, "\r")]:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )


def dossiers(context) -> int:
    with context.session(read_only=True) as session:
        return int(session.scalar(select(func.count()).select_from(Dossier)))


# --- 2. keyboard dead ends ----------------------------------------------------------------


def test_tab_and_shift_tab_leave_the_documents_table(signed_in_counter, qtbot):
    page = active(signed_in_counter, qtbot)
    choose(page, qtbot)
    table = page.form.documents
    assert table.rowCount() >= 2
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Down)
    assert table.currentRow() == 1  # arrows move inside
    QTest.keyClick(table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert (table.currentRow(), table.currentColumn()) == (1, 1)  # so does Ctrl+Tab
    QTest.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.form.reason
    QTest.keyClick(page.form.reason, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is table
    QTest.keyClick(table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is page.form.return_address or not table.hasFocus()
    table.setFocus()
    table.setCurrentCell(0, 0)
    QTest.keyClick(table, Qt.Key.Key_Space)  # Space: not handed in
    missing = [table.item(0, 0).text()]
    qtbot.waitUntil(lambda: [d.name for d in page.form.document_entries(checked=False)] == missing)


def shortcuts_of(root) -> list[tuple[str, str, object]]:
    """(key, context, owner) of every shortcut in ``root``: QShortcut, QAction, button."""
    found = []
    for shortcut in root.findChildren(QShortcut):
        if shortcut.isEnabled():
            for key in shortcut.keys():  # noqa: SIM118 (a QShortcut, not a dict)
                if not key.isEmpty():
                    found.append((key.toString(), shortcut.context().name, shortcut))
    for action in root.findChildren(QAction):
        for key in action.shortcuts():
            found.append((key.toString(), action.shortcutContext().name, action))
    for button in root.findChildren(QAbstractButton):
        if not button.shortcut().isEmpty():
            found.append((button.shortcut().toString(), "WindowShortcut", button))
    return found


def test_no_key_is_bound_twice_in_the_counter_window(make_context, qtbot, counter_office):
    from desktop_app.ui.shell.main_window import MainWindow

    context = make_context(
        role="counter", counter_number=1, central_server_url="https://127.0.0.1:9"
    )
    counter_office(context)
    window = MainWindow(context)
    qtbot.addWidget(window)
    counter = window.page
    counter.sign_in_panel.username.setText("canbo1")
    counter.sign_in_panel.password.setText("motcua2026")
    QTest.keyClick(counter.sign_in_panel.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counter.stack.currentWidget() is counter.work_area, timeout=10_000)
    keys = shortcuts_of(window)
    names = {k for k, _c, _o in keys}
    assert {"Ctrl+P", "Ctrl+N", "F3", "Ctrl+F", "F5", "F9"} <= names, names
    for index in range(counter.tabs.count()):  # shortcuts of a hidden tab do not fire
        page = counter.tabs.widget(index)
        visible = [(k, c) for k, c, o in keys if _shown_with(o, page, counter)]
        doubles = {k for k in visible if visible.count(k) > 1}
        assert not doubles, f"tab {counter.tabs.tabText(index)}: {doubles}"


def _shown_with(owner, page, counter) -> bool:
    widget = owner.parent() if isinstance(owner, QShortcut | QAction) else owner
    for index in range(counter.tabs.count()):
        other = counter.tabs.widget(index)
        if other is not page and (widget is other or other.isAncestorOf(widget)):
            return False
    return True


def test_a_search_typed_before_the_catalogue_arrived_still_applies(signed_in_counter, qtbot):
    """Found on a real X server: the officer types the code while the catalogue still loads."""
    page = active(signed_in_counter, qtbot)
    form = page.form
    catalogue = form.procedures
    form.set_procedures([])
    form.procedure_filter.setFocus()
    QTest.keyClicks(form.procedure_filter, "1193")
    qtbot.waitUntil(lambda: form.procedure_filter.text() == "1193", timeout=5_000)
    assert form.current_procedure() is None
    form.set_procedures(catalogue)
    assert form.procedure.currentData() == "1.001193"


def test_new_dossier_clears_the_search_the_preview_and_chooses_nothing(signed_in_counter, qtbot):
    page = active(signed_in_counter, qtbot)
    form = page.form
    assert form.current_procedure() is None  # nothing preselected, not even 1.000656
    form.procedure_filter.setFocus()
    QTest.keyClicks(form.procedure_filter, "1193")
    qtbot.waitUntil(lambda: form.procedure_filter.text() == "1193", timeout=5_000)
    QTest.keyClick(form.procedure_filter, Qt.Key.Key_Return)  # Enter picks the match
    assert form.procedure.currentData() == "1.001193"
    form.full_name.setText("Trần Văn Bình")
    QTest.keyClick(form.full_name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.last_print is not None, timeout=20_000)
    assert page.preview_button.isEnabled()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.procedure_filter.text() == "", timeout=2_000)  # animated click
    assert form.current_procedure() is None
    assert page.last_print is None and not page.preview_button.isEnabled()
    assert QApplication.focusWidget() is form.procedure_filter


# --- 3. a failed print --------------------------------------------------------------------


def test_a_print_that_raises_ends_in_a_message_not_a_stuck_window(
    signed_in_counter, qtbot, context, monkeypatch
):
    def broken(*_args, **_kwargs):
        raise OSError("printer on fire")

    page = active(signed_in_counter, qtbot)
    monkeypatch.setattr(form_output, "print_form", broken)
    choose(page, qtbot)
    page.form.full_name.setText("Trần Văn Bình")
    page.save("receive")
    qtbot.waitUntil(lambda: page.last_saved is not None and not page.printing, timeout=20_000)
    text = page.status_label.text()
    assert "máy in" in text and page.last_saved.code in text, text
    assert "Đang in" not in text
    assert dossiers(context) == 1
    assert QApplication.focusWidget() is page.new_button


# --- 5. validation gaps -------------------------------------------------------------------


def test_a_future_birth_date_without_an_id_number_is_refused_inline(
    signed_in_counter, qtbot, context
):
    page = active(signed_in_counter, qtbot)
    choose(page, qtbot)
    page.form.full_name.setText("Trần Văn Bình")
    page.form.birth_date.setText("01/01/2027")
    page.save("receive")
    assert "tương lai" in page.form.errors["birth_date"].text()
    qtbot.wait(50)
    assert dossiers(context) == 0


def test_text_fields_are_limited_to_their_column_sizes(signed_in_counter, qtbot):
    form = active(signed_in_counter, qtbot).form
    assert form.full_name.maxLength() == field_limits.FULL_NAME
    assert form.address.maxLength() == field_limits.ADDRESS
    assert form.phone.maxLength() == field_limits.PHONE
    assert form.owner_name.maxLength() == field_limits.OWNER_NAME
    assert form.fee.maxLength() == field_limits.FEE_TEXT
    form.reason.setPlainText("x" * (field_limits.REASON + 50))
    assert len(form.reason.toPlainText()) == field_limits.REASON


def test_a_pasted_name_past_the_limit_is_cut_and_the_field_says_so(signed_in_counter, qtbot):
    form = active(signed_in_counter, qtbot).form
    QGuiApplication.clipboard().setText("Nguyễn " * 40)  # 280 characters
    form.full_name.setFocus()
    form.full_name.paste()
    assert len(form.full_name.text()) == field_limits.FULL_NAME
    assert str(field_limits.FULL_NAME) in form.errors["full_name"].text()


def test_the_same_citizen_and_procedure_again_warns_and_opens_the_first(
    signed_in_counter, qtbot, context
):
    page = active(signed_in_counter, qtbot)
    for attempt in range(2):
        choose(page, qtbot)
        page.form.full_name.setText("Trần Văn Bình")
        page.form.id_number.setText("001085012345")
        page.save("receive")
        if attempt == 0:
            qtbot.waitUntil(lambda: page.last_print is not None, timeout=20_000)
            first = page.last_saved.code
            page.new_dossier()
    qtbot.waitUntil(lambda: page.citizen.duplicate_box is not None, timeout=10_000)
    box = page.citizen.duplicate_box
    assert first in box.text() and "09:30" in box.text()
    QTest.keyClick(box, Qt.Key.Key_Return)  # the default: open the first dossier
    lookup = signed_in_counter.page("lookup_page")
    qtbot.waitUntil(lambda: bool(lookup.dialogs), timeout=10_000)
    assert lookup.dialogs[-1].code == first
    assert dossiers(context) == 1 and not page.saving
    lookup.dialogs[-1].close()
    page.save("receive")  # deliberately: a second dossier
    qtbot.waitUntil(lambda: page.citizen.duplicate_box is not None, timeout=10_000)
    box = page.citizen.duplicate_box
    save_new = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.YesRole)
    save_new.setFocus()
    QTest.keyClick(save_new, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dossiers(context) == 2, timeout=10_000)


# --- 6. card scans ------------------------------------------------------------------------


def test_a_card_scan_fills_the_form_and_moves_to_the_phone(signed_in_counter, qtbot):
    page = active(signed_in_counter, qtbot)
    choose(page, qtbot)
    page.form.full_name.setFocus()
    scan(CARD)
    form = page.form
    assert form.full_name.text() == "Nguyễn Thị Hồng Nhung"  # not the payload in the name field
    assert form.id_type.currentData() == "cccd" and form.id_number.text() == "001185012345"
    assert (form.birth_date.text(), form.sex.currentText()) == ("02/03/1985", "Nữ")
    assert form.old_id_number.text() == "012345678" and "Hàng Bạc" in form.address.text()
    assert QApplication.focusWidget() is form.phone


def test_a_garbled_card_scan_says_how_to_fix_it_and_fills_nothing(signed_in_counter, qtbot):
    page = active(signed_in_counter, qtbot)
    choose(page, qtbot)
    page.form.phone.setFocus()
    telex = CARD.replace("Nguyễn Thị Hồng Nhung", "Nguyeenx Thij Hoongf Nhung").replace(
        "Nữ", "Nuwx"
    )
    scan(telex)
    form = page.form
    assert (form.full_name.text(), form.id_number.text(), form.phone.text()) == ("", "", "")
    assert "bộ gõ" in page.status_label.text()


def test_a_card_scanned_in_lookup_finds_the_citizens_dossiers(signed_in_counter, qtbot):
    counter = signed_in_counter
    page = active(counter, qtbot)
    choose(page, qtbot)
    page.form.full_name.setFocus()
    scan(CARD)
    page.save("receive")
    qtbot.waitUntil(lambda: page.last_print is not None, timeout=20_000)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F3)
    lookup = counter.page("lookup_page")
    scan(CARD)
    qtbot.waitUntil(lambda: lookup.table.rowCount() == 1, timeout=10_000)
    assert lookup.search.text() == "001185012345"
    assert lookup.table.item(0, 1).text() == "Nguyễn Thị Hồng Nhung"
