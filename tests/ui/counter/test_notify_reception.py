"""The citizen's notification medium at reception (Ctrl+M) and the notifications in the dossier
view."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop_app.services.office.identity import current_office
from desktop_app.services.office.settings import set_office_setting
from desktop_app.storage.models import Dossier, DossierNotification
from desktop_app.sync.inbox import apply_page
from desktop_app.ui.counter.notify_selector import CYCLE_KEY
from motcua_core.protocol import Change, PullPage
from tests.support.keyboard import Officer
from tests.ui.counter.conftest import NOW, make_office
from tests.ui.counter.test_reception_keyboard_bugs import shortcuts_of

BIRTH_REGISTRATION = "1.001193"


@pytest.fixture
def officer(signed_in_counter, qtbot) -> Officer:
    signed_in_counter.activateWindow()
    qtbot.waitUntil(signed_in_counter.isActiveWindow)
    return Officer(signed_in_counter, qtbot)


def cycle(officer: Officer) -> None:
    """The officer presses Ctrl+M (the medium's shortcut) wherever the focus is."""
    officer.key(Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)


def _form(officer: Officer):
    return officer.counter.page("reception_page").form


def _start(officer: Officer, name: str = "Trần Văn Bình") -> None:
    """Procedure by its code's end, Enter, then the name typed (the focus is on the ID)."""
    form = _form(officer)
    officer.type("1193")
    officer.key(Qt.Key.Key_Return)
    assert form.procedure.currentData() == BIRTH_REGISTRATION
    form.full_name.setFocus()
    officer.type(name)


def _saved_dossier(context, code: str) -> tuple[Dossier, list[DossierNotification]]:
    with context.session(read_only=True) as session:
        dossier = session.scalars(select(Dossier).where(Dossier.code == code)).one()
        rows = list(session.scalars(select(DossierNotification)))
        session.expunge_all()
    return dossier, rows


def test_ctrl_m_cycles_the_medium_from_any_field_and_new_dossier_resets_it(officer, qtbot):
    form = _form(officer)
    selector = form.notify_medium
    assert selector.medium() == "none"
    assert [b.text() for b in selector.buttons.values()] == ["Không", "SMS", "Zalo", "E-mail"]
    _start(officer)
    seen = []
    for _ in range(4):
        cycle(officer)
        seen.append(selector.medium())
    assert seen == ["sms", "zalo", "email", "none"]
    assert QApplication.focusWidget() is form.full_name  # the focus stays where it was
    assert form.full_name.text() == "Trần Văn Bình"
    form.id_type.setFocus()  # a drop-down list has the focus: the key still changes the medium
    cycle(officer)
    assert selector.medium() == "sms"
    form.reason.setFocus()  # and a multi-line text
    cycle(officer)
    assert selector.medium() == "zalo"
    assert form.reason.toPlainText() == ""
    officer.key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.full_name.text() == "", timeout=2_000)
    assert selector.medium() == "none"


def test_the_medium_key_is_bound_once_in_the_counter_window(signed_in_counter):
    keys = [key for key, _context, _owner in shortcuts_of(signed_in_counter)]
    assert keys.count(CYCLE_KEY) == 1
    label = (
        signed_in_counter.page("reception_page").form.grid.itemAtPosition(2 * 10, 0).widget()
    )  # the row under the e-mail names the key
    assert label.text() == "Nhận thông báo (Ctrl+M)"


def test_the_office_default_medium_is_offered_and_comes_back_for_the_next_citizen(
    context, qtbot, tmp_path
):
    from desktop_app.ui.counter.window import CounterPage

    make_office(context)
    with context.session() as session:
        office = current_office(session)
        set_office_setting(session, office.id, "notify_default_medium", "zalo", staff_id=None,
                           at=NOW)  # fmt: skip
    page = CounterPage(context, None)
    page.clock = lambda: NOW
    page.print_folder = tmp_path
    qtbot.addWidget(page)
    page.show()
    page.sign_in_panel.username.setText("canbo1")
    page.sign_in_panel.password.setText("motcua2026")
    qtbot.keyClick(page.sign_in_panel.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.work_area, timeout=10_000)
    selector = page.page("reception_page").form.notify_medium
    qtbot.waitUntil(lambda: selector.medium() == "zalo", timeout=10_000)
    selector.cycle()
    assert selector.medium() == "email"
    page.page("reception_page").new_dossier()
    assert selector.medium() == "zalo"


