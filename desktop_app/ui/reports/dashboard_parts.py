"""The service-index dashboard's pieces: the scored table with bars, the monthly trend chart,
the list of dossiers that cost points.

Texts are Vietnamese through ``QCoreApplication.translate`` (context ``IndexDashboard``); the
group and indicator names come from the core (``motcua_core.domain.index766``), which prints
them in Vietnamese everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
)

from desktop_app.printing.index766_pdf import vi_number
from desktop_app.services.reports.index766_costs import (
    DISSATISFIED,
    LATE,
    NOT_DIGITISED,
    CostlyDossier,
)
from motcua_core.domain.index766 import ServiceIndex, index_rows
from motcua_core.domain.report_periods import ReportPeriod

GREY = QColor("#777777")
#: Minimum heights (px): the dashboard scrolls below them, so every part stays readable.
SCORES_HEIGHT, TREND_HEIGHT, COSTLY_HEIGHT = 220, 200, 150


def cost_labels() -> dict[str, str]:
    """Why a dossier costs points, as the list says it."""
    return {
        LATE: QCoreApplication.translate("IndexDashboard", "Late"),
        DISSATISFIED: QCoreApplication.translate("IndexDashboard", "Dissatisfied rating"),
        NOT_DIGITISED: QCoreApplication.translate("IndexDashboard", "Not digitised"),
    }


def _table(name: str, headings: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headings), objectName=name)
    table.setHorizontalHeaderLabels(list(headings))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    return table


def score_table() -> QTableWidget:
    headings = [
        QCoreApplication.translate("IndexDashboard", "Group / indicator"),
        QCoreApplication.translate("IndexDashboard", "Value"),
        QCoreApplication.translate("IndexDashboard", "Points"),
        QCoreApplication.translate("IndexDashboard", "Maximum"),
        "",
    ]
    table = _table("indexScores", headings)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in (1, 2, 3):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    table.setColumnWidth(4, 160)  # the bars: the names get the rest of a narrow tab
    table.setMinimumHeight(SCORES_HEIGHT)
    return table


def _value_text(row: dict[str, object]) -> str:
    value = row["value"]
    if value is None:
        return (
            ""
            if row["group"] or not row["measured"]
            else QCoreApplication.translate("IndexDashboard", "nothing due")
        )
    if row["unit"] == "days":
        return QCoreApplication.translate("IndexDashboard", "{days} days").format(
            days=vi_number(float(value))
        )  # type: ignore[arg-type]
    return f"{vi_number(float(value) * 100)}%"  # type: ignore[arg-type]


def _bar(points: float, maximum: float) -> QProgressBar:
    bar = QProgressBar(objectName="indexBar")
    bar.setRange(0, int(round(maximum * 100)))
    bar.setValue(int(round(points * 100)))
    bar.setFormat(f"{vi_number(points)} / {vi_number(maximum, 0)}")
    return bar


def fill_scores(table: QTableWidget, index: ServiceIndex) -> None:
    """One line per group (bold, with its bar) and per indicator; unmeasured parts in grey."""
    rows = index_rows(index)
    table.setRowCount(len(rows))
    for number, row in enumerate(rows):
        _score_line(table, number, row)


def _score_line(table: QTableWidget, number: int, row: dict[str, object]) -> None:
    name = str(row["name"]) if row["group"] else f"    {row['name']}"
    points = row["points"]
    measured = bool(row["measured"])
    texts = [
        name,
        _value_text(row),
        vi_number(float(points)) if points is not None else "",  # type: ignore[arg-type]
        vi_number(float(row["max"]), 0),  # type: ignore[arg-type]
    ]
    if not measured:
        texts[2] = QCoreApplication.translate("IndexDashboard", "not measured here")
    for column, text in enumerate(texts):
        item = QTableWidgetItem(text)
        item.setToolTip(str(row["name"]) if column == 0 else text)
        font = item.font()
        font.setBold(bool(row["group"]))
        item.setFont(font)
        if not measured:
            item.setForeground(GREY)
        table.setItem(number, column, item)
    if measured and points is not None and float(row["max"]) > 0:  # type: ignore[arg-type]
        table.setCellWidget(number, 4, _bar(float(points), float(row["max"])))  # type: ignore[arg-type]
    else:
        table.removeCellWidget(number, 4)


def trend_chart() -> QChartView:
    view = QChartView(QChart(), objectName="indexTrend")
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(TREND_HEIGHT)
    view.chart().legend().hide()
    return view


def show_trend(view: QChartView, trend: Sequence[tuple[ReportPeriod, ServiceIndex]]) -> None:
    """The measured total of each official month, as bars against the measured maximum."""
    chart = view.chart()
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    chart.setTitle(
        QCoreApplication.translate("IndexDashboard", "Index by month (points of the measured part)")
    )
    points = QBarSet(QCoreApplication.translate("IndexDashboard", "Points"))
    points.setColor(QColor("#0b5cad"))
    top = 0.0
    for _period, index in trend:
        points.append(float(index.points))
        top = max(top, float(index.max_measured))
    series = QBarSeries()
    series.append(points)
    chart.addSeries(series)
    months = QBarCategoryAxis()
    months.append([_month_label(period) for period, _ in trend] or ["—"])
    values = QValueAxis()
    values.setRange(0, top or 1)
    values.setLabelFormat("%d")
    chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(months)
    series.attachAxis(values)


def _month_label(period: ReportPeriod) -> str:
    """``11/26``: the official month, named by its closing date (the table has the points)."""
    return f"{period.end:%m/%y}"


def costly_table() -> QTableWidget:
    translate = QCoreApplication.translate
    headings = [
        translate("IndexDashboard", "Dossier code"),
        translate("IndexDashboard", "Why it costs points"),
        translate("IndexDashboard", "Procedure"),
        translate("IndexDashboard", "Received"),
        translate("IndexDashboard", "Detail"),
    ]
    table = _table("indexCostly", headings)
    header = table.horizontalHeader()
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    for column in (0, 1, 3):  # their headings stay whole, even with no row yet
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    table.setMinimumHeight(COSTLY_HEIGHT)
    return table


def fill_costly(table: QTableWidget, lines: Sequence[CostlyDossier], tz: object) -> None:
    """The dossiers of ``lines``; the code column keeps the code to open the dossier with."""
    labels = cost_labels()
    table.setRowCount(len(lines))
    for number, line in enumerate(lines):
        received = line.received_at.astimezone(tz)  # type: ignore[arg-type]
        texts = [line.code, labels[line.kind], line.procedure_name,
                 f"{received:%d/%m/%Y}", line.detail]  # fmt: skip
        for column, text in enumerate(texts):
            table.setItem(number, column, QTableWidgetItem(text))
    table.resizeColumnToContents(0)
    table.resizeColumnToContents(1)
