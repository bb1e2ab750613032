"""The handover pages offscreen: hand over, receive, process, results back, return, rate."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPainter
from sqlalchemy import select

from desktop_app.services.office.calendar import office_calendar
from desktop_app.services.office.setup import set_up_office
from desktop_app.services.staff.accounts import StaffRole, add_staff
from desktop_app.storage.models import Dossier, HandoverItem, Rating
from desktop_app.ui.counter.window import CounterPage
from motcua_core.domain.lifecycle import DossierStatus
from tests.support.handover_data import DEPARTMENT, receive

START = datetime(2026, 11, 26, 2, 30, tzinfo=UTC)  # Thursday 09:30 in Hà Nội
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
        add_staff(
            session,
            office.id,
            username="tuphap",
            full_name="Trần Văn Bình",
            role=StaffRole.SPECIALIST,
            password=PASSWORD,
            department=DEPARTMENT,
        )
        calendar = office_calendar(session, context.settings, office.id)
        for minutes, name, number in (
            (0, "Nguyễn Văn Nam", "001085012345"),
            (5, "Trần Thị Lan", "001190012345"),
        ):
            receive(
                session,
                office,
                calendar,
                START + timedelta(minutes=minutes),
                name=name,
                id_number=number,
            )
    page = CounterPage(context, None)
    clock = {"now": START + timedelta(minutes=30)}
    page.clock = lambda: clock["now"]
    page.test_clock = clock  # type: ignore[attr-defined]
    page.print_folder = tmp_path / "prints"
    qtbot.addWidget(page)
    page.resize(1280, 820)
    page.show()
    return page


def sign_in_as(counter: CounterPage, qtbot, username: str) -> None:
    if counter.staff is not None:
        counter.sign_out()
    panel = counter.sign_in_panel
    panel.username.setText(username)
    panel.password.setText(PASSWORD)
    qtbot.keyClick(panel.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counter.stack.currentWidget() is counter.work_area, timeout=10_000)


def advance(counter: CounterPage, minutes: int) -> None:
    counter.test_clock["now"] += timedelta(minutes=minutes)  # type: ignore[attr-defined]


def codes(context) -> list[str]:
    with context.session(read_only=True) as session:
        return list(session.scalars(select(Dossier.code).order_by(Dossier.code)))


def test_hand_over_process_return_and_rate(counter, qtbot, context):
    first, second = codes(context)
    sign_in_as(counter, qtbot, "canbo1")
    page = counter.page("handover_tab_page")
    counter.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.table.rowCount() == 2 and page.unit.count() == 1, timeout=10_000)
    assert page.unit.currentText() == DEPARTMENT
    qtbot.keyClicks(page.scan, "000.00.31.H29-000000-0404")
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "0404" in page.status.text(), timeout=10_000)
    qtbot.keyClicks(page.scan, first)
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.checked_codes() == [first], timeout=10_000)
    page.table.set_checked(second)
    qtbot.keyClick(page.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.last_pdf is not None, timeout=20_000)
    assert page.last_pdf.exists() and page.last_batch.count == 2
    assert "Đã bàn giao lô số 1" in page.status.text() or "bangiao" in page.status.text()

    advance(counter, 20)
    sign_in_as(counter, qtbot, "tuphap")
    work = counter.page("processing_tab_page")
    counter.tabs.setCurrentWidget(work)
    qtbot.waitUntil(lambda: work.batches.count() == 1, timeout=10_000)
    work.receive_button.click()
    qtbot.waitUntil(lambda: work.table.rowCount() == 2, timeout=10_000)
    work.table.set_checked(first)
    work.start()
    qtbot.waitUntil(lambda: "Đang xử lý" in work.status.text(), timeout=10_000)
    advance(counter, 60)
    assert work.table.checked_codes() == []  # a step done leaves nothing ticked
    work.table.set_checked(first)
    work.mark_ready("Giấy xác nhận tình trạng hôn nhân số 15")
    qtbot.waitUntil(lambda: "Đã có kết quả" in work.status.text(), timeout=10_000)
    work.hand_back()
    qtbot.waitUntil(lambda: "Bộ phận Một cửa" in work.status.text(), timeout=10_000)
    qtbot.waitUntil(lambda: work.table.rowCount() == 1, timeout=10_000)

    advance(counter, 30)
    sign_in_as(counter, qtbot, "canbo1")
    counter.tabs.setCurrentWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.incoming.count() == 1, timeout=10_000)
    page.incoming.setCurrentRow(0)
    page.receive_selected()
    qtbot.waitUntil(lambda: page.incoming.count() == 0, timeout=10_000)

    back = counter.page("return_tab_page")
    counter.tabs.setCurrentWidget(back)
    qtbot.keyClicks(back.scan, first)
    qtbot.keyClick(back.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: back.return_button.isEnabled(), timeout=10_000)
    assert back.facts["result"].text() == "Giấy xác nhận tình trạng hôn nhân số 15"
    assert back.facts["timeliness"].text() == "Trước hạn"
    back.fee.setText("30.000")
    qtbot.keyClick(back.fee, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: back.rating_dialog is not None, timeout=10_000)
    dialog = back.rating_dialog
    dialog.choice_buttons["dissatisfied"].click()
    dialog.send.click()
    assert dialog.message.text() and dialog.isVisible()
    dialog.reason.setText("Phải chờ lâu ở quầy")
    _save_screenshot(back, dialog)
    dialog.send.click()
    qtbot.waitUntil(lambda: back.last_rating is not None, timeout=10_000)
    assert back.scan.text() == ""
    with context.session(read_only=True) as session:
        dossier = session.scalars(select(Dossier).where(Dossier.code == first)).one()
        assert dossier.status == DossierStatus.RETURNED and dossier.fee_collected == 30000
        assert dossier.returned_to_name == "Nguyễn Văn Nam"
        rating = session.scalars(select(Rating)).one()
        assert (rating.level, rating.reason) == ("dissatisfied", "Phải chờ lâu ở quầy")
        assert rating.dossier_id == dossier.id and rating.staff_id == counter.staff_id
        items = session.scalars(
            select(HandoverItem).where(HandoverItem.dossier_id == dossier.id)
        ).all()
        assert len(items) == 2 and all(
            i.sender_id and i.receiver_id and i.received_at for i in items
        )


def test_return_of_unknown_or_unready_dossier_says_so(counter, qtbot, context):
    first, _ = codes(context)
    sign_in_as(counter, qtbot, "canbo1")
    back = counter.page("return_tab_page")
    counter.tabs.setCurrentWidget(back)
    qtbot.keyClicks(back.scan, "000.00.31.H29-000000-0404")
    qtbot.keyClick(back.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "0404" in back.status.text(), timeout=10_000)
    assert not back.return_button.isEnabled()
    back.scan.setText(first)
    qtbot.keyClick(back.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: back.facts["code"].text() == first, timeout=10_000)
    assert not back.return_button.isEnabled() and "Đã tiếp nhận" in back.status.text()


def _save_screenshot(page, dialog) -> None:
    """With DESKTOP_APP_SCREENSHOTS=DIR, save the return page with the rating dialog over it."""
    folder = os.environ.get("DESKTOP_APP_SCREENSHOTS")
    if not folder:
        return
    image = page.window().grab().toImage()
    overlay = dialog.grab()
    painter = QPainter(image)
    corner = QPoint(
        (image.width() - overlay.width()) // 2, (image.height() - overlay.height()) // 2
    )
    painter.fillRect(image.rect(), QColor(0, 0, 0, 70))
    painter.drawPixmap(corner, overlay)
    painter.setPen(QColor(90, 90, 90))
    painter.drawRect(corner.x(), corner.y(), overlay.width() - 1, overlay.height() - 1)
    painter.end()
    image.save(str(Path(folder) / "return-rating.png"))
