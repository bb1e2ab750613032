"""Hand over, process and return a result by key events only, counting what the officer presses.

An "action" is one shortcut, Enter or choice key after a scan; the characters a scanner types
(and its Enter) do not count. Switching tabs and signing in are not part of the counts.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from desktop_app.services.handover.batches import Direction, list_batches
from desktop_app.storage.models import Dossier, Rating
from motcua_core.domain.lifecycle import DossierStatus
from tests.ui.handover.conftest import Keys, dossier_codes, open_tab, sign_in

CTRL = Qt.KeyboardModifier.ControlModifier
#: Nguyễn Văn Nam's card (the first applicant): ID, no old CMND, name, birth, sex, address, issue.
CARD = "001085012345||Nguyễn Văn Nam|02031985|Nam|12 Hàng Bạc, Hoàn Kiếm, Hà Nội|10052022"


def _status(context, code: str) -> DossierStatus:
    with context.session(read_only=True) as session:
        return DossierStatus(session.scalar(select(Dossier.status).where(Dossier.code == code)))


def _hand_over(desk, qtbot, keys: Keys, codes: list[str]) -> QWidget:
    page = open_tab(desk, qtbot, "handover_tab_page")
    qtbot.waitUntil(lambda: page.table.rowCount() == 2 and page.unit.count() == 1)
    for code in codes:
        keys.scan(page.scan, code)
        qtbot.waitUntil(lambda c=code: c in page.table.checked_codes())
    keys.press(page.scan, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: page.last_pdf is not None, timeout=20_000)
    return page


def _process(desk, qtbot, context, keys: Keys, code: str, batch_ref: str) -> QWidget:
    work = open_tab(desk, qtbot, "processing_tab_page")
    qtbot.waitUntil(lambda: work.batches.count() == 1)
    keys.scan(work.scan, batch_ref)
    keys.press(work.scan, Qt.Key.Key_B, CTRL)
    qtbot.waitUntil(lambda: work.table.rowCount() == 2)
    keys.scan(work.scan, code)
    keys.press(work.scan, Qt.Key.Key_1, CTRL)
    qtbot.waitUntil(lambda: _status(context, code) is DossierStatus.IN_PROGRESS)
    keys.scan(work.scan, code)
    keys.press(work.scan, Qt.Key.Key_6, CTRL)
    qtbot.waitUntil(lambda: work.dialog is not None and work.dialog.isVisible())
    keys.type(work.dialog.text, "Trích lục số 15")
    keys.press(work.dialog.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _status(context, code) is DossierStatus.RESULT_READY)
    qtbot.waitUntil(lambda: work.scan.hasFocus())
    keys.press(work.scan, Qt.Key.Key_7, CTRL)
    qtbot.waitUntil(lambda: "Bộ phận Một cửa" in work.status.text())
    return work


def test_hand_over_process_and_return_a_result_by_keys(desk, qtbot, context, capsys):
    first, second = dossier_codes(context)
    sign_in(desk, qtbot, "canbo1")
    counts = {}
    keys = Keys()
    page = _hand_over(desk, qtbot, keys, [first, second])
    counts["hand over (2 scans)"] = keys.actions
    assert page.last_batch.count == 2

    desk.test_clock["now"] += timedelta(minutes=20)
    sign_in(desk, qtbot, "tuphap")
    keys = Keys()
    _process(desk, qtbot, context, keys, first, str(page.last_batch.id)[:8])
    counts["department: receive, start, ready, hand back"] = keys.actions
    counts["department: characters typed (the result)"] = keys.typed

    desk.test_clock["now"] += timedelta(minutes=30)
    sign_in(desk, qtbot, "canbo1")
    back = open_tab(desk, qtbot, "return_tab_page")
    keys = Keys()
    keys.scan(back.scan, CARD)
    qtbot.waitUntil(lambda: back.return_button.isEnabled())
    assert back.facts["code"].text() == first
    assert back.facts["result"].text() == "Trích lục số 15"
    keys.press(back.receiver_name, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: back.rating_dialog is not None)
    counts["return from a card scan"] = keys.actions
    keys = Keys()
    dialog = back.rating_dialog
    keys.press(dialog, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: dialog.reason.hasFocus())
    keys.type(dialog.reason, "Chờ 2 giờ, 3 lần hẹn lại")
    assert dialog.isVisible() and dialog.level == "dissatisfied"
    keys.press(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: back.last_rating is not None)
    counts["dissatisfied rating (keys besides the reason)"] = keys.actions
    counts["dissatisfied rating: reason typed"] = keys.typed
    with capsys.disabled():
        print("\nkeyboard flow counts:", counts)
    assert counts["hand over (2 scans)"] == 1
    assert counts["department: receive, start, ready, hand back"] == 5  # 1 + 1 + 2 + 1
    assert counts["return from a card scan"] == 1
    assert counts["dissatisfied rating (keys besides the reason)"] == 2
    with context.session(read_only=True) as session:
        dossier = session.scalars(select(Dossier).where(Dossier.code == first)).one()
        assert dossier.status == DossierStatus.RETURNED
        rating = session.scalars(select(Rating)).one()
        assert (rating.level, rating.reason) == ("dissatisfied", "Chờ 2 giờ, 3 lần hẹn lại")
        assert list_batches(session, direction=Direction.TO_COUNTER, pending_only=True) == []


def test_return_by_receipt_scan_enter_and_confirm(desk, qtbot, context):
    first, _ = dossier_codes(context)
    _make_ready(context, desk, first)
    sign_in(desk, qtbot, "canbo1")
    back = open_tab(desk, qtbot, "return_tab_page")
    keys = Keys()
    keys.scan(back.scan, first)
    qtbot.waitUntil(lambda: back.return_button.isEnabled())
    keys.press(back.receiver_name, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: back.rating_dialog is not None)
    keys.press(back.rating_dialog, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: back.last_rating is not None)
    print("return by receipt scan, actions:", keys.actions)
    assert keys.actions <= 3 and _status(context, first) is DossierStatus.RETURNED


def _make_ready(context, desk, code: str) -> None:
    """The dossier went through the department (services, as another station would)."""
    from desktop_app.services.handover.batches import create_batch, receive_batch
    from desktop_app.services.handover.department import mark_result_ready, start_processing
    from tests.support.handover_data import DEPARTMENT

    with context.session() as session:
        office_id = desk_office_id(session)
        at = desk.now()
        batch = create_batch(session, [code], office_id=office_id, to_unit=DEPARTMENT, at=at,
                             direction=Direction.TO_DEPARTMENT, tz=context.settings.zone,
                             sender_id=None)  # fmt: skip
        receive_batch(session, batch.id, receiver_id=None, receiver_name="Trần Văn Bình", at=at)
        start_processing(session, code, at=at, staff_id=None, unit=DEPARTMENT)
        mark_result_ready(session, code, at=at, staff_id=None, unit=DEPARTMENT, note="Kết quả")


def desk_office_id(session):
    from desktop_app.services.office.identity import current_office

    return current_office(session).id
