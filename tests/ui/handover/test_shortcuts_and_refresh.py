"""One meaning per key in the counter window, and the handover list following other stations."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QHBoxLayout, QWidget

from desktop_app.app import build_context
from desktop_app.services.office.calendar import office_calendar
from desktop_app.services.office.identity import current_office
from desktop_app.services.queue.tickets import issue_ticket
from desktop_app.ui.common.sync_status import SyncStatusWidget
from desktop_app.ui.queue.counter_panel import QueuePanel
from tests.support.handover_data import DEPARTMENT, receive
from tests.ui.handover.conftest import START, dossier_codes, open_tab, sign_in

CTRL = Qt.KeyboardModifier.ControlModifier


def _issue(context, count: int) -> None:
    with context.session() as session:
        office = current_office(session)
        for _ in range(count):
            issue_ticket(session, office.id, "A", at=datetime.now(UTC), tz=context.settings.zone)


def test_f5_calls_the_next_ticket_and_ctrl_r_refreshes_on_handover_and_processing(
    desk, qtbot, context
):
    _issue(context, 2)
    sign_in(desk, qtbot, "canbo1")
    page = open_tab(desk, qtbot, "handover_tab_page")
    page.watch.timer.stop()  # the key, not the change watch, must bring the new dossier
    qtbot.waitUntil(lambda: page.table.rowCount() == 2)
    QTest.keyClick(page.scan, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: desk.queue_panel.number_label.text() == "A001")
    _receive_elsewhere(context, "Lê Văn Tám", "001087054321")
    QTest.keyClick(page.scan, Qt.Key.Key_R, CTRL)
    qtbot.waitUntil(lambda: page.table.rowCount() == 3)

    sign_in(desk, qtbot, "tuphap")
    work = open_tab(desk, qtbot, "processing_tab_page")
    work.watch.timer.stop()
    QTest.keyClick(work.scan, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: desk.queue_panel.number_label.text() == "A002")
    assert work.batches.count() == 0
    _hand_over_elsewhere(context, dossier_codes(context)[:1])
    QTest.keyClick(work.scan, Qt.Key.Key_R, CTRL)
    qtbot.waitUntil(lambda: work.batches.count() == 1)
    assert "(Ctrl+R)" in work.buttons["refresh"].text() and "(Ctrl+R)" in page.refresh_button.text()


def test_f9_marks_no_show_and_f12_syncs_in_one_window(qtbot, context, desk):
    """The sync status and the queue panel share the counter's window."""
    _issue(context, 1)
    window = QWidget()
    panel = QueuePanel(context, 3)
    status = SyncStatusWidget()
    layout = QHBoxLayout(window)
    layout.addWidget(panel)
    layout.addWidget(status)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()

    class Agent:
        calls = 0

        def sync_now(self) -> None:
            Agent.calls += 1

    status.agent = Agent()  # type: ignore[assignment]
    qtbot.waitUntil(lambda: panel.view is not None)
    QTest.keyClick(panel.number_input, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: panel.number_label.text() == "A001")
    QTest.keyClick(panel.number_input, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: panel.number_label.text() == "—")
    assert Agent.calls == 0
    QTest.keyClick(panel.number_input, Qt.Key.Key_F12)
    assert Agent.calls == 1
    assert "(F12)" in status.sync_now_action.text()


def test_handover_list_follows_changes_made_at_another_station(desk, qtbot, context):
    sign_in(desk, qtbot, "canbo1")
    page = open_tab(desk, qtbot, "handover_tab_page")
    qtbot.waitUntil(lambda: page.table.rowCount() == 2 and page.watch.marker is not None)
    _receive_elsewhere(context, "Lê Văn Tám", "001087054321")
    qtbot.waitUntil(lambda: page.table.rowCount() == 3, timeout=6000)
    code = dossier_codes(context)[0]
    _hand_over_elsewhere(context, [code], finish=True)
    qtbot.waitUntil(lambda: page.incoming.count() == 1, timeout=6000)
    _return_elsewhere(context, code)
    qtbot.waitUntil(lambda: page.incoming.count() == 0, timeout=6000)

    open_tab(desk, qtbot, "return_tab_page")  # hidden: no polling
    marker = page.watch.marker
    _receive_elsewhere(context, "Đỗ Thị Hoa", "001190054321")
    qtbot.wait(2 * 2000 + 500)
    assert page.watch.marker == marker and page.table.rowCount() == 2


def _other_station(context):
    return build_context(context.settings.with_values("test", role="counter"))


def _receive_elsewhere(context, name: str, id_number: str) -> None:
    other = _other_station(context)
    try:
        with other.session() as session:
            office = current_office(session)
            calendar = office_calendar(session, other.settings, office.id)
            receive(session, office, calendar, START + timedelta(hours=1), name=name,
                    id_number=id_number)  # fmt: skip
    finally:
        other.close()


def _hand_over_elsewhere(context, codes: list[str], *, finish: bool = False) -> None:
    """Another station hands ``codes`` to the department (and, with ``finish``, the department
    processes them and hands the results back)."""
    from desktop_app.services.handover import department as dept
    from desktop_app.services.handover.batches import Direction, create_batch, receive_batch

    other = _other_station(context)
    at, tz = START + timedelta(hours=1), other.settings.zone
    try:
        with other.session() as session:
            office_id = current_office(session).id
            batch = create_batch(session, codes, office_id=office_id, at=at, tz=tz,
                                 direction=Direction.TO_DEPARTMENT, to_unit=DEPARTMENT,
                                 sender_id=None)  # fmt: skip
            if finish:
                receive_batch(session, batch.id, receiver_id=None, receiver_name="B", at=at)
                for code in codes:
                    dept.start_processing(session, code, at=at, staff_id=None, unit=DEPARTMENT)
                    dept.mark_result_ready(session, code, at=at, staff_id=None, unit=DEPARTMENT)
                create_batch(session, codes, office_id=office_id, at=at, tz=tz,
                             direction=Direction.TO_COUNTER, to_unit=None, from_unit=DEPARTMENT,
                             sender_id=None)  # fmt: skip
    finally:
        other.close()


def _return_elsewhere(context, code: str) -> None:
    from desktop_app.services.handover.result_return import Receiver, return_result

    other = _other_station(context)
    try:
        with other.session() as session:
            return_result(session, code, receiver=Receiver(), fee_collected=None,
                          at=START + timedelta(hours=2), tz=other.settings.zone,
                          staff_id=None)  # fmt: skip
    finally:
        other.close()
