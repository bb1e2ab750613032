"""Whether a dossier counts as digitised, how many of its documents are reuses, and whether it
has an electronic result: the definitions the service index (Decision 766/QĐ-TTg) reports use.

- A dossier is *digitised* when every document ticked on its checklist (``dossier.documents``,
  lines numbered from 1 as on form 01) has an attachment, new or reused. A dossier with no
  ticked document is not counted as digitised: nothing of it was digitised.
- A *reuse* is an attachment first stored for an earlier dossier (``reused_from_id`` set).
- A dossier *has an electronic result* when a result PDF is attached to it.

The same rules are given as SQL expressions over ``dossier`` (``digitised_sql``,
``reused_count_sql``, ``electronic_result_sql``) for reports counting a period in one query.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, and_, exists, func, select
from sqlalchemy.orm import Session

from desktop_app.storage.models import Dossier, DossierAttachment

_A = DossierAttachment


class Digitisation(NamedTuple):
    """The three facts of one dossier the reports count (unpacks as a tuple)."""

    digitised: bool
    reused_count: int
    has_electronic_result: bool


def ticked_count_sql() -> ColumnElement[Any]:
    """The number of documents ticked on the dossier's checklist (a JSON array)."""
    return func.coalesce(func.json_array_length(Dossier.documents), 0)


def _documents_attached_sql() -> Any:
    """Attachments on the dossier's checklist lines (one per line by constraint)."""
    return (
        select(func.count())
        .where(
            _A.dossier_id == Dossier.id,
            _A.role == "document",
            _A.document_index.between(1, ticked_count_sql()),
        )
        .scalar_subquery()
    )


def digitised_sql() -> ColumnElement[bool]:
    """True for a digitised dossier (every ticked document attached; at least one ticked)."""
    return and_(ticked_count_sql() > 0, _documents_attached_sql() == ticked_count_sql())


def reused_count_sql() -> Any:
    """The number of the dossier's attachments that are reuses."""
    return (
        select(func.count())
        .where(_A.dossier_id == Dossier.id, _A.reused_from_id.is_not(None))
        .scalar_subquery()
    )


def electronic_result_sql() -> ColumnElement[bool]:
    """True for a dossier with an electronic result attached."""
    return exists().where(_A.dossier_id == Dossier.id, _A.role == "result")


def _documents_sql() -> Any:
    """The number of the dossier's digitised documents (results aside)."""
    query = select(func.count()).where(_A.dossier_id == Dossier.id, _A.role == "document")
    return query.scalar_subquery()


def dossier_digitisation(session: Session, dossier_id: uuid.UUID) -> Digitisation:
    """The dossier's digitisation facts (``digitised``, ``reused_count``, electronic result)."""
    row = session.execute(
        select(digitised_sql(), reused_count_sql(), electronic_result_sql()).where(
            Dossier.id == dossier_id
        )
    ).one()
    return Digitisation(bool(row[0]), int(row[1]), bool(row[2]))


@dataclass(frozen=True)
class PeriodDigitisation:
    """Counts over the dossiers received in a period."""

    received: int
    digitised: int
    with_electronic_result: int
    attachments: int
    reused: int


def period_digitisation(session: Session, start: datetime, end: datetime) -> PeriodDigitisation:
    """The digitisation counts of the dossiers received in ``[start, end)``, in one query."""
    in_period = and_(Dossier.received_at >= start, Dossier.received_at < end)
    row = session.execute(
        select(
            func.count(),
            func.count().filter(digitised_sql()),
            func.count().filter(electronic_result_sql()),
            func.coalesce(func.sum(_documents_sql()), 0),
            func.coalesce(func.sum(reused_count_sql()), 0),
        ).where(in_period)
    ).one()
    return PeriodDigitisation(*(int(value) for value in row))