def test_sms_without_a_phone_is_marked_on_the_phone_and_nothing_typed_is_lost(
    officer, qtbot, context
):
    form = _form(officer)
    _start(officer)
    cycle(officer)  # SMS
    officer.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    message = form.errors["phone"].text()
    assert message.startswith("Nhận thông báo qua tin nhắn SMS cần số điện thoại"), message
    assert QApplication.focusWidget() is form.phone
    assert (form.full_name.text(), form.notify_medium.medium()) == ("Trần Văn Bình", "sms")
    with context.session(read_only=True) as session:
        assert session.scalars(select(Dossier)).first() is None


def test_email_without_an_address_says_the_address_is_needed_not_that_it_is_wrong(officer):
    form = _form(officer)
    _start(officer)
    for _ in range(3):
        cycle(officer)
    assert form.notify_medium.medium() == "email"
    officer.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.errors["email"].text().startswith("Nhận thông báo qua email cần địa chỉ email")
    form.email.setText("không phải địa chỉ")
    assert not form.validate()
    assert form.errors["email"].text() == "Địa chỉ email không hợp lệ."


def test_saving_carries_the_medium_and_a_refused_message_shows_in_the_dossier_view(
    officer, qtbot, context
):
    page = officer.counter.page("reception_page")
    form = page.form
    _start(officer)
    form.phone.setFocus()
    officer.type("0912345678")
    cycle(officer)
    officer.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.last_saved is not None, timeout=20_000)
    dossier, [request] = _saved_dossier(context, page.last_saved.code)
    assert (dossier.notify_medium, request.medium, request.event) == ("sms", "sms", "received")
    _refused(context, request, dossier.code)
    lookup = officer.counter.page("lookup_page")
    dialog = lookup.open_dossier(dossier.code)
    view = dialog.notifications
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=10_000)
    cells = [view.table.item(0, column).text() for column in range(6)]
    assert cells[:4] == ["Tiếp nhận hồ sơ", "SMS", "Bị từ chối", "3"]
    assert cells[5] == "Số điện thoại không nhận tin nhắn thương hiệu"
    assert view.consent.text() == (
        "Thông báo qua SMS. 1 tin bị từ chối: hãy kiểm tra số điện thoại hoặc địa chỉ email"
        " của công dân."
    )
    dialog.close()


def _refused(context, request: DossierNotification, code: str) -> None:
    """The centre's report, pulled: the gateway refused the number."""
    at = NOW + timedelta(minutes=5)
    payload = {"id": str(request.id), "dossier_id": str(request.dossier_id),
               "dossier_code": code, "event": "received", "medium": "sms", "state": "refused",
               "attempts": 3, "detail": "Số điện thoại không nhận tin nhắn thương hiệu",
               "at": at.isoformat()}  # fmt: skip
    change = Change(seq=1, kind="notification_status", entity_id=str(request.id),
                    operation="upsert", payload=payload)  # fmt: skip
    with context.session() as session:
        apply_page(session, PullPage(epoch="e1", changes=[change], next_cursor=1, has_more=False))


def test_the_medium_key_scrolls_the_selector_into_view(officer, qtbot):
    """Found on a real X server: the form scrolls, and the officer could not see the choice."""
    page = officer.counter.page("reception_page")
    selector, viewport = page.form.notify_medium, page.scroll.viewport()
    page.scroll.verticalScrollBar().setValue(0)
    page.form.procedure_filter.setFocus()

    def shown() -> bool:
        top_left = selector.mapTo(viewport, selector.rect().topLeft())
        return viewport.rect().contains(top_left) and viewport.rect().contains(
            selector.mapTo(viewport, selector.rect().bottomLeft())
        )

    assert not shown()  # at 1100×720 the row under the e-mail is below the fold
    cycle(officer)
    assert shown() and selector.medium() == "sms"
