"""Writing checked register rows: bulk inserts of applicants, dossiers and their name words.

A dossier whose code is already in the database (or earlier in the same chunk) is left out, so
an interrupted import can be run again. Known ID numbers reuse their applicant.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.dossiers.name_index import name_words
from desktop_app.services.dossiers.register_rows import RegisterRow
from desktop_app.storage.bulk import bulk_insert
from desktop_app.storage.models import Applicant, Dossier, DossierNameWord, utc_now
from motcua_core.domain.text import fold_for_search


def insert_rows(session: Session, rows: list[RegisterRow], office_id: uuid.UUID) -> int:
    """Bulk-insert validated rows (applicants, dossiers, name words); returns how many new."""
    fresh = _fresh_rows(session, rows)
    if not fresh:
        return 0
    keys = {row.line: fold_for_search(row.name) for row in fresh}
    applicant_ids = _applicants(session, fresh, keys)
    now = utc_now()
    dossiers, words = [], []
    for row in fresh:
        dossier_id = uuid.uuid4()
        key = keys[row.line]
        dossiers.append(
            _dossier_values(row, dossier_id, office_id, applicant_ids[row.line], key, now)
        )
        words.extend(_name_word_values(dossier_id, key))
    bulk_insert(session, Dossier.__table__, dossiers)
    if words:
        bulk_insert(session, DossierNameWord.__table__, words)
    return len(dossiers)


def _fresh_rows(session: Session, rows: list[RegisterRow]) -> list[RegisterRow]:
    """The rows whose code is neither in the database nor on an earlier row."""
    codes = [r.code for r in rows]
    existing = set(session.scalars(select(Dossier.code).where(Dossier.code.in_(codes))))
    fresh: dict[str, RegisterRow] = {}
    for row in rows:
        if row.code not in existing and row.code not in fresh:
            fresh[row.code] = row
    return list(fresh.values())


def _applicants(
    session: Session, rows: list[RegisterRow], keys: dict[int, str]
) -> dict[int, uuid.UUID]:
    """The applicant id of each row (by line): known ID numbers reuse their applicant."""
    known = _known_applicants(session, rows)
    new_rows, by_line = [], {}
    now = utc_now()
    for row in rows:
        applicant_id = known.get(row.id_number) if row.id_number else None
        if applicant_id is None:
            applicant_id = uuid.uuid4()
            if row.id_number:
                known[row.id_number] = applicant_id
            new_rows.append(_applicant_values(row, applicant_id, keys[row.line], now))
        by_line[row.line] = applicant_id
    if new_rows:
        bulk_insert(session, Applicant.__table__, new_rows)
    return by_line


def _known_applicants(session: Session, rows: list[RegisterRow]) -> dict[str, uuid.UUID]:
    """The applicants already recorded with an ID number of ``rows``, by that number."""
    numbers = {r.id_number for r in rows if r.id_number}
    if not numbers:
        return {}
    query = select(Applicant.id_number, Applicant.id).where(Applicant.id_number.in_(numbers))
    return {number: aid for number, aid in session.execute(query) if number}


def _applicant_values(
    row: RegisterRow, applicant_id: uuid.UUID, name_key: str, now: datetime
) -> dict[str, Any]:
    return {
        "id": applicant_id,
        "full_name": row.name,
        "name_key": name_key,
        "id_type": row.id_type,
        "id_number": row.id_number,
        "birth_date": None,
        "phone": row.phone,
        "email": None,
        "address": row.address,
        "created_at": now,
    }


def _dossier_values(
    row: RegisterRow, dossier_id: uuid.UUID, office_id: uuid.UUID, applicant_id: uuid.UUID,
    name_key: str, now: datetime,
) -> dict[str, Any]:  # fmt: skip
    return {
        "id": dossier_id, "code": row.code, "office_id": office_id,
        "procedure_id": row.procedure_id, "applicant_id": applicant_id, "name_key": name_key,
        "id_number": row.id_number, "phone": row.phone, "owner_name": None,
        "channel": row.channel, "status": row.status, "received_at": row.received_at,
        "due_at": row.due_at, "original_due_at": row.due_at, "extended": False,
        "paused_at": None, "finished_at": row.finished_at, "returned_at": row.returned_at,
        "sets_count": 1, "fee_text": "", "documents": [], "return_method": "counter",
        "return_address": None, "visit_ticket_id": None, "visit_key": row.visit_key,
        "request_id": None, "received_by_id": None, "updated_at": now,
    }  # fmt: skip


def _name_word_values(dossier_id: uuid.UUID, name_key: str) -> list[dict[str, Any]]:
    return [{"word": w, "dossier_id": dossier_id} for w in name_words(name_key)]
