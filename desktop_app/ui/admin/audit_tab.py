"""The audit log: who viewed or changed which dossier, when; filters; CSV and XLSX export."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
)

from desktop_app.ui.admin.audit_labels import (
    action_label,
    detail_label,
    entity_label,
    object_label,
)
from desktop_app.ui.admin.common import AdminTab, fill_rows, make_table


class AuditTab(AdminTab):
    def __init__(self, admin: Any) -> None:
        super().__init__(admin)
        self.rows: list[Any] = []
        self._build_fields()
        self.table = self._build_table()
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_filters())
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

    def _build_fields(self) -> None:
        """The filter fields: a period of the last 30 days, officer, action, dossier code."""
        self.start = QDateEdit(calendarPopup=True, objectName="auditStart")
        self.end = QDateEdit(calendarPopup=True, objectName="auditEnd")
        for field, days in ((self.start, -30), (self.end, 0)):
            field.setDisplayFormat("dd/MM/yyyy")
            field.setDate(QDate.currentDate().addDays(days))
        self.username = QLineEdit(objectName="auditUsername")
        self.username.setPlaceholderText(self.tr("username"))
        self.action = QComboBox(objectName="auditAction")
        self.action.addItem(self.tr("All actions"), "")
        self.code = QLineEdit(objectName="auditDossierCode")
        self.code.setPlaceholderText(self.tr("dossier code"))

    def _build_filters(self) -> QGridLayout:
        """The filter fields, three to a row, with the search and export buttons."""
        filters = QGridLayout()
        for index, (label, widget) in enumerate(((self.tr("From"), self.start),
                                                 (self.tr("To"), self.end),
                                                 (self.tr("Officer"), self.username),
                                                 (self.tr("Action"), self.action),
                                                 (self.tr("Dossier"), self.code))):  # fmt: skip
            filters.addWidget(QLabel(label), index // 3, 2 * (index % 3))
            filters.addWidget(widget, index // 3, 2 * (index % 3) + 1)
        filters.addLayout(self._build_buttons_row(), 1, 4, 1, 3)
        filters.setColumnStretch(3, 1)
        filters.setColumnStretch(5, 1)
        return filters

    def _build_buttons_row(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Search"), self.search), (self.tr("Export CSV…"),
                           lambda: self._ask("csv")), (self.tr("Export XLSX…"),
                           lambda: self._ask("xlsx"))):  # fmt: skip
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        return buttons

    def _build_table(self) -> QTableWidget:
        return make_table(
            [
                self.tr("When"),
                self.tr("Username"),
                self.tr("Officer"),
                self.tr("Action"),
                self.tr("Object"),
                self.tr("Object id"),
                self.tr("Dossier code"),
                self.tr("Detail"),
            ],
            "auditTable",
        )

    def criteria(self) -> Any:
        from desktop_app.services.reports.audit_log import AuditFilter

        tz = self.admin.context.settings.zone
        start = datetime.combine(self.start.date().toPython(), time(0), tz)
        end = datetime.combine(self.end.date().toPython() + timedelta(days=1), time(0), tz)
        return AuditFilter(
            start=start,
            end=end,
            username=self.username.text(),
            action=self.action.currentData() or "",
            dossier_code=self.code.text(),
        )

    def refresh(self) -> None:
        from desktop_app.services.reports.audit_log import audit_actions

        self.admin.run_admin(lambda s, _sc: audit_actions(s), self._actions, write=False)
        self.search()

    def _actions(self, actions: list[str]) -> None:
        current = self.action.currentData()
        self.action.clear()
        self.action.addItem(self.tr("All actions"), "")
        for action in actions:
            self.action.addItem(action_label(action), action)
        self.action.setCurrentIndex(max(0, self.action.findData(current)))

    def search(self) -> None:
        from desktop_app.services.reports.audit_log import search_audit

        criteria = self.criteria()
        self.admin.run_admin(lambda s, _sc: search_audit(s, criteria), self._show, write=False)

    def _show(self, rows: list[Any]) -> None:
        self.rows = rows
        tz = self.admin.context.settings.zone
        fill_rows(self.table, [[f"{r.at.astimezone(tz):%d/%m/%Y %H:%M:%S}", r.username,
                                r.staff_name, action_label(r.action), entity_label(r.entity),
                                object_label(r.entity, r.entity_id), r.dossier_code,
                                detail_label(r.detail)] for r in rows])  # fmt: skip
        self.count.setText(self.tr("{count} entries").format(count=len(rows)))

    def _ask(self, suffix: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the audit log"),
                                              str(Path.home() / f"nhat-ky.{suffix}"),
                                              f"{suffix.upper()} (*.{suffix})")  # fmt: skip
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        """Write the rows shown to ``path`` (.csv or .xlsx)."""
        from desktop_app.printing.audit_export import write_audit_csv, write_audit_xlsx

        rows, tz = list(self.rows), self.admin.context.settings.zone
        writer = write_audit_xlsx if path.suffix.lower() == ".xlsx" else write_audit_csv
        self.admin.run_admin(lambda _s, _sc: writer(rows, path, tz), lambda _r: None,
                             write=False, done_message=self.tr("Saved {file}.").format(
                                 file=str(path)))  # fmt: skip
