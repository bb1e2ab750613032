"""``IndexDashboard``: the office's service index (Decision 766) in the reports window.

An official period (the last twelve months, the quarter, six and nine months, the year), the
total and each group against its maximum (a table with bars), the trend over the last months,
and the dossiers that cost points (late, dissatisfied, not digitised): a double click or Enter
on one opens it. The index is computed on the worker thread
(``services.reports.index766.index_dashboard``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.printing.index766_pdf import vi_number
from desktop_app.services.reports.index766 import IndexDashboard as DashboardData
from desktop_app.ui.common.operations import run_operation, user_message
from desktop_app.ui.reports import dashboard_parts as parts
from desktop_app.ui.reports.dashboard_actions import DashboardActions
from desktop_app.ui.reports.dashboard_dossier import DashboardDossier
from motcua_core.domain.report_periods import (
    ReportPeriod,
    month_period,
    quarter_period,
    year_part_period,
)

if TYPE_CHECKING:
    from desktop_app.app import AppContext
    from desktop_app.services.reports.index766_costs import CostlyDossier

MONTHS_OFFERED = 12


def official_month_of(day: date) -> tuple[int, int]:
    """The official month ``day`` reports in (from the 15th on, the next month's)."""
    if day.day <= 14:
        return day.year, day.month
    return (day.year, day.month + 1) if day.month < 12 else (day.year + 1, 1)


def offered_periods(today: date) -> list[ReportPeriod]:
    """The current official month and the eleven before it, the quarter, 6 and 9 months, year."""
    year, month = official_month_of(today)
    months = []
    for _ in range(MONTHS_OFFERED):
        months.append(month_period(year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    year, month = official_month_of(today)
    wider = [
        quarter_period(year, (month - 1) // 3 + 1),
        year_part_period(year, 6, f"{year}-h1"),
        year_part_period(year, 9, f"{year}-9m"),
        year_part_period(year, 12, str(year)),
    ]
    return months + wider


class IndexDashboard(QWidget):
    """Period choice, totals with bars, trend, costly dossiers; ``dashboard_shown(data)``."""

    dashboard_shown = Signal(object)
    dossier_opened = Signal(object)  # the DashboardDossier dialog

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indexDashboard")
        self.context = context
        self.actions = DashboardActions(context)
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.data: DashboardData | None = None
        self.busy = False
        self.dialogs: list[DashboardDossier] = []
        self._build()
        self.fill_periods()

    def _build(self) -> None:
        self.period_box = QComboBox(objectName="indexPeriod")
        self.build_button = QPushButton(self.tr("Compute the index"), objectName="indexBuild")
        self.build_button.clicked.connect(self.build)
        self.total = QLabel(objectName="indexTotal", wordWrap=True)
        self.total.setStyleSheet("font-size: 16px; font-weight: bold; color: #0b3d6e;")
        self.scores = parts.score_table()
        self.trend = parts.trend_chart()
        self.cost_filter = QComboBox(objectName="indexCostFilter")
        self.cost_filter.addItem(self.tr("All dossiers that cost points"), "")
        for key, label in parts.cost_labels().items():
            self.cost_filter.addItem(label, key)
        self.cost_filter.currentIndexChanged.connect(self._show_costly)
        self.costly = parts.costly_table()
        self.costly.cellDoubleClicked.connect(self._open_row)
        self.costly.installEventFilter(self)
        self.status = QLabel(objectName="indexStatus", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addLayout(self._controls())
        layout.addWidget(self.total)
        layout.addWidget(self._scrolled(self._body()), 1)
        layout.addWidget(self.status)

    @staticmethod
    def _scrolled(body: QWidget) -> QScrollArea:
        """The tables and the chart, scrolled when the window is too low to show them."""
        area = QScrollArea(objectName="indexBody", widgetResizable=True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(body)
        return area

    def _controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Reporting period:")))
        row.addWidget(self.period_box)
        row.addWidget(self.build_button)
        row.addStretch(1)
        return row

    def _body(self) -> QSplitter:
        """The scores, the trend and the costly dossiers one under the other: each gets the
        tab's whole width (side by side the table's headings were cut at 1100×720)."""
        bottom = QWidget()
        column = QVBoxLayout(bottom)
        column.setContentsMargins(0, 0, 0, 0)
        hint = self.tr("Dossiers that cost points (double click or Enter opens the dossier):")
        filters = QHBoxLayout()
        filters.addWidget(QLabel(hint, wordWrap=True), 1)
        filters.addWidget(self.cost_filter)
        column.addLayout(filters)
        column.addWidget(self.costly)
        split = QSplitter(Qt.Orientation.Vertical, objectName="indexSplit")
        split.setChildrenCollapsible(False)
        for part in (self.scores, self.trend, bottom):
            split.addWidget(part)
        split.setSizes([300, 240, 300])
        return split

    # --- period and building ------------------------------------------------------------------

    def fill_periods(self) -> None:
        """Offer the official periods around the office's today."""
        today = self.clock().astimezone(self.context.settings.zone).date()
        self.period_box.clear()
        for period in offered_periods(today):
            label = self.tr("{name}: {start} – {end}").format(
                name=period.name, start=f"{period.start:%d/%m/%Y}", end=f"{period.end:%d/%m/%Y}"
            )
            self.period_box.addItem(label, period)

    def period(self) -> ReportPeriod:
        return self.period_box.currentData()

    def build(self) -> None:
        """Compute the index of the chosen period on the worker thread."""
        if self.busy:
            return
        period, now = self.period(), self.clock()
        self.busy = True
        self.build_button.setEnabled(False)
        self.status.setText(self.tr("Computing the index…"))
        run_operation(self, lambda: self.actions.dashboard(period, now), self.show_data,
                      self._failed)  # fmt: skip

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.build_button.setEnabled(True)
        self.status.setText(user_message(error, self.tr("The index could not be computed.")))

    def show_data(self, data: DashboardData) -> None:
        self.busy = False
        self.build_button.setEnabled(True)
        self.data = data
        index = data.current.index
        self.total.setText(self.tr(
            "Total {points} of {measured} points measured here (the index counts {maximum})"
        ).format(points=vi_number(float(index.points)),
                 measured=vi_number(float(index.max_measured), 0),
                 maximum=vi_number(float(index.maximum), 0)))  # fmt: skip
        parts.fill_scores(self.scores, index)
        parts.show_trend(self.trend, data.trend)
        self._show_costly()
        self.status.setText(" ".join(index.notes))
        self.dashboard_shown.emit(data)

    # --- the dossiers that cost points --------------------------------------------------------

    def shown_costly(self) -> list[CostlyDossier]:
        if self.data is None:
            return []
        kind = self.cost_filter.currentData()
        return [line for line in self.data.costly if not kind or line.kind == kind]

    def _show_costly(self) -> None:
        parts.fill_costly(self.costly, self.shown_costly(), self.context.settings.zone)

    def eventFilter(self, watched: object, event: object) -> bool:  # noqa: N802 (Qt's name)
        """Enter on the list opens the selected dossier."""
        if watched is self.costly and _is_enter(event):
            self._open_row(self.costly.currentRow(), 0)
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def _open_row(self, row: int, _column: int) -> None:
        item = self.costly.item(row, 0) if row >= 0 else None
        if item is not None:
            self.open_dossier(item.text())

    def open_dossier(self, code: str) -> DashboardDossier:
        """Open the dossier view (it deletes itself on close and leaves the list then)."""
        dialog = DashboardDossier(self.actions, code, self.clock, self)
        self.dialogs.append(dialog)
        dialog.destroyed.connect(lambda: self._forget(dialog))
        dialog.open()
        self.dossier_opened.emit(dialog)
        return dialog

    def _forget(self, dialog: DashboardDossier) -> None:
        self.dialogs = [d for d in self.dialogs if d is not dialog]


def _is_enter(event: object) -> bool:
    return (
        isinstance(event, QKeyEvent)
        and event.type() == QKeyEvent.Type.KeyPress
        and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
    )


def costly_rows(table: QTableWidget) -> list[str]:
    """The codes the list shows, top to bottom (for tests and the status line)."""
    return [table.item(row, 0).text() for row in range(table.rowCount())]
