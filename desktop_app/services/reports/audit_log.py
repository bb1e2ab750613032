"""Reading the audit trail: who viewed or changed which dossier, when; filters and exports.

The trail is append-only: the application has no path that edits or deletes an audit row, and
the database refuses UPDATE and DELETE on ``audit_entry`` (triggers of migration 0006).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.errors import NotFound
from desktop_app.storage.models import AuditEntry, Dossier, Staff

MAX_ROWS = 5000
COLUMNS = ("at", "username", "staff_name", "action", "entity", "entity_id", "dossier_code",
           "detail")  # fmt: skip


@dataclass(frozen=True)
class AuditFilter:
    """Moments are UTC-aware, ``end`` excluded; empty fields do not filter."""

    start: datetime | None = None
    end: datetime | None = None
    username: str = ""
    action: str = ""
    dossier_code: str = ""


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    username: str
    staff_name: str
    action: str
    entity: str
    entity_id: str
    dossier_code: str
    detail: str


def search_audit(
    session: Session, criteria: AuditFilter, *, limit: int = MAX_ROWS
) -> list[AuditRow]:
    """The newest audit rows matching ``criteria`` (at most ``limit``).

    Raises:
        NotFound: the dossier code or username names nothing.
    """
    query = (
        select(AuditEntry, Staff.username, Staff.full_name)
        .outerjoin(Staff, Staff.id == AuditEntry.staff_id)
        .order_by(AuditEntry.at.desc())
        .limit(limit)
    )
    rows = session.execute(_filtered(session, query, criteria)).all()
    codes = _dossier_codes(session, [e.entity_id for e, _u, _n in rows if e.entity == "dossier"])
    return [
        AuditRow(entry.at, username or "", full_name or "", entry.action, entry.entity,
                 entry.entity_id or "", codes.get(entry.entity_id or "", ""), entry.detail)
        for entry, username, full_name in rows
    ]  # fmt: skip


def _filtered(session: Session, query: Any, criteria: AuditFilter) -> Any:
    """``query`` narrowed by each field of ``criteria`` that is filled in."""
    if criteria.start is not None:
        query = query.where(AuditEntry.at >= criteria.start)
    if criteria.end is not None:
        query = query.where(AuditEntry.at < criteria.end)
    if criteria.action.strip():
        query = query.where(AuditEntry.action == criteria.action.strip())
    if criteria.username.strip():
        query = query.where(Staff.username == criteria.username.strip().lower())
    if criteria.dossier_code.strip():
        dossier_id = _dossier_id(session, criteria.dossier_code.strip().upper())
        query = query.where(AuditEntry.entity == "dossier", AuditEntry.entity_id == str(dossier_id))
    return query


def _dossier_id(session: Session, code: str) -> uuid.UUID:
    dossier_id = session.scalar(select(Dossier.id).where(Dossier.code == code))
    if dossier_id is None:
        raise NotFound(f"no dossier has the code {code}", f"Không có hồ sơ mã số {code}.")
    return dossier_id


def _dossier_codes(session: Session, ids: list[str | None]) -> dict[str, str]:
    parsed = {}
    for text in ids:
        try:
            parsed[uuid.UUID(str(text))] = str(text)
        except ValueError:
            continue
    if not parsed:
        return {}
    found = session.execute(select(Dossier.id, Dossier.code).where(Dossier.id.in_(parsed)))
    return {parsed[i]: code for i, code in found}


def audit_actions(session: Session) -> list[str]:
    """The distinct actions recorded so far (for the filter's list)."""
    return sorted(session.scalars(select(AuditEntry.action).distinct()))
