"""Documents the citizen had digitised for an earlier dossier, offered again for a line.

When the officer finishes typing the ID number, the citizen's documents still valid today
are read; a checklist line whose name matches one (accents and case aside) offers it, and one
key takes it instead of a new scan. The reuse is recorded when the dossier is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop_app.ui.common.operations import run_operation, user_message
from motcua_core.domain.text import fold_for_search


def same_document(line_name: str, offered_name: str) -> bool:
    """Whether a checklist line and an earlier document name the same paper."""
    line, offered = fold_for_search(line_name).strip(), fold_for_search(offered_name).strip()
    return bool(line and offered) and (line == offered or line in offered or offered in line)


class ReuseOffers(QObject):
    """The citizen's reusable documents; ``changed`` once they are read."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.candidates: list[Any] = []
        self.id_number = ""

    def look_up(self, read: Callable[[str, date], list[Any]], id_number: str, on_day: date) -> None:
        """Read the documents of ``id_number`` valid on ``on_day`` with ``read`` (a session's)."""
        self.id_number = id_number
        run_operation(self, lambda: read(id_number, on_day),
                      lambda found: self._found(id_number, found), user_message)  # fmt: skip

    def _found(self, id_number: str, found: list[Any]) -> None:
        if id_number != self.id_number:  # the officer typed another number meanwhile
            return
        self.candidates = list(found)
        self.changed.emit()

    def offer_for(self, line_name: str) -> Any:
        """The newest earlier document matching ``line_name``, or None."""
        return next((c for c in self.candidates if same_document(line_name, c.name)), None)

    def clear(self) -> None:
        self.id_number = ""
        if self.candidates:
            self.candidates = []
            self.changed.emit()
