"""The annex of form II.06a: the procedure and the apology letter's reason of each late dossier.

A dossier resolved late (column 10) or overdue at the end of the period (column 13) is listed
with its dates (from the history the form counted) and the reason of delay the department
wrote in the apology letter (Mẫu 04, ``extension_reason``); without a letter the reason is empty.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.storage.models import Dossier, Procedure

#: Codes looked up per query (well under every database's bound-parameter limit).
CHUNK = 500


def late_details(session: Session, codes: Sequence[str]) -> dict[str, tuple[str, str]]:
    """``code → (procedure name, reason of delay)`` of ``codes``."""
    details: dict[str, tuple[str, str]] = {}
    for chunk in _chunks(sorted(set(codes))):
        details.update(_read(session, chunk))
    return details


def _chunks(codes: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(codes), CHUNK):
        yield codes[start : start + CHUNK]


def _read(session: Session, codes: list[str]) -> dict[str, tuple[str, str]]:
    query = (
        select(Dossier.code, Procedure.name, Dossier.extension_reason)
        .join(Procedure, Procedure.id == Dossier.procedure_id)
        .where(Dossier.code.in_(codes))
    )
    return {code: (name, reason or "") for code, name, reason in session.execute(query)}
