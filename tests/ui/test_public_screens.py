"""The display, kiosk and rating screens at every common screen size: no text cut or clipped.

Each window is filled with realistic content (the office name with stacked capitals, calls at
six counters, waiting counts, a notice; the kiosk's areas and priority groups; every rating
page) and checked with ``tests/ui/text_fit.py``. With ``DESKTOP_APP_SCREENSHOTS=DIR`` the
screens are saved there as ``<role>-<w>x<h>.png`` (``docs/screenshots`` in the repository).
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenuBar, QStatusBar, QWidget

from desktop_app.services.office.identity import current_office
from desktop_app.services.office.setup import set_up_office
from desktop_app.services.queue import calls
from desktop_app.services.queue.config import add_counter, set_notice
from desktop_app.services.queue.tickets import issue_ticket
from desktop_app.services.staff.accounts import StaffRole, add_staff
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.text_fit import clipped_texts

SIZES = [(1024, 768), (1280, 720), (1366, 768), (1920, 1080), (3840, 2160)]
NOTICE = (
    "Từ ngày 01/12/2026 Bộ phận Một cửa làm việc cả sáng thứ Bảy. Quý khách vui lòng giữ "
    "phiếu số thứ tự và chờ đến lượt gọi."
)
COUNTERS = 6
OFFICER = "Nguyễn Thị Quỳnh Hương"


def _office(context):
    with context.session() as session:
        set_up_office(session, context.settings.office_code, context.settings.office_name)
        office = current_office(session)
        for number in range(1, COUNTERS + 1):
            add_counter(session, office.id, number=number, name=f"Quầy {number}", areas=["A", "B"])
    return office


def _busy_queue(context, office) -> None:
    """Fifteen tickets in four areas, five counters serving, one paused, a notice line."""
    now, tz = datetime.now(UTC) - timedelta(minutes=30), context.settings.zone
    with context.session() as session:
        for index in range(15):
            issue_ticket(session, office.id, "AB"[index % 2], at=now, tz=tz)
        for area in ("C", "D"):
            issue_ticket(session, office.id, area, at=now, tz=tz)
        set_notice(session, office.id, NOTICE)
    for number in range(1, COUNTERS):
        station = calls.Station(office.id, number, now + timedelta(minutes=number), tz, None)
        with context.session() as session:
            calls.call_next(session, station, calls.CallPolicy())
    with context.session() as session:
        station = calls.Station(office.id, COUNTERS, now, tz, None)
        calls.pause_counter(session, station, "Nghỉ trưa")


def _show(qtbot, window: QWidget, size: tuple[int, int]) -> None:
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    _settle(qtbot, window, QSize(*size))


def _settle(qtbot, window: QWidget, size: QSize) -> None:
    """Let the layouts and the fitted fonts settle (a few rounds of posted events)."""
    qtbot.waitUntil(lambda: window.size() == size, timeout=3000)
    for _ in range(4):
        QApplication.processEvents()
        qtbot.wait(20)


def _save(window: QWidget, name: str) -> None:
    folder = os.environ.get("DESKTOP_APP_SCREENSHOTS")
    if not folder:
        return
    Path(folder).mkdir(parents=True, exist_ok=True)
    image = window.grab().toImage()
    if image.width() > 1920:  # a 4K screenshot at half size keeps the PNG small
        image = image.scaledToWidth(1920, Qt.TransformationMode.SmoothTransformation)
    image.save(str(Path(folder) / f"{name}.png"))


def _check(window: QWidget, page_name: str) -> list[str]:
    """Texts cut or clipped, and texts too small for their marks to be told apart."""
    problems = clipped_texts(window)
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if widget.isVisible() and widget.text() and QFontInfo(widget.font()).pixelSize() < 12:
            problems.append(f"{widget.objectName()} {widget.text()!r} smaller than 12 px")
    return [f"{page_name}: {line}" for line in problems]


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_display_texts_fit_at(size, qtbot, make_context):
    context = make_context(role="display", announcer_backend="off")
    _busy_queue(context, _office(context))
    window = MainWindow(context)
    qtbot.addWidget(window)
    page = window.page
    _show(qtbot, window, size)
    qtbot.waitUntil(lambda: page.board is not None and len(page.tiles) == COUNTERS)
    qtbot.waitUntil(lambda: page.notice_label.isVisible())
    _settle(qtbot, window, QSize(*size))
    _save(window, f"display-{size[0]}x{size[1]}")
    assert len(page.call_list.texts()) == COUNTERS - 1
    problems = _check(window, "display")
    page.offline_label.setText(page.tr("Connection to the database lost — reconnecting…"))
    page.offline_label.show()  # the banner of a lost connection, above everything else
    _settle(qtbot, window, QSize(*size))
    problems += _check(window, "offline")
    assert problems == []
    assert page.tiles[1].number.font().pixelSize() >= min(size) * 0.06  # read from the hall


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_kiosk_texts_fit_at(size, qtbot, make_context, tmp_path):
    context = make_context(role="kiosk", ticket_printer="No Such Printer 42")
    _office(context)
    window = MainWindow(context)
    qtbot.addWidget(window)
    page = window.page
    _show(qtbot, window, size)
    qtbot.waitUntil(lambda: len(page.area_buttons()) == 4 and bool(page.priority_buttons()))
    _settle(qtbot, window, QSize(*size))
    _save(window, f"kiosk-{size[0]}x{size[1]}")
    problems = _check(window, "areas")
    page.choose_area("A")
    _settle(qtbot, window, QSize(*size))
    _save(window, f"kiosk-priority-{size[0]}x{size[1]}")
    problems += _check(window, "priority")
    with qtbot.waitSignal(page.ticket_issued, timeout=10_000):
        page.choose_priority(page.priority_buttons()[0].property("groupCode"))
    _settle(qtbot, window, QSize(*size))
    _save(window, f"kiosk-ticket-{size[0]}x{size[1]}")
    problems += _check(window, "ticket")
    assert page.result_warning.text()  # the longest result: priority and a printer warning
    assert problems == []
    assert page.number_label.font().pixelSize() >= min(size) * 0.1


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_rating_texts_fit_at(size, qtbot, make_context):
    context = make_context(role="rating", counter_number=2)
    office = _office(context)
    window = MainWindow(context)
    qtbot.addWidget(window)
    page = window.page
    _show(qtbot, window, size)
    problems = _check(window, "idle")
    _serve_and_finish(context, office)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.choice_page, timeout=5000)
    _settle(qtbot, window, QSize(*size))
    _save(window, f"rating-{size[0]}x{size[1]}")
    problems += _check(window, "choice")
    page.choose("dissatisfied")
    page.reason_page.send_button.click()  # no reason yet: the page says one is needed
    assert page.reason_page.message.text()
    _settle(qtbot, window, QSize(*size))
    _save(window, f"rating-reason-{size[0]}x{size[1]}")
    problems += _check(window, "reason")
    page.stack.setCurrentWidget(page.thanks_page)
    _settle(qtbot, window, QSize(*size))
    problems += _check(window, "thanks")
    assert problems == []
    assert page.choice_page.title.font().pixelSize() >= min(size) * 0.03


def _serve_and_finish(context, office) -> None:
    """Counter 2 serves a ticket and finishes it: the station asks for a rating."""
    now, tz = datetime.now(UTC), context.settings.zone
    with context.session() as session:
        officer = add_staff(session, office.id, username="canbo1", full_name=OFFICER,
                            role=StaffRole.RECEPTION, password="motcua2026")  # fmt: skip
        issue_ticket(session, office.id, "A", at=now, tz=tz)
    station = calls.Station(office.id, 2, now, tz, officer.id)
    with context.session() as session:
        calls.call_next(session, station, calls.CallPolicy())
    with context.session() as session:
        calls.finish(session, station)


@pytest.mark.parametrize("role", ["display", "kiosk", "rating"])
def test_public_screens_show_no_menu_or_status_bar(role, qtbot, make_context):
    context = make_context(role=role, announcer_backend="off")
    _office(context)
    window = MainWindow(context)
    qtbot.addWidget(window)
    _show(qtbot, window, (1366, 768))

    assert [bar for bar in window.findChildren(QMenuBar) if bar.isVisible()] == []
    assert [bar for bar in window.findChildren(QStatusBar) if bar.isVisible()] == []
    texts = [label.text() for label in window.findChildren(QLabel) if label.isVisible()]
    assert not any("Người dùng" in t or "Cơ sở dữ liệu" in t for t in texts)
    assert window.centralWidget().geometry() == window.rect()


@pytest.mark.parametrize("role", ["counter", "admin"])
def test_counter_and_admin_keep_menu_and_status_bar(role, qtbot, make_context):
    window = MainWindow(make_context(role=role))
    qtbot.addWidget(window)
    _show(qtbot, window, (1100, 720))

    assert window.menuBar().isVisible()
    assert window.station_status.isVisible()
    assert window.station_status.user_label.text() == "Người dùng: Chưa đăng nhập"


LONG_OFFICE = "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG NGỌC KHÁNH, QUẬN BA ĐÌNH — Ắ Ầ Ễ Ỹ"


@pytest.mark.parametrize("size", [(1024, 768), (1280, 720)], ids=["1024x768", "1280x720"])
def test_crowded_display_with_a_long_office_name_still_fits(size, qtbot, make_context):
    """Twelve counters, all called, and an office name too long for one line at full size."""
    context = make_context(role="display", announcer_backend="off", office_name=LONG_OFFICE)
    office = _office(context)
    now, tz = datetime.now(UTC), context.settings.zone
    with context.session() as session:
        for number in range(COUNTERS + 1, 13):
            add_counter(session, office.id, number=number, name=f"Quầy {number}", areas=["C"])
        for index in range(14):
            issue_ticket(session, office.id, "ABCD"[index % 4], at=now, tz=tz)
    for number in range(1, 13):
        station = calls.Station(office.id, number, now + timedelta(seconds=number), tz, None)
        with context.session() as session:
            calls.call_next(session, station, calls.CallPolicy())
    window = MainWindow(context)
    qtbot.addWidget(window)
    page = window.page
    _show(qtbot, window, size)
    qtbot.waitUntil(lambda: len(page.tiles) == 12 and len(page.call_list.texts()) == 8)
    _settle(qtbot, window, QSize(*size))
    _save(window, f"display-12-counters-{size[0]}x{size[1]}")

    assert _check(window, "display") == []
    assert page.office_label.text() == LONG_OFFICE


@pytest.mark.parametrize("size", [(1080, 1920), (768, 1366)], ids=["1080x1920", "768x1366"])
def test_portrait_kiosk_texts_fit(size, qtbot, make_context, tmp_path):
    """Floor-standing kiosks are often portrait screens."""
    test_kiosk_texts_fit_at(size, qtbot, make_context, tmp_path)


@pytest.mark.parametrize("size", [(1024, 600), (800, 1280)], ids=["1024x600", "800x1280"])
def test_small_rating_tablet_texts_fit(size, qtbot, make_context):
    """Rating stations are small tablets beside the counter, sometimes held upright."""
    test_rating_texts_fit_at(size, qtbot, make_context)
