"""``ReportsPage``: the period report for leaders and administrators.

A period (preset or custom dates) and an optional grouping; the report is built on the worker
thread (``services.reports.build_period_report``) and shown as the opening sentence, tables
(summary, breakdown, queue per area/counter/officer, ratings) and charts. Exports reuse the
report writers: XLSX (``printing.report_xlsx``), PDF and print (``printing.report_pdf``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.printing.report_text import opening_sentence
from desktop_app.services.reports.period import Period, PeriodReport
from desktop_app.ui.common.operations import run_operation, user_message
from desktop_app.ui.reports import charts, tables
from desktop_app.ui.reports.actions import ReportActions
from desktop_app.ui.reports.dashboard import IndexDashboard
from desktop_app.ui.reports.periods import preset_period

if TYPE_CHECKING:
    from desktop_app.app import AppContext

log = logging.getLogger(__name__)
QUEUE_TABLE_HEIGHT = 170  # the header and four rows


class ReportsPage(QWidget):
    """Period picker, grouping, tables, charts and export buttons; ``report_shown(report)``."""

    report_shown = Signal(object)
    exported = Signal(str)  # the file written

    def __init__(self, context: AppContext, main_window: QWidget | None = None) -> None:
        super().__init__(main_window)
        self.setObjectName("reportsPage")
        self.context = context
        self.actions = ReportActions(context)
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.report: PeriodReport | None = None
        self.busy = False
        self._build_controls()
        self._build_body()
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self._preset_changed()

    # --- layout -------------------------------------------------------------------------------

    def _preset_names(self) -> dict[str, str]:
        return {
            "this_month": self.tr("This month"),
            "last_month": self.tr("Last month"),
            "this_quarter": self.tr("This quarter"),
            "last_quarter": self.tr("Last quarter"),
            "first_half": self.tr("First half of the year"),
            "this_year": self.tr("This year"),
            "custom": self.tr("Custom period"),
        }

    def _build_controls(self) -> None:
        self.preset = QComboBox(objectName="reportPreset")
        for key, label in self._preset_names().items():
            self.preset.addItem(label, key)
        self.start = QDateEdit(objectName="reportStart", calendarPopup=True)
        self.end = QDateEdit(objectName="reportEnd", calendarPopup=True)
        for field in (self.start, self.end):
            field.setDisplayFormat("dd/MM/yyyy")
            field.dateChanged.connect(self._dates_edited)
        self.grouping = QComboBox(objectName="reportGrouping")
        for key, label in ((None, self.tr("No breakdown")), ("field", self.tr("By field")),
                           ("procedure", self.tr("By procedure")),
                           ("officer", self.tr("By officer")),
                           ("counter", self.tr("By counter"))):  # fmt: skip
            self.grouping.addItem(label, key)
        self.build_button = QPushButton(self.tr("Show report"), objectName="reportBuild")
        self.build_button.setDefault(True)
        self.build_button.clicked.connect(self.build_report)
        self.xlsx_button = QPushButton(self.tr("Export XLSX…"), objectName="reportXlsx")
        self.pdf_button = QPushButton(self.tr("Export PDF…"), objectName="reportPdf")
        self.print_button = QPushButton(self.tr("Print…"), objectName="reportPrint")
        self.xlsx_button.clicked.connect(lambda: self._ask_path("xlsx", self.export_xlsx))
        self.pdf_button.clicked.connect(lambda: self._ask_path("pdf", self.export_pdf))
        self.print_button.clicked.connect(self.print_report)
        self._set_exports_enabled(False)

    def _controls(self) -> QGridLayout:
        """Period and breakdown on the first row, the buttons on the second: the page fits
        beside the counter's queue panel at the window's default size."""
        grid = QGridLayout()
        pairs = ((self.tr("Period"), self.preset), (self.tr("From"), self.start),
                 (self.tr("To"), self.end))  # fmt: skip
        for column, (label, widget) in enumerate(pairs):
            grid.addWidget(QLabel(label), 0, 2 * column)
            grid.addWidget(widget, 0, 2 * column + 1)
        grid.addWidget(QLabel(self.tr("Breakdown")), 1, 0)
        grid.addWidget(self.grouping, 1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.build_button)
        buttons.addStretch(1)
        for button in (self.xlsx_button, self.pdf_button, self.print_button):
            buttons.addWidget(button)
        grid.addLayout(buttons, 1, 2, 1, 4)
        grid.setColumnStretch(6, 1)
        return grid

    def _build_body(self) -> None:
        self.sentence = QLabel(objectName="reportSentence", wordWrap=True)
        self.sentence.setStyleSheet("font-size: 15px; font-weight: bold; color: #0b3d6e;")
        self.status = QLabel(objectName="reportStatus", wordWrap=True)
        self.tabs = QTabWidget(objectName="reportTabs")
        self.summary = tables.summary_table()
        self.breakdown = tables.breakdown_table()
        self.queue_tables = {name: tables.queue_table(f"reportQueue_{name}")
                             for name in ("area", "counter", "officer")}  # fmt: skip
        self.ratings = tables.ratings_table()
        self.reasons = tables.reasons_table()
        self.daily = charts.daily_chart()
        self.timeliness = charts.timeliness_chart()
        self.waiting = charts.waiting_chart()
        self.tabs.addTab(self.summary, self.tr("Summary"))
        self.tabs.addTab(self._charts_tab(), self.tr("Charts"))
        self.tabs.addTab(self.breakdown, self.tr("Breakdown"))
        self.tabs.addTab(self._queue_tab(), self.tr("Queue"))
        self.tabs.addTab(self._column(self.ratings, self.reasons), self.tr("Ratings"))
        self.dashboard = IndexDashboard(self.context, self)
        self.tabs.addTab(self.dashboard, self.tr("Service index (766)"))
        layout = QVBoxLayout(self)
        layout.addLayout(self._controls())
        layout.addWidget(self.sentence)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)

    def _charts_tab(self) -> QScrollArea:
        """The three charts, scrolled when the window is too low to show them whole."""
        page = QWidget()
        grid = QGridLayout(page)
        grid.addWidget(self.daily, 0, 0, 1, 2)
        grid.addWidget(self.timeliness, 1, 0)
        grid.addWidget(self.waiting, 1, 1)
        return self._scrolled(page, "reportCharts")

    def _queue_tab(self) -> QScrollArea:
        """The queue per area, counter and officer, one under the other, scrolled."""
        titles = {"area": self.tr("By service area"), "counter": self.tr("By counter"),
                  "officer": self.tr("By officer")}  # fmt: skip
        widgets: list[QWidget] = []
        for name, table in self.queue_tables.items():
            table.setMinimumHeight(QUEUE_TABLE_HEIGHT)
            widgets += [QLabel(f"<b>{titles[name]}</b>"), table]
        return self._scrolled(self._column(*widgets), "reportQueue")

    @staticmethod
    def _scrolled(page: QWidget, name: str) -> QScrollArea:
        area = QScrollArea(objectName=name, widgetResizable=True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(page)
        return area

    @staticmethod
    def _column(*widgets: QWidget) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        for widget in widgets:
            column.addWidget(widget)
        return page

    # --- period -------------------------------------------------------------------------------

    def today(self) -> date:
        return self.clock().astimezone(self.context.settings.zone).date()

    def set_preset(self, key: str) -> None:
        self.preset.setCurrentIndex(self.preset.findData(key))

    def _preset_changed(self) -> None:
        key = self.preset.currentData()
        if key == "custom":
            return
        period = preset_period(key, self.today())
        self._setting_dates = True
        self.start.setDate(QDate(period.start.year, period.start.month, period.start.day))
        self.end.setDate(QDate(period.end.year, period.end.month, period.end.day))
        self._setting_dates = False

    def _dates_edited(self) -> None:
        if not getattr(self, "_setting_dates", False):
            self.preset.setCurrentIndex(self.preset.findData("custom"))

    def period(self) -> Period:
        return Period(self.start.date().toPython(), self.end.date().toPython())  # type: ignore[arg-type]

    # --- building -----------------------------------------------------------------------------

    def build_report(self) -> None:
        """Build the report of the chosen period on the worker thread."""
        if self.busy:
            return
        try:
            period = self.period()
        except ValueError:
            self.status.setText(self.tr("The period ends before it starts."))
            return
        grouping, now = self.grouping.currentData(), self.clock()
        self.busy = True
        self.build_button.setEnabled(False)
        self.status.setText(self.tr("Building the report…"))
        run_operation(self, lambda: self.actions.period_report(period, grouping, now),
                      self.show_report, self._failed)  # fmt: skip

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.build_button.setEnabled(True)
        self.status.setText(user_message(error, self.tr("The report could not be built.")))

    def show_report(self, report: PeriodReport) -> None:
        self.busy = False
        self.build_button.setEnabled(True)
        self.report = report
        self.sentence.setText(opening_sentence(report.figures))
        tables.fill_summary(self.summary, report.figures)
        tables.fill_breakdown(self.breakdown, report)
        self.tabs.setTabEnabled(self.tabs.indexOf(self.breakdown), bool(report.grouping))
        queue = {"area": report.queue_by_area, "counter": report.queue_by_counter,
                 "officer": report.queue_by_officer}  # fmt: skip
        for name, rows in queue.items():
            tables.fill_queue(self.queue_tables[name], rows)
        tables.fill_ratings(self.ratings, report)
        tables.fill_reasons(self.reasons, report)
        charts.show_daily(self.daily, report)
        charts.show_timeliness(self.timeliness, report)
        charts.show_waiting(self.waiting, report)
        p = report.period
        self.status.setText(self.tr("Report from {start} to {end}.").format(
            start=f"{p.start:%d/%m/%Y}", end=f"{p.end:%d/%m/%Y}"))  # fmt: skip
        self._set_exports_enabled(True)
        self.report_shown.emit(report)

    # --- exports ------------------------------------------------------------------------------

    def _set_exports_enabled(self, enabled: bool) -> None:
        for button in (self.xlsx_button, self.pdf_button, self.print_button):
            button.setEnabled(enabled)

    def default_file_name(self, suffix: str) -> str:
        p = self.period() if self.report is None else self.report.period
        return f"bao-cao-{p.start:%Y%m%d}-{p.end:%Y%m%d}.{suffix}"

    def _ask_path(self, suffix: str, export: Callable[[Path], None]) -> None:
        filters = {"xlsx": "Excel (*.xlsx)", "pdf": "PDF (*.pdf)"}
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), str(Path.home() / self.default_file_name(suffix)),
            filters[suffix],
        )  # fmt: skip
        if path:
            export(Path(path))

    def export_xlsx(self, path: Path) -> None:
        """Write the shown report as a workbook (worker thread)."""
        report = self.report
        if report is None:
            return
        from desktop_app.printing.report_xlsx import write_report_xlsx

        run_operation(self, lambda: write_report_xlsx(report, path),
                      lambda _r: self._written(path), self._failed_export)  # fmt: skip

    def export_pdf(self, path: Path) -> None:
        """Write the shown report as an A4 PDF (Qt's text layout: main thread)."""
        if self.report is None:
            return
        from desktop_app.printing.report_pdf import write_report_pdf

        try:
            write_report_pdf(self.report, path)
        except Exception as error:  # a full disk or a folder without rights
            self._failed_export(error)
            return
        self._written(path)

    def print_report(self) -> Any:
        """A print preview of the report; its Print button prints to the chosen printer."""
        if self.report is None:
            return None
        from desktop_app.printing.report_pdf import report_form
        from desktop_app.ui.common.print_preview import open_print_preview

        return open_print_preview(self, report_form(self.report))

    def _written(self, path: Path) -> None:
        self.status.setText(self.tr("Saved {file}.").format(file=str(path)))
        self.exported.emit(str(path))

    def _failed_export(self, error: Exception) -> None:
        log.error("report export failed: %r", error)
        self.status.setText(self.tr("The file could not be written: {error}").format(error=error))


REPORT_ROLES = ("leader", "admin")


def reports_title() -> str:
    return QCoreApplication.translate("ReportsPage", "Reports")
