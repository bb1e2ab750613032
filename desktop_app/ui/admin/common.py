"""Small helpers the administration tabs share: tables, boxes, time fields."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import time
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtWidgets import QGroupBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from desktop_app.services.errors import ServiceError
from desktop_app.ui.reports.tables import make_table

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop_app.app import AppContext
    from desktop_app.ui.admin.actions import AdminScope

__all__ = [
    "AdminHost",
    "AdminTab",
    "box",
    "fill_rows",
    "make_table",
    "parse_time",
    "selected_text",
]


class AdminHost(Protocol):
    """What a tab uses of the administration window (``AdminPage``) that holds it."""

    context: AppContext

    def run_admin(
        self,
        work: Callable[[Session, AdminScope], Any],
        on_success: Callable[[Any], None],
        *,
        write: bool = True,
        done_message: str = "",
    ) -> None: ...

    def show_error(self, error: Exception) -> None: ...

    def saved_text(self) -> str: ...


class AdminTab(QWidget):
    """A tab of the administration window; ``refresh()`` reloads what it shows."""

    def __init__(self, admin: AdminHost) -> None:
        super().__init__()
        self.admin = admin

    def refresh(self) -> None:  # pragma: no cover - every tab overrides it
        raise NotImplementedError


def box(title: str, *widgets: QWidget | None, layout: object = None) -> QGroupBox:
    """A titled group holding ``widgets`` (or the given layout) one under the other."""
    group = QGroupBox(title)
    column = QVBoxLayout(group)
    if layout is not None:
        column.addLayout(layout)  # type: ignore[arg-type]
    for widget in widgets:
        if widget is not None:
            column.addWidget(widget)
    return group


def fill_rows(table: QTableWidget, rows: Sequence[Sequence[object]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))


def selected_text(table: QTableWidget, column: int = 0) -> str:
    """The text in ``column`` of the selected row ("" when nothing is selected)."""
    row = table.currentRow()
    item = table.item(row, column) if row >= 0 else None
    return item.text() if item is not None else ""


def parse_time(text: str) -> time | None:
    """``"07:30"`` → 07:30; empty → None; anything else is refused in Vietnamese."""
    text = text.strip()
    if not text:
        return None
    try:
        hours, minutes = text.split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        raise ServiceError(f"not a time: {text}", f"Giờ “{text}” không hợp lệ (HH:MM).") from None
