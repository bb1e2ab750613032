"""The procedure catalogue (read-only, owned by the central server) with local fee overrides."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from desktop_app.ui.admin.common import AdminTab, box, fill_rows, make_table, selected_text
from motcua_core.domain.text import fold_for_search


class CatalogueTab(AdminTab):
    def __init__(self, admin: Any) -> None:
        super().__init__(admin)
        self.procedures: list[Any] = []
        self.search = QLineEdit(objectName="adminProcedureSearch")
        self.search.setPlaceholderText(self.tr("Search by code or name (accents optional)"))
        self.search.textChanged.connect(self._filter)
        self.table = make_table([self.tr("Code"), self.tr("Procedure"), self.tr("Field"),
                                 self.tr("Time limit"), self.tr("Fee"), self.tr("Fee source")],
                                "adminProcedures")  # fmt: skip
        self.table.itemSelectionChanged.connect(self._selected)
        self.code = QLabel()
        self.fee = QLineEdit(objectName="adminLocalFee")
        row = QHBoxLayout()
        row.addWidget(self.code)
        row.addWidget(self.fee, 1)
        for text, slot in ((self.tr("Save local fee"), self.save_fee),
                           (self.tr("Back to the catalogue fee"), self.clear_fee)):  # fmt: skip
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(box(self.tr("Local fee (marked as local; the catalogue is not changed)"),
                             layout=row))  # fmt: skip

    def refresh(self) -> None:
        from desktop_app.services.office.administration import list_procedures

        self.admin.run_admin(lambda s, _sc: list_procedures(s), self._show, write=False)

    def _show(self, procedures: list[Any]) -> None:
        self.procedures = procedures
        self._filter()

    def _filter(self) -> None:
        key = fold_for_search(self.search.text())
        local, catalogue = self.tr("local"), self.tr("catalogue")
        shown = [p for p in self.procedures if not key or key in fold_for_search(p.name)
                 or p.code.startswith(key)]  # fmt: skip
        fill_rows(self.table, [[p.code, p.name, p.field, self.limit_text(p.limit),
                                p.fee_text, local if p.fee_is_local else catalogue]
                               for p in shown])  # fmt: skip

    def limit_text(self, limit: Any) -> str:
        """``5 working_days`` → "5 ngày làm việc"; the same day → "Trong ngày"."""
        units = {"hours": self.tr("{n} hours"), "working_days": self.tr("{n} working days"),
                 "half_days": self.tr("{n} half days"),
                 "calendar_days": self.tr("{n} calendar days")}  # fmt: skip
        unit = str(getattr(limit.unit, "value", limit.unit))
        if unit == "same_day":
            return self.tr("Same day")
        amount = Decimal(str(limit.amount))
        number = f"{amount:f}".rstrip("0").rstrip(".") if "." in f"{amount:f}" else f"{amount:f}"
        return units.get(unit, "{n} " + unit).format(n=number.replace(".", ","))

    def _selected(self) -> None:
        code = selected_text(self.table)
        if code:
            self.code.setText(code)
            self.fee.setText(self.table.item(self.table.currentRow(), 4).text())

    def _save(self, text: str | None) -> None:
        from desktop_app.services.office.administration import set_local_fee

        code = self.code.text()
        if not code:
            return
        self.admin.run_admin(
            lambda s, sc: set_local_fee(s, code, text, actor_id=sc.actor_id, at=sc.at),
            lambda _r: self.refresh(), done_message=self.admin.saved_text(),
        )  # fmt: skip

    def save_fee(self) -> None:
        self._save(self.fee.text())

    def clear_fee(self) -> None:
        self._save(None)
