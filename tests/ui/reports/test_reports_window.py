"""The report window offscreen: presets, the report's tables and charts, XLSX and PDF export."""

from __future__ import annotations

from datetime import UTC, date, datetime

from openpyxl import load_workbook

from desktop_app.ui.reports.periods import preset_period
from desktop_app.ui.reports.window import ReportsPage
from tests.support.report_data import seed_month

TODAY = datetime(2026, 11, 30, 3, 0, tzinfo=UTC)  # Monday 30 Nov, 10:00 in Hà Nội


def test_presets_follow_the_office_date():
    today = date(2026, 2, 10)
    assert preset_period("this_month", today) == preset_period("this_month", date(2026, 2, 28))
    assert preset_period("last_month", today).start == date(2026, 1, 1)
    assert preset_period("last_quarter", today).start == date(2025, 10, 1)
    assert preset_period("last_quarter", today).end == date(2025, 12, 31)
    assert preset_period("this_quarter", date(2026, 8, 1)).end == date(2026, 9, 30)
    assert preset_period("first_half", today).end == date(2026, 6, 30)
    assert preset_period("this_year", today).end == date(2026, 12, 31)


def test_this_month_report_shows_figures_charts_and_exports(make_context, qtbot, tmp_path):
    context = make_context(role="admin")
    expected = seed_month(context, days=3, per_day=4)
    page = ReportsPage(context, None)
    page.clock = lambda: TODAY
    qtbot.addWidget(page)
    page.resize(1500, 950)
    page.set_preset("last_month")
    assert page.period().start == date(2026, 10, 1)
    page.set_preset("this_month")
    assert (page.period().start, page.period().end) == (date(2026, 11, 1), date(2026, 11, 30))
    page.grouping.setCurrentIndex(page.grouping.findData("officer"))
    with qtbot.waitSignal(page.report_shown, timeout=15_000) as shown:
        page.build_report()
    report = shown.args[0]
    figures = report.figures
    assert figures.dossiers_received == expected.dossiers == 12
    assert (figures.resolved_before_due, figures.resolved_on_time, figures.resolved_late) == (
        expected.before_due,
        expected.on_time,
        expected.late,
    )
    assert page.sentence.text().startswith("Trong kỳ, đã tiếp 12 lượt công dân với 12 hồ sơ")
    assert page.summary.item(1, 0).text() == "Hồ sơ tiếp nhận"
    assert page.summary.item(1, 1).text() == "12"
    assert page.breakdown.rowCount() == 2  # two officers received dossiers
    assert page.queue_tables["counter"].rowCount() == 2
    assert page.ratings.item(3, 1).text() == str(expected.ratings)
    assert len(page.daily.chart().series()) == 1 and page.daily.chart().series()[0].count() == 30
    assert page.timeliness.chart().series()[0].count() >= 2
    assert page.waiting.chart().series()[0].count() == 2  # median and P90
    xlsx = tmp_path / page.default_file_name("xlsx")
    with qtbot.waitSignal(page.exported, timeout=15_000):
        page.export_xlsx(xlsx)
    book = load_workbook(xlsx)
    values = [row for row in book.worksheets[0].iter_rows(values_only=True)]
    received = next(row for row in values if row and row[0] == "Hồ sơ tiếp nhận")
    assert received[1] == 12 and isinstance(received[1], int)
    pdf = tmp_path / "report.pdf"
    page.export_pdf(pdf)
    assert pdf.read_bytes().startswith(b"%PDF") and "report.pdf" in page.status.text()


def test_counter_window_shows_reports_to_leaders_only(make_context, qtbot):
    from PySide6.QtCore import Qt

    from desktop_app.ui.counter.window import CounterPage

    context = make_context(role="counter", counter_number=1)
    seed_month(context, days=1, per_day=2)
    counter = CounterPage(context, None)
    qtbot.addWidget(counter)
    counter.show()

    def sign_in(username: str) -> bool:
        if counter.staff is not None:
            counter.sign_out()
        counter.sign_in_panel.username.setText(username)
        counter.sign_in_panel.password.setText("motcua2026")
        qtbot.keyClick(counter.sign_in_panel.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: counter.stack.currentWidget() is counter.work_area, timeout=10_000)
        page = counter.page("reports_tab_page")
        return counter.tabs.isTabVisible(counter.tabs.indexOf(page))

    assert sign_in("lanhdao") is True
    assert counter.tabs.tabText(counter.tabs.indexOf(counter.page("reports_tab_page"))) == "Báo cáo"
    assert sign_in("canbo1") is False
