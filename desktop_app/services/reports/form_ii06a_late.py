"""The annex of form II.06a: the late dossiers and the reasons their apology letters gave.

A dossier resolved late (column 10) or overdue at the end of the period (column 13) is listed
with its dates and the reason of delay the department wrote in the apology letter (Mẫu 04,
``extension_reason``); a late dossier without a letter has an empty reason.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.storage.models import Dossier, Procedure
from motcua_core.reports.form_ii06a_report import LateDossier

#: Codes looked up per query (well under every database's bound-parameter limit).
CHUNK = 500


def late_dossiers(session: Session, codes: Sequence[str]) -> tuple[LateDossier, ...]:
    """The annex lines of ``codes``."""
    return tuple(line for chunk in _chunks(sorted(set(codes))) for line in _read(session, chunk))


def _chunks(codes: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(codes), CHUNK):
        yield codes[start : start + CHUNK]


def _read(session: Session, codes: list[str]) -> list[LateDossier]:
    query = (
        select(Dossier.code, Procedure.field, Procedure.name, Dossier.received_at)
        .add_columns(Dossier.due_at, Dossier.finished_at, Dossier.extension_reason)
        .join(Procedure, Procedure.id == Dossier.procedure_id)
        .where(Dossier.code.in_(codes))
    )
    return [_line(row) for row in session.execute(query)]


def _line(row: Any) -> LateDossier:
    code, field, name, received, due, finished, reason = row
    return LateDossier(code, field, name, received, due, finished, reason or "")
