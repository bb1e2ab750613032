"""The service-index dashboard in the reports window: totals with bars, the trend, the
dossiers that cost points opened by double click and by Enter."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QProgressBar

from desktop_app.services.office.calendar import office_calendar
from desktop_app.services.office.identity import current_office
from desktop_app.services.office.setup import set_up_office
from desktop_app.ui.reports.dashboard import costly_rows, offered_periods
from desktop_app.ui.reports.window import ReportsPage
from motcua_core.domain.report_periods import custom_period
from tests.support.index766_month import seed_index_month

NOW = datetime(2026, 12, 10, 3, 0, tzinfo=UTC)  # 10 Dec 2026: the official month 2026-m12


def seeded(make_context):
    context = make_context(role="admin")
    with context.session() as session:
        set_up_office(session, context.settings.office_code, context.settings.office_name)
        office = current_office(session)
        calendar = office_calendar(session, context.settings, office.id)
    seed_index_month(context, office, calendar)
    return context


@pytest.fixture
def dashboard(make_context, qtbot):
    page = ReportsPage(seeded(make_context), None)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    board = page.dashboard
    board.clock = lambda: NOW
    board.fill_periods()
    page.tabs.setCurrentWidget(board)
    page.show()
    return board


def _build(qtbot, board, period):
    index = board.period_box.count()
    board.period_box.addItem(period.name or "custom", period)
    board.period_box.setCurrentIndex(index)
    with qtbot.waitSignal(board.dashboard_shown, timeout=20_000) as shown:
        board.build_button.click()
    return shown.args[0]


def test_offered_periods_are_official():
    periods = offered_periods(date(2026, 12, 10))
    assert periods[0].name == "2026-m12" and periods[0].start == date(2026, 11, 15)
    assert periods[11].name == "2026-m01"
    assert [p.name for p in periods[12:]] == ["2026-q4", "2026-h1", "2026-9m", "2026"]
    assert offered_periods(date(2026, 12, 15))[0].name == "2027-m01"


def test_totals_bars_trend_and_costly_dossiers(dashboard, qtbot):
    data = _build(qtbot, dashboard, custom_period(date(2026, 11, 1), date(2026, 11, 30)))
    assert "20,42" in dashboard.total.text() and "44" in dashboard.total.text()
    names = [dashboard.scores.item(r, 0).text() for r in range(dashboard.scores.rowCount())]
    assert names[0] == "Tiến độ giải quyết"
    bar = dashboard.scores.cellWidget(0, 4)
    assert isinstance(bar, QProgressBar) and bar.value() == 1333 and bar.maximum() == 2000
    publicity = names.index("Công khai, minh bạch")
    assert dashboard.scores.item(publicity, 2).text() == "không đo tại đơn vị"
    assert dashboard.trend.chart().series()[0].barSets()[0].count() == 6
    kinds = sorted({line.kind for line in data.costly})
    assert kinds == ["dissatisfied", "late", "not_digitised"]
    assert len(costly_rows(dashboard.costly)) == len(data.costly)
    dashboard.cost_filter.setCurrentIndex(dashboard.cost_filter.findData("late"))
    assert len(costly_rows(dashboard.costly)) == 2
    assert dashboard.costly.item(0, 1).text() == "Quá hạn"


def test_a_double_click_and_enter_open_the_dossier(dashboard, qtbot):
    _build(qtbot, dashboard, custom_period(date(2026, 11, 1), date(2026, 11, 30)))
    code = dashboard.costly.item(0, 0).text()
    with qtbot.waitSignal(dashboard.dossier_opened, timeout=5_000) as opened:
        dashboard.costly.cellDoubleClicked.emit(0, 0)
    dialog = opened.args[0]
    qtbot.waitUntil(lambda: code in dialog.summary.toPlainText(), timeout=10_000)
    dialog.close()
    dashboard.costly.setCurrentCell(1, 0)
    dashboard.costly.setFocus()
    second = dashboard.costly.item(1, 0).text()
    with qtbot.waitSignal(dashboard.dossier_opened, timeout=5_000) as opened:
        press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(dashboard.costly, press)
    qtbot.waitUntil(lambda: second in opened.args[0].summary.toPlainText(), timeout=10_000)
    opened.args[0].close()
