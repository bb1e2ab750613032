"""The report's tables: summary, breakdown, queue per area/counter/officer, ratings."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from desktop_app.printing.report_text import format_number_vi, format_share_vi
from desktop_app.services.reports.period import (
    RATING_LEVELS,
    DossierFigures,
    DurationFigures,
    PeriodReport,
)


def figure_labels() -> list[tuple[str, str]]:
    """(field of DossierFigures, label) in the order the authorities list them."""
    return [
        ("visits", QCoreApplication.translate("ReportTables", "Citizen visits")),
        ("dossiers_received", QCoreApplication.translate("ReportTables", "Dossiers received")),
        ("received_in_person", QCoreApplication.translate("ReportTables", "  in person")),
        ("received_online", QCoreApplication.translate("ReportTables", "  online")),
        ("received_by_post", QCoreApplication.translate("ReportTables", "  by post")),
        ("resolved_before_due", QCoreApplication.translate("ReportTables", "Resolved before due")),
        ("resolved_on_time", QCoreApplication.translate("ReportTables", "Resolved on time")),
        ("resolved_late", QCoreApplication.translate("ReportTables", "Resolved late")),
        ("open_within_limit", QCoreApplication.translate("ReportTables", "Open, within the limit")),
        ("open_overdue", QCoreApplication.translate("ReportTables", "Open, overdue")),
        ("supplements", QCoreApplication.translate("ReportTables", "Supplements requested")),
        ("refusals", QCoreApplication.translate("ReportTables", "Refused")),
        ("withdrawals", QCoreApplication.translate("ReportTables", "Withdrawn")),
        ("stopped", QCoreApplication.translate("ReportTables", "Stopped")),
        ("extensions", QCoreApplication.translate("ReportTables", "Extended (apology letter)")),
    ]


_SHARED = ("resolved_before_due", "resolved_on_time", "resolved_late")


def make_table(headers: Sequence[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[object]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            text = value if isinstance(value, str) else _number(value)
            item = QTableWidgetItem(text)
            if not isinstance(value, str):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


def _number(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    return format_number_vi(int(value))  # type: ignore[call-overload]


def summary_table() -> QTableWidget:
    return make_table(
        [
            QCoreApplication.translate("ReportTables", "Figure"),
            QCoreApplication.translate("ReportTables", "Count"),
            QCoreApplication.translate("ReportTables", "Share of resolved"),
        ],
        "reportSummary",
    )


def fill_summary(table: QTableWidget, figures: DossierFigures) -> None:
    rows = []
    for field, label in figure_labels():
        value = getattr(figures, field)
        share = format_share_vi(figures.share(value)) if field in _SHARED else ""
        rows.append([label, value, share])
    _fill(table, rows)


def _wide(table: QTableWidget) -> QTableWidget:
    """A table wider than the page scrolls sideways: its last column keeps its text's width
    instead of stretching into what is left (which elides it)."""
    table.horizontalHeader().setStretchLastSection(False)
    return table


def breakdown_table() -> QTableWidget:
    return _wide(
        make_table(
            [
                QCoreApplication.translate("ReportTables", "Key"),
                QCoreApplication.translate("ReportTables", "Name"),
                QCoreApplication.translate("ReportTables", "Received"),
                QCoreApplication.translate("ReportTables", "Before due"),
                QCoreApplication.translate("ReportTables", "On time"),
                QCoreApplication.translate("ReportTables", "Late"),
                QCoreApplication.translate("ReportTables", "% before due"),
                QCoreApplication.translate("ReportTables", "% on time"),
                QCoreApplication.translate("ReportTables", "% late"),
                QCoreApplication.translate("ReportTables", "Open, within limit"),
                QCoreApplication.translate("ReportTables", "Open, overdue", "column header"),
            ],
            "reportBreakdown",
        )
    )


def fill_breakdown(table: QTableWidget, report: PeriodReport) -> None:
    rows = []
    for row in report.breakdown:
        f = row.figures
        rows.append(
            [
                row.key,
                row.label,
                f.dossiers_received,
                f.resolved_before_due,
                f.resolved_on_time,
                f.resolved_late,
                format_share_vi(f.share(f.resolved_before_due)),
                format_share_vi(f.share(f.resolved_on_time)),
                format_share_vi(f.share(f.resolved_late)),
                f.open_within_limit,
                f.open_overdue,
            ]
        )
    _fill(table, rows)


def queue_table(name: str) -> QTableWidget:
    return _wide(
        make_table(
            [
                QCoreApplication.translate("ReportTables", "Name"),
                QCoreApplication.translate("ReportTables", "Tickets issued"),
                QCoreApplication.translate("ReportTables", "Served"),
                QCoreApplication.translate("ReportTables", "No-shows"),
                QCoreApplication.translate("ReportTables", "Wait, median (min)"),
                QCoreApplication.translate("ReportTables", "Wait, 90th pct (min)"),
                QCoreApplication.translate("ReportTables", "Service, median (min)"),
                QCoreApplication.translate("ReportTables", "Service, 90th pct (min)"),
            ],
            name,
        )
    )


def fill_queue(table: QTableWidget, rows: Sequence[DurationFigures]) -> None:
    _fill(
        table,
        [
            [
                r.label or r.key,
                r.issued,
                r.served,
                r.no_shows,
                r.wait_median,
                r.wait_p90,
                r.service_median,
                r.service_p90,
            ]
            for r in rows
        ],
    )


def level_labels() -> dict[str, str]:
    return {
        "very_satisfied": QCoreApplication.translate("ReportTables", "Very satisfied"),
        "satisfied": QCoreApplication.translate("ReportTables", "Satisfied"),
        "dissatisfied": QCoreApplication.translate("ReportTables", "Dissatisfied"),
    }


def ratings_table() -> QTableWidget:
    return make_table(
        [
            QCoreApplication.translate("ReportTables", "Rating"),
            QCoreApplication.translate("ReportTables", "Count"),
            QCoreApplication.translate("ReportTables", "Share"),
        ],
        "reportRatings",
    )


def fill_ratings(table: QTableWidget, report: PeriodReport) -> None:
    labels, ratings = level_labels(), report.ratings
    rows: list[list[object]] = [
        [labels[level], ratings.counts.get(level, 0), format_share_vi(ratings.shares[level])]
        for level in RATING_LEVELS
    ]
    rows.append([QCoreApplication.translate("ReportTables", "Total"), ratings.total, ""])
    _fill(table, rows)


def reasons_table() -> QTableWidget:
    return make_table(
        [QCoreApplication.translate("ReportTables", "Reasons given for “dissatisfied”")],
        "reportReasons",
    )


def fill_reasons(table: QTableWidget, report: PeriodReport) -> None:
    _fill(table, [[reason] for reason in report.ratings.reasons])
