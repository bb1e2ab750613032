"""The counter and administration windows at their default size (1100×720), a leader or an
administrator signed in with data on screen: every tab fits the window and no text is cut."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop_app.services.office.calendar import office_calendar
from desktop_app.services.office.setup import set_up_office
from desktop_app.services.queue.config import add_counter
from desktop_app.services.staff.accounts import StaffRole, add_staff
from desktop_app.ui.shell.main_window import MainWindow
from tests.support.handover_data import DEPARTMENT, receive
from tests.ui.text_fit import clipped_texts

SCREENSHOTS = os.environ.get("COUNTER_SCREENSHOTS")  # a folder: also save what was checked
START = datetime(2026, 11, 26, 2, 30, tzinfo=UTC)  # Thursday 09:30 in Hà Nội
PASSWORD = "motcua2026"
WIDTH, HEIGHT = 1100, 720
COUNTER_TABS = [
    "handover_tab_page",
    "processing_tab_page",
    "return_tab_page",
    "reports_tab_page",
    "reception_page",
    "lookup_page",
]  # fmt: skip
ADMIN_TABS = ["office", "staff", "queue", "catalogue", "audit", "reports"]


def _office(context) -> None:
    """An office with a leader, an administrator, a specialist, counter 3 and two dossiers."""
    with context.session() as session:
        office = set_up_office(session, "000.00.31.H29", "UBND Phường Thử").office
        for username, role, department in (
            ("lanhdao", StaffRole.LEADER, None),
            ("quantri", StaffRole.ADMIN, None),
            ("tuphap", StaffRole.SPECIALIST, DEPARTMENT),
        ):
            add_staff(session, office.id, username=username, full_name="Nguyễn Thị Hồng Nhung",
                      role=role, password=PASSWORD, department=department)  # fmt: skip
        add_counter(session, office.id, number=3, name="Quầy 3", areas=["A"])
        calendar = office_calendar(session, context.settings, office.id)
        for minutes, (name, number) in enumerate(
            (("Nguyễn Văn Nam", "001085012345"), ("Trần Thị Lan", "001190012345"))
        ):
            receive(session, office, calendar, START + timedelta(minutes=5 * minutes),
                    name=name, id_number=number)  # fmt: skip


def _window(make_context, qtbot, role: str, username: str) -> MainWindow:
    context = make_context(role=role, counter_number=3)
    _office(context)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.page.clock = lambda: START + timedelta(minutes=30)
    window.resize(WIDTH, HEIGHT)
    window.show()
    qtbot.waitExposed(window)
    panel = window.page.sign_in_panel
    panel.username.setText(username)
    panel.password.setText(PASSWORD)
    QTest.keyClick(panel.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.page.stack.currentWidget() is window.page.work_area,
                    timeout=10_000)  # fmt: skip
    return window


@pytest.fixture
def counter_window(make_context, qtbot) -> MainWindow:
    window = _window(make_context, qtbot, "counter", "lanhdao")
    reception = window.page.page("reception_page")
    qtbot.waitUntil(lambda: reception.form.procedure.count() > 5, timeout=10_000)
    return window


@pytest.fixture
def admin_window(make_context, qtbot) -> MainWindow:
    window = _window(make_context, qtbot, "admin", "quantri")
    staff = window.page.tab_pages["staff"]
    qtbot.waitUntil(lambda: staff.table.rowCount() == 3, timeout=10_000)
    return window


def _show_tab(window: MainWindow, tabs, page, qtbot, name: str) -> None:
    tabs.setCurrentWidget(page)
    qtbot.waitUntil(page.isVisible)
    if hasattr(page, "build_report"):
        QTest.keyClick(page.build_button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: page.report is not None, timeout=10_000)
    qtbot.wait(300)  # the page's refresh on the worker thread
    if SCREENSHOTS:
        window.grab().save(str(Path(SCREENSHOTS) / f"{name}-{WIDTH}x{HEIGHT}.png"))


def _cut_texts(window: MainWindow) -> list[str]:
    """Every cut text but the status bar's office name: that one gives way on a narrow window
    by design (its tooltip shows it whole), so that the database and the user stay readable."""
    return [text for text in clipped_texts(window) if not text.startswith("QLabel#statusOffice")]


def _fits(window: MainWindow, page) -> None:
    """The page needs no more room than its tab gives it, and the window keeps its size."""
    hint, room = page.minimumSizeHint(), page.parentWidget().size()
    assert hint.width() <= room.width() and hint.height() <= room.height(), (hint, room)
    assert (window.width(), window.height()) == (WIDTH, HEIGHT)


def _check_report_tabs(window: MainWindow, page, qtbot, name: str) -> None:
    """The report's own tabs (charts, breakdown, queue, ratings) fit as well."""
    if not hasattr(page, "build_report"):
        return
    page.grouping.setCurrentIndex(page.grouping.findData("procedure"))
    page.build_report()
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        qtbot.waitUntil(page.tabs.widget(index).isVisible)
        qtbot.wait(50)
        if SCREENSHOTS:
            window.grab().save(str(Path(SCREENSHOTS) / f"{name}-report-{index}.png"))
        assert _cut_texts(window) == [], page.tabs.tabText(index)


@pytest.mark.parametrize("tab", COUNTER_TABS)
def test_every_counter_tab_fits_the_default_size(counter_window, qtbot, tab):
    counter = counter_window.page
    page = counter.page(tab)
    _show_tab(counter_window, counter.tabs, page, qtbot, f"counter-{tab}")
    _fits(counter_window, page)
    assert _cut_texts(counter_window) == []
    _check_report_tabs(counter_window, page, qtbot, "counter")


@pytest.mark.parametrize("tab", ADMIN_TABS)
def test_every_admin_tab_fits_the_default_size(admin_window, qtbot, tab):
    admin = admin_window.page
    page = admin.tab_pages[tab]
    _show_tab(admin_window, admin.tabs, page, qtbot, f"admin-{tab}")
    _fits(admin_window, page)
    assert _cut_texts(admin_window) == []
    _check_report_tabs(admin_window, page, qtbot, "admin")


@pytest.mark.parametrize(
    "role",
    ["counter", "admin"],
)
def test_the_window_can_keep_its_default_size(make_context, qtbot, role):
    """What the tabs need together, once each has been shown (a tab widget is as large as its
    largest page), fits the default size."""
    window = _window(make_context, qtbot, role, "lanhdao" if role == "counter" else "quantri")
    tabs = window.page.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.waitUntil(tabs.widget(index).isVisible)
        qtbot.wait(100)  # the layouts take the shown page in
    hint = window.minimumSizeHint()
    assert hint.width() <= WIDTH and hint.height() <= HEIGHT, hint


@pytest.mark.parametrize("tab", ["processing_tab_page", "handover_tab_page", "return_tab_page"])
def test_the_department_officers_tabs_fit_the_default_size(make_context, qtbot, tab):
    """A specialist sees the department's dossiers in the processing tab: they fit too."""
    window = _window(make_context, qtbot, "counter", "tuphap")
    counter = window.page
    page = counter.page(tab)
    _show_tab(window, counter.tabs, page, qtbot, f"specialist-{tab}")
    _fits(window, page)
    assert _cut_texts(window) == []
