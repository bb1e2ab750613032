"""The procedure catalogue and the default queue service areas."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.resources import resource_path
from desktop_app.services.errors import NotFound
from desktop_app.storage.models import Procedure, ServiceArea
from motcua_core.domain.online_level import parse_online_level
from motcua_core.domain.text import fold_for_search
from motcua_core.domain.work_calendar import LimitUnit, TimeLimit


@dataclass(frozen=True)
class ProcedureInfo:
    id: uuid.UUID
    code: str
    name: str
    field: str
    limit: TimeLimit
    same_day: bool
    fee_text: str
    fee_is_local: bool
    required_documents: tuple[str, ...]
    area_code: str | None


@dataclass(frozen=True)
class LoadResult:
    added: int
    updated: int
    unchanged: int


_PROCEDURE_FIELDS = ("name", "field", "limit_unit", "same_day", "fee_text", "area_code")


def procedure_info(row: Procedure) -> ProcedureInfo:
    return ProcedureInfo(
        id=row.id,
        code=row.code,
        name=row.name,
        field=row.field,
        limit=TimeLimit(row.limit_amount, LimitUnit(row.limit_unit)),
        same_day=row.same_day,
        fee_text=row.local_fee_text or row.fee_text,
        fee_is_local=row.local_fee_text is not None,
        required_documents=tuple(row.required_documents or ()),
        area_code=row.area_code,
    )


def procedure_from_entry(entry: dict[str, Any]) -> ProcedureInfo:
    """A catalogue file entry as a ``ProcedureInfo`` (not stored; its id is new)."""
    row = _new_procedure(entry)
    return procedure_info(row)


def read_catalogue_file(path: Path | None = None) -> list[dict[str, Any]]:
    """The procedures of a catalogue file (the shipped seed by default)."""
    path = path or resource_path("catalogue", "procedures.json")
    return list(_read_json(path)["procedures"])


def load_catalogue(session: Session, entries: list[dict[str, Any]]) -> LoadResult:
    """Insert or update procedures by code; running it again changes nothing.

    A local fee override (``local_fee_text``) set at the office is kept.
    """
    existing = _procedures_by_code(session)
    added = updated = 0
    for entry in entries:
        row = existing.get(entry["code"])
        if row is None:
            session.add(_new_procedure(entry))
            added += 1
        elif _update_procedure(row, entry):
            updated += 1
    session.flush()
    return LoadResult(added, updated, len(entries) - added - updated)


def _read_json(path: Path) -> dict[str, Any]:
    return dict(json.loads(path.read_text(encoding="utf-8")))


def _procedures_by_code(session: Session) -> dict[str, Procedure]:
    return {p.code: p for p in session.scalars(select(Procedure))}


def _new_procedure(entry: dict[str, Any]) -> Procedure:
    row = Procedure(id=uuid.uuid4(), code=entry["code"], required_documents=[])
    _update_procedure(row, entry)
    return row


def _update_procedure(row: Procedure, entry: dict[str, Any]) -> bool:
    """Bring ``row`` in line with a catalogue entry; True when anything changed."""
    amount = Decimal(str(entry["limit_amount"]))
    changed = row.limit_amount is None or Decimal(row.limit_amount) != amount
    row.limit_amount = amount
    for name, value in _entry_values(entry).items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    return changed


def _entry_values(entry: dict[str, Any]) -> dict[str, Any]:
    """The columns a catalogue entry sets (but the time limit's amount), with their defaults."""
    wanted: dict[str, Any] = {f: entry.get(f) for f in _PROCEDURE_FIELDS}
    wanted["same_day"] = bool(entry.get("same_day", False))
    wanted["fee_text"] = entry.get("fee_text", "")
    wanted["name_key"] = fold_for_search(entry["name"])
    wanted["required_documents"] = list(entry.get("required_documents", []))
    wanted["online_level"] = parse_online_level(entry.get("online_level"))
    return wanted


def load_service_areas(session: Session, office_id: uuid.UUID) -> LoadResult:
    """Create the default service areas the office does not have yet (existing ones are kept)."""
    entries = _read_json(resource_path("catalogue", "service_areas.json"))["service_areas"]
    known = _area_codes(session, office_id)
    added = 0
    for entry in entries:
        if entry["code"] not in known:
            session.add(ServiceArea(id=uuid.uuid4(), office_id=office_id, **entry))
            added += 1
    session.flush()
    return LoadResult(added, 0, len(entries) - added)


def _area_codes(session: Session, office_id: uuid.UUID) -> set[str]:
    return set(session.scalars(select(ServiceArea.code).where(ServiceArea.office_id == office_id)))


def get_procedure(session: Session, code: str) -> ProcedureInfo:
    """The procedure with ``code`` (short code ``2.000815`` or the full provincial code).

    Raises:
        NotFound: no such procedure in the catalogue.
    """
    code = code.strip()
    row = _procedure_with_code(session, code)
    if row is None and "." in code:
        row = _procedure_with_code(session, short_code(code))
    if row is None:
        raise NotFound(
            f"no procedure with code {code!r} in the catalogue",
            f"Không có thủ tục mã {code} trong danh mục.",
        )
    return procedure_info(row)


def short_code(code: str) -> str:
    """The national part of a provincial procedure code.

    ``2.000815.000.00.00.H61`` → ``2.000815``.
    """
    return ".".join(code.split(".")[:2])


def _procedure_with_code(session: Session, code: str) -> Procedure | None:
    return session.scalars(select(Procedure).where(Procedure.code == code)).one_or_none()


def search_procedures(session: Session, text: str, limit: int = 20) -> list[ProcedureInfo]:
    """Procedures whose code starts with ``text`` or whose name contains it, accents ignored."""
    key = fold_for_search(text)
    query = (
        select(Procedure)
        .where(Procedure.active.is_(True))
        .where(Procedure.code.startswith(text.strip()) | Procedure.name_key.contains(key))
        .order_by(Procedure.code)
        .limit(limit)
    )
    return [procedure_info(p) for p in session.scalars(query)]


def count_procedures(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(Procedure)) or 0)
