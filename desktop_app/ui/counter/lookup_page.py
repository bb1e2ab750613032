"""Tra cứu: one search field (codes scanned with Enter, names without accents, ID, phone)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.dossiers.lookup import SearchFilters, SearchKind, SearchPage, SortKey
from desktop_app.ui.common.operations import run_operation
from desktop_app.ui.counter.dossier_dialog import DossierDialog
from motcua_core.domain.lifecycle import DossierStatus

if TYPE_CHECKING:
    from desktop_app.ui.counter.window import CounterPage

PAGE_ORDER = 20
PAGE_SIZE = 50
COLUMN_SORTS = {0: SortKey.CODE, 1: SortKey.NAME, 4: SortKey.RECEIVED_DESC, 5: SortKey.DUE}


def page_title() -> str:
    return QCoreApplication.translate("LookupPage", "Lookup")


def make_page(counter: CounterPage) -> QWidget:
    return LookupPage(counter)


class LookupPage(QWidget):
    """Search, filters, a paginated result table, and the dossier view on Enter/double-click."""

    def __init__(self, counter: CounterPage) -> None:
        super().__init__()
        self.setObjectName("lookupPage")
        self.counter = counter
        self.offset = 0
        self.sort: SortKey | None = None
        self.page_result: SearchPage | None = None
        self.dialogs: list[DossierDialog] = []
        self.search = QLineEdit(objectName="lookupSearch")
        self.search.setPlaceholderText(
            self.tr("Dossier code (scan), name without accents, ID number or phone — Enter")
        )
        self._build_filters()
        self.message = QLabel(objectName="lookupMessage")
        self.table = self._build_table()
        self.previous_button = QPushButton(self.tr("‹ Previous"))
        self.next_button = QPushButton(self.tr("Next ›"))
        self.page_label = QLabel()
        self._lay_out()
        self.search.returnPressed.connect(self.run_search)
        self.table.cellActivated.connect(self._open_row)
        self.table.cellDoubleClicked.connect(self._open_row)
        self.table.horizontalHeader().sectionClicked.connect(self._sort_by)
        self.previous_button.clicked.connect(lambda: self._turn(-1))
        self.next_button.clicked.connect(lambda: self._turn(1))
        self._update_pager()

    def _build_filters(self) -> None:
        """Status, procedure, received period, overdue and due-within filters."""
        self.status = QComboBox(objectName="statusFilter")
        self.status.addItem(self.tr("All statuses"), None)
        for status in DossierStatus:
            self.status.addItem(f"{int(status)} — {status.label_vi}", int(status))
        self.procedure = QLineEdit(objectName="procedureFilter")
        self.procedure.setPlaceholderText(self.tr("Procedure code"))
        self.use_period = QCheckBox(self.tr("Received from"))
        self.date_from = QDateEdit(QDate.currentDate().addMonths(-1), calendarPopup=True)
        self.date_to = QDateEdit(QDate.currentDate(), calendarPopup=True)
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("dd/MM/yyyy")
        self.overdue = QCheckBox(self.tr("Overdue"), objectName="overdueFilter")
        self.due_within = QSpinBox(objectName="dueWithin", minimum=0, maximum=60)
        self.due_within.setSpecialValueText(self.tr("Due within: any"))
        self.due_within.setSuffix(self.tr(" days"))

    def _build_table(self) -> QTableWidget:
        """The results, one row per dossier, selected whole, not editable."""
        table = QTableWidget(0, 6, objectName="lookupResults")
        table.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Applicant"), self.tr("Procedure"), self.tr("Status"),
            self.tr("Received"), self.tr("Due"),
        ])  # fmt: skip
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        return table

    def _lay_out(self) -> None:
        """Filters on two rows, each wide enough for its text at the default window size."""
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.procedure.setMinimumWidth(self.procedure.fontMetrics().horizontalAdvance(
            self.procedure.placeholderText()) + 24)  # fmt: skip
        self.due_within.setMinimumWidth(self.due_within.fontMetrics().horizontalAdvance(
            self.due_within.specialValueText()) + 40)  # fmt: skip
        # Two independent rows: a grid would give each column the widest of both rows.
        filters = QVBoxLayout()
        to_label = QLabel(self.tr("to"))
        for widgets in ((self.status, self.procedure, self.overdue, self.due_within),
                        (self.use_period, self.date_from, to_label, self.date_to)):  # fmt: skip
            row = QHBoxLayout()
            for widget in widgets:
                row.addWidget(widget)
            row.addStretch(1)
            filters.addLayout(row)
        pager = QHBoxLayout()
        pager.addWidget(self.previous_button)
        pager.addWidget(self.page_label)
        pager.addWidget(self.next_button)
        pager.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(pager)

    def focus_first(self) -> None:
        self.focus_search()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def handle_scan(self, text: str) -> bool:
        """A citizen's card scanned here finds the citizen's dossiers by the card's ID number."""
        from motcua_core.domain.cccd_qr import (
            CardPayloadError,
            looks_like_card_payload,
            parse_card_payload,
        )

        if not looks_like_card_payload(text):
            return False
        try:
            card = parse_card_payload(text, today=self.counter.now().date())
        except CardPayloadError as error:
            self.message.setText(error.message_vi)
            return True
        self.search.setText(card.id_number)
        self.run_search()
        return True

    def filters(self) -> SearchFilters:
        status = self.status.currentData()
        period = self.use_period.isChecked()
        return SearchFilters(
            statuses=(DossierStatus(status),) if status else (),
            procedure_code=self.procedure.text().strip() or None,
            received_from=_day(self.date_from.date()) if period else None,
            received_to=_day(self.date_to.date()) if period else None,
            overdue=self.overdue.isChecked(),
            due_within_days=self.due_within.value() or None,
        )

    def run_search(self) -> None:
        """Search from the first page (Enter in the field; a scanner ends with Enter)."""
        self.offset = 0
        self._query()

    def _query(self) -> None:
        text, filters, offset, sort = self.search.text(), self.filters(), self.offset, self.sort
        actions = self.counter.actions

        def work() -> SearchPage:
            return actions.search(text, filters, offset=offset, limit=PAGE_SIZE, sort=sort)

        self.message.setText(self.tr("Searching…"))
        run_operation(self, work, self._show)

    def _show(self, page: SearchPage) -> None:
        self.page_result = page
        tz = self.counter.context.settings.zone
        self.table.setRowCount(len(page.items))
        for row, item in enumerate(page.items):
            due = f"{item.due_at.astimezone(tz):%H:%M %d/%m/%Y}" if item.due_at else ""
            received = f"{item.received_at.astimezone(tz):%d/%m/%Y}"
            procedure = f"{item.procedure_code} {item.procedure_name}"
            values = [
                item.code,
                item.applicant_name,
                procedure,
                item.status.label_vi,
                received,
                due,
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        for column in (0, 3, 4, 5):
            self.table.resizeColumnToContents(column)
        self._update_pager()
        if page.kind is SearchKind.CODE and not page.items:
            self.message.setText(
                self.tr("No dossier has the code {code}.").format(code=page.text.strip().upper())
            )
        elif not page.items:
            self.message.setText(self.tr("Nothing found."))
        else:
            self.message.setText(
                self.tr("{count} result(s) on this page.").format(count=len(page.items))
            )
        if page.kind is SearchKind.CODE and len(page.items) == 1 and page.offset == 0:
            self.open_dossier(page.items[0].code)

    def _update_pager(self) -> None:
        page = self.page_result
        self.previous_button.setEnabled(self.offset > 0)
        self.next_button.setEnabled(bool(page and page.has_more))
        self.page_label.setText(self.tr("Page {n}").format(n=self.offset // PAGE_SIZE + 1))

    def _turn(self, step: int) -> None:
        self.offset = max(0, self.offset + step * PAGE_SIZE)
        self._query()

    def _sort_by(self, column: int) -> None:
        if column in COLUMN_SORTS:
            self.sort = COLUMN_SORTS[column]
            self.offset = 0
            self._query()

    def _open_row(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.open_dossier(item.text())

    def open_dossier(self, code: str) -> DossierDialog:
        """Open the dossier view; every view deletes itself on close and leaves the list then."""
        dialog = DossierDialog(self.counter, code, self)
        self.dialogs.append(dialog)
        dialog.destroyed.connect(lambda: self._forget(dialog))
        dialog.open()
        return dialog

    def _forget(self, dialog: DossierDialog) -> None:
        self.dialogs = [d for d in self.dialogs if d is not dialog]

    def clear_personal_data(self) -> None:
        self.search.clear()
        self.table.setRowCount(0)
        self.message.clear()
        for dialog in self.dialogs:
            dialog.close()
        self.dialogs = []


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


__all__ = ["LookupPage", "make_page", "page_title"]
