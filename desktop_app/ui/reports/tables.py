"""The report's tables: summary, breakdown, queue per area/counter/officer, ratings."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from desktop_app.services.reports import (
    RATING_LEVELS,
    DossierFigures,
    DurationFigures,
    PeriodReport,
    format_number_vi,
    format_share_vi,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("ReportTables", text)


def figure_labels() -> list[tuple[str, str]]:
    """(field of DossierFigures, label) in the order the authorities list them."""
    return [
        ("visits", _t("Citizen visits")),
        ("dossiers_received", _t("Dossiers received")),
        ("received_in_person", _t("  in person")),
        ("received_online", _t("  online")),
        ("received_by_post", _t("  by post")),
        ("resolved_before_due", _t("Resolved before due")),
        ("resolved_on_time", _t("Resolved on time")),
        ("resolved_late", _t("Resolved late")),
        ("open_within_limit", _t("Open, within the limit")),
        ("open_overdue", _t("Open, overdue")),
        ("supplements", _t("Supplements requested")),
        ("refusals", _t("Refused")),
        ("withdrawals", _t("Withdrawn")),
        ("stopped", _t("Stopped")),
        ("extensions", _t("Extended (apology letter)")),
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
    return make_table([_t("Figure"), _t("Count"), _t("Share of resolved")], "reportSummary")


def fill_summary(table: QTableWidget, figures: DossierFigures) -> None:
    rows = []
    for field, label in figure_labels():
        value = getattr(figures, field)
        share = format_share_vi(figures.share(value)) if field in _SHARED else ""
        rows.append([label, value, share])
    _fill(table, rows)


def breakdown_table() -> QTableWidget:
    return make_table(
        [_t("Key"), _t("Name"), _t("Received"), _t("Before due"), _t("On time"), _t("Late"),
         _t("% before due"), _t("% on time"), _t("% late"), _t("Open, within limit"),
         _t("Open, overdue")],
        "reportBreakdown",
    )  # fmt: skip


def fill_breakdown(table: QTableWidget, report: PeriodReport) -> None:
    rows = []
    for row in report.breakdown:
        f = row.figures
        rows.append([row.key, row.label, f.dossiers_received, f.resolved_before_due,
                     f.resolved_on_time, f.resolved_late,
                     format_share_vi(f.share(f.resolved_before_due)),
                     format_share_vi(f.share(f.resolved_on_time)),
                     format_share_vi(f.share(f.resolved_late)),
                     f.open_within_limit, f.open_overdue])  # fmt: skip
    _fill(table, rows)


def queue_table(name: str) -> QTableWidget:
    return make_table(
        [_t("Name"), _t("Tickets issued"), _t("Served"), _t("No-shows"),
         _t("Wait, median (min)"), _t("Wait, 90th pct (min)"), _t("Service, median (min)"),
         _t("Service, 90th pct (min)")],
        name,
    )  # fmt: skip


def fill_queue(table: QTableWidget, rows: Sequence[DurationFigures]) -> None:
    _fill(table, [[r.label or r.key, r.issued, r.served, r.no_shows, r.wait_median, r.wait_p90,
                   r.service_median, r.service_p90] for r in rows])  # fmt: skip


def level_labels() -> dict[str, str]:
    return {
        "very_satisfied": _t("Very satisfied"),
        "satisfied": _t("Satisfied"),
        "dissatisfied": _t("Dissatisfied"),
    }


def ratings_table() -> QTableWidget:
    return make_table([_t("Rating"), _t("Count"), _t("Share")], "reportRatings")


def fill_ratings(table: QTableWidget, report: PeriodReport) -> None:
    labels, ratings = level_labels(), report.ratings
    rows: list[list[object]] = [
        [labels[level], ratings.counts.get(level, 0), format_share_vi(ratings.shares[level])]
        for level in RATING_LEVELS
    ]
    rows.append([_t("Total"), ratings.total, ""])
    _fill(table, rows)


def reasons_table() -> QTableWidget:
    return make_table([_t("Reasons given for “dissatisfied”")], "reportReasons")


def fill_reasons(table: QTableWidget, report: PeriodReport) -> None:
    _fill(table, [[reason] for reason in report.ratings.reasons])
