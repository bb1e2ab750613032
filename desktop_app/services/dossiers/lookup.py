"""Finding dossiers: by exact code, by name without accents, by ID number or phone, with filters.

Searches are built so that a plain index serves them on SQLite and PostgreSQL alike, also on
millions of rows: an accent-folded name prefix is a range ``name_key >= key AND name_key <
key || U+FFFF`` on ``ix_dossier_name_key``; a word inside the name is the same range on
``dossier_name_word``'s primary key; ID numbers and phones are equalities on their indexes.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, and_, select
from sqlalchemy.orm import Session

from desktop_app.services.audit import record_audit
from desktop_app.services.errors import NotFound
from desktop_app.storage.models import Applicant, Dossier, DossierNameWord, Procedure
from motcua_core.domain.dossier_code import is_dossier_code
from motcua_core.domain.errors import InvalidIdentifier
from motcua_core.domain.identifiers import normalise_phone
from motcua_core.domain.lifecycle import DossierStatus
from motcua_core.domain.text import fold_for_search

RANGE_END = "\uffff"
MAX_PAGE_SIZE = 500
OPEN_STATUSES = (
    DossierStatus.NEW, DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS,
    DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.AWAITING_PAYMENT,
)  # fmt: skip
_DIGITS = re.compile(r"[\d\s.\-+()]+")


class SearchKind(StrEnum):
    """How the search text was read."""

    NONE = "none"
    CODE = "code"
    ID_NUMBER = "id_number"
    PHONE = "phone"
    NAME = "name"


class SortKey(StrEnum):
    RECEIVED_DESC = "received_desc"
    RECEIVED = "received"
    DUE = "due"
    NAME = "name"
    CODE = "code"


#: The column a code, an ID number or a phone number is looked up in.
_TEXT_COLUMNS: dict[SearchKind, Any] = {
    SearchKind.CODE: Dossier.code,
    SearchKind.ID_NUMBER: Dossier.id_number,
    SearchKind.PHONE: Dossier.phone,
}
#: Each sort's columns; the code breaks ties so that pages never overlap.
_ORDERS: dict[SortKey, tuple[Any, ...]] = {
    SortKey.RECEIVED_DESC: (Dossier.received_at.desc(), Dossier.code.desc()),
    SortKey.RECEIVED: (Dossier.received_at, Dossier.code),
    SortKey.DUE: (Dossier.due_at, Dossier.code),
    SortKey.NAME: (Dossier.name_key, Dossier.code),
    SortKey.CODE: (Dossier.code,),
}


@dataclass(frozen=True)
class SearchFilters:
    """Filters that narrow any search; all optional. Days are office-local dates."""

    statuses: tuple[DossierStatus, ...] = ()
    procedure_code: str | None = None
    received_from: date | None = None
    received_to: date | None = None
    overdue: bool = False
    due_within_days: int | None = None


@dataclass(frozen=True)
class DossierSummary:
    """One line of a result list (no personal data beyond the name)."""

    id: uuid.UUID
    code: str
    applicant_name: str
    procedure_code: str
    procedure_name: str
    status: DossierStatus
    received_at: datetime
    due_at: datetime | None


@dataclass(frozen=True)
class SearchPage:
    """A page of results; ``has_more`` tells whether a next page exists."""

    kind: SearchKind
    items: tuple[DossierSummary, ...]
    offset: int
    limit: int
    has_more: bool
    text: str = ""
    filters: SearchFilters = field(default_factory=SearchFilters)


def classify_text(text: str) -> tuple[SearchKind, str]:
    """What the typed (or scanned) text is, and its normalised search value."""
    cleaned = " ".join(text.split())
    if not cleaned:
        return SearchKind.NONE, ""
    if is_dossier_code(cleaned):
        return SearchKind.CODE, cleaned.upper()
    if _DIGITS.fullmatch(cleaned):
        return _classify_digits(cleaned)
    if re.fullmatch(r"[A-Za-z]{1,2}\d{6,8}", cleaned):
        return SearchKind.ID_NUMBER, cleaned.upper()
    return SearchKind.NAME, fold_for_search(cleaned)


def _classify_digits(cleaned: str) -> tuple[SearchKind, str]:
    """Digits (with spaces, dots, dashes): an ID number of 9 or 12 digits, else a phone."""
    digits = re.sub(r"\D", "", cleaned)
    if len(digits) in (9, 12) and not cleaned.startswith("+"):
        return SearchKind.ID_NUMBER, digits
    try:
        return SearchKind.PHONE, normalise_phone(cleaned)
    except InvalidIdentifier:
        return SearchKind.ID_NUMBER, digits


def search_dossiers(
    session: Session,
    text: str,
    *,
    filters: SearchFilters | None = None,
    now: datetime,
    tz: ZoneInfo,
    offset: int = 0,
    limit: int = 50,
    sort: SortKey | None = None,
) -> SearchPage:
    """A page of dossiers matching ``text`` (code, ID number, phone or name) and ``filters``.

    Name searches list full-name prefix matches first, then names with a word starting with the
    text ("nhung" finds "Nguyễn Thị Hồng Nhung"). Without text the filters alone list dossiers.
    """
    filters = filters or SearchFilters()
    limit = max(1, min(limit, MAX_PAGE_SIZE))
    kind, value = classify_text(text)
    sort = sort or _default_sort(kind)
    base = _apply_filters(_summary_query(), filters, now, tz)
    if kind is SearchKind.NAME:
        rows = _name_rows(session, base, value, sort, offset, limit + 1)
    else:
        query = _apply_text(base, kind, value)
        rows = list(session.execute(_ordered(query, sort).offset(offset).limit(limit + 1)))
    items = tuple(_summary(row) for row in rows[:limit])
    return SearchPage(kind, items, offset, limit, len(rows) > limit, text, filters)


def _default_sort(kind: SearchKind) -> SortKey:
    """Names in name order; everything else newest first."""
    return SortKey.NAME if kind is SearchKind.NAME else SortKey.RECEIVED_DESC


def _summary_query() -> Select[Any]:
    return select(
        Dossier.id, Dossier.code, Applicant.full_name, Procedure.code, Procedure.name,
        Dossier.status, Dossier.received_at, Dossier.due_at, Dossier.name_key,
    ).join(Procedure, Procedure.id == Dossier.procedure_id).outerjoin(
        Applicant, Applicant.id == Dossier.applicant_id
    )  # fmt: skip


def _summary(row: Any) -> DossierSummary:
    return DossierSummary(
        row[0], row[1], row[2] or "", row[3], row[4], DossierStatus(row[5]), row[6], row[7]
    )


def _apply_text(query: Select[Any], kind: SearchKind, value: str) -> Select[Any]:
    """An equality on the column the text was read as (names are searched apart)."""
    column = _TEXT_COLUMNS.get(kind)
    return query if column is None else query.where(column == value)


def _name_rows(
    session: Session, base: Select[Any], key: str, sort: SortKey, offset: int, wanted: int
) -> list[Any]:
    """Prefix matches of the full name, then word matches that are not prefix matches."""
    prefix = and_(Dossier.name_key >= key, Dossier.name_key < key + RANGE_END)
    first = list(session.execute(_ordered(base.where(prefix), sort).limit(offset + wanted)))
    if len(first) >= offset + wanted:
        return first[offset:]
    second_offset = max(0, offset - len(first))
    second_limit = offset + wanted - len(first) - second_offset
    second = _word_rows(session, base, key, prefix, sort, second_offset, second_limit)
    return first[offset:] + second


def _word_rows(
    session: Session,
    base: Select[Any],
    key: str,
    prefix: Any,
    sort: SortKey,
    offset: int,
    limit: int,
) -> list[Any]:
    """Dossiers with a name word starting with the longest word of ``key``.

    Driven by the word index: with the default (name) sort the rows come in the index's order
    (word, dossier), so the database stops after ``limit`` rows however common the word is.
    """
    query = _word_query(base, key, prefix)
    if sort is SortKey.NAME:
        query = query.order_by(DossierNameWord.word, DossierNameWord.dossier_id)
    else:
        query = _ordered(query, sort)
    return _one_per_dossier(session.execute(query.offset(offset).limit(limit)))


def _word_query(base: Select[Any], key: str, prefix: Any) -> Select[Any]:
    """Names with a word starting with the longest word of ``key`` (and all of ``key``)."""
    words = key.split(" ")
    longest = max(words, key=len)
    query = base.join(DossierNameWord, DossierNameWord.dossier_id == Dossier.id).where(
        DossierNameWord.word >= longest, DossierNameWord.word < longest + RANGE_END, ~prefix
    )
    if len(words) > 1:
        query = query.where(Dossier.name_key.contains(" " + key))
    return query


def _one_per_dossier(rows: Iterable[Any]) -> list[Any]:
    """Each dossier once: two words of one name may both match the prefix."""
    kept, seen = [], set()
    for row in rows:
        if row[0] not in seen:
            seen.add(row[0])
            kept.append(row)
    return kept


def _ordered(query: Select[Any], sort: SortKey) -> Select[Any]:
    return query.order_by(*_ORDERS[sort])


def _apply_filters(
    query: Select[Any], filters: SearchFilters, now: datetime, tz: ZoneInfo
) -> Select[Any]:
    if filters.statuses:
        query = query.where(Dossier.status.in_([int(s) for s in filters.statuses]))
    if filters.procedure_code:
        query = query.where(Procedure.code == filters.procedure_code.strip())
    query = _received_between(query, filters, tz)
    return _due_filters(query, filters, now)


def _received_between(query: Select[Any], filters: SearchFilters, tz: ZoneInfo) -> Select[Any]:
    """From the start of ``received_from`` to the end of ``received_to``, office-local days."""
    if filters.received_from:
        start = datetime.combine(filters.received_from, time(0), tz)
        query = query.where(Dossier.received_at >= start)
    if filters.received_to:
        end = datetime.combine(filters.received_to + timedelta(days=1), time(0), tz)
        query = query.where(Dossier.received_at < end)
    return query


def _due_filters(query: Select[Any], filters: SearchFilters, now: datetime) -> Select[Any]:
    """Open dossiers past their due moment, or due within the next days."""
    if filters.overdue or filters.due_within_days is not None:
        query = query.where(Dossier.status.in_([int(s) for s in OPEN_STATUSES]))
    if filters.overdue:
        query = query.where(Dossier.due_at < now)
    if filters.due_within_days is not None:
        horizon = now + timedelta(days=max(0, filters.due_within_days))
        query = query.where(Dossier.due_at >= now, Dossier.due_at <= horizon)
    return query


def find_dossier_id(session: Session, code: str) -> uuid.UUID:
    """The id of the dossier with this exact code (as scanned).

    Raises:
        NotFound: no dossier has it; the message names the code.
    """
    cleaned = code.strip().upper()
    found = session.scalar(select(Dossier.id).where(Dossier.code == cleaned))
    if found is None:
        raise NotFound(f"no dossier has the code {cleaned}", f"Không có hồ sơ mã số {cleaned}.")
    return found


def audit_view(session: Session, dossier_id: uuid.UUID, staff_id: uuid.UUID | None) -> None:
    """Record that someone looked at a dossier's personal data."""
    record_audit(session, "dossier_viewed", "dossier", dossier_id, staff_id=staff_id)
