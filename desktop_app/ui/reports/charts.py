"""The report's charts (QtCharts): dossiers received per day, timeliness, waiting per area."""

from __future__ import annotations

import math

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QColor, QPainter

from desktop_app.printing.report_text import format_share_vi
from desktop_app.services.reports.period import PeriodReport

TIMELINESS_COLOURS = ("#1f7a3a", "#0b5cad", "#b3261e")


def _view(name: str) -> QChartView:
    view = QChartView(QChart())
    view.setObjectName(name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(260)
    view.chart().legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return view


def _reset(view: QChartView, title: str) -> QChart:
    chart = view.chart()
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    chart.setTitle(title)
    return chart


def count_axis(top: float) -> QValueAxis:
    """A value axis from 0 with whole-number ticks (never "0 0 0 1" for small counts)."""
    step = max(1, math.ceil(top / 5))
    axis = QValueAxis()
    axis.setRange(0, step * max(1, math.ceil(top / step)))
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%d")
    return axis


def daily_chart() -> QChartView:
    return _view("reportDailyChart")


def show_daily(view: QChartView, report: PeriodReport) -> None:
    """Dossiers received per day: a line over the period's dates."""
    chart = _reset(view, QCoreApplication.translate("ReportCharts", "Dossiers received per day"))
    series = QLineSeries()
    series.setName(QCoreApplication.translate("ReportCharts", "Dossiers received"))
    counts = dict(report.daily_received)
    day, top = report.period.start, 0
    while day <= report.period.end:
        moment = QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0))
        series.append(float(moment.toMSecsSinceEpoch()), float(counts.get(day, 0)))
        top = max(top, counts.get(day, 0))
        day = day.fromordinal(day.toordinal() + 1)
    chart.addSeries(series)
    x_axis = QDateTimeAxis()
    x_axis.setFormat("dd/MM")
    x_axis.setTickCount(min(10, max(2, (report.period.end - report.period.start).days + 1)))
    y_axis = count_axis(top)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x_axis)
    series.attachAxis(y_axis)
    chart.legend().hide()


def timeliness_chart() -> QChartView:
    return _view("reportTimelinessChart")


def show_timeliness(view: QChartView, report: PeriodReport) -> None:
    """Before due / on time / late as shares of the resolved dossiers."""
    chart = _reset(
        view, QCoreApplication.translate("ReportCharts", "Timeliness of resolved dossiers")
    )
    f = report.figures
    series = QPieSeries()
    parts = (
        (QCoreApplication.translate("ReportCharts", "Before due"), f.resolved_before_due),
        (QCoreApplication.translate("ReportCharts", "On time"), f.resolved_on_time),
        (QCoreApplication.translate("ReportCharts", "Late"), f.resolved_late),
    )
    for (label, value), colour in zip(parts, TIMELINESS_COLOURS, strict=True):
        if value:
            slice_ = series.append(f"{label} {format_share_vi(f.share(value))}", value)
            slice_.setColor(QColor(colour))
            slice_.setLabelVisible(True)
    chart.addSeries(series)


def waiting_chart() -> QChartView:
    return _view("reportWaitingChart")


def show_waiting(view: QChartView, report: PeriodReport) -> None:
    """Median and 90th-percentile waiting minutes per service area."""
    chart = _reset(
        view, QCoreApplication.translate("ReportCharts", "Waiting time per service area (minutes)")
    )
    median, p90 = (
        QBarSet(QCoreApplication.translate("ReportCharts", "Median")),
        QBarSet(QCoreApplication.translate("ReportCharts", "90th percentile")),
    )
    names, top = [], 0.0
    for row in report.queue_by_area:
        names.append(row.label or row.key)
        median.append(row.wait_median or 0.0)
        p90.append(row.wait_p90 or 0.0)
        top = max(top, row.wait_p90 or 0.0, row.wait_median or 0.0)
    series = QBarSeries()
    series.append(median)
    series.append(p90)
    chart.addSeries(series)
    x_axis = QBarCategoryAxis()
    x_axis.append(names or ["—"])
    y_axis = count_axis(top)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x_axis)
    series.attachAxis(y_axis)
