"""Reuse of digitised documents: a citizen's documents already digitised and still valid (an
ID copy, a birth certificate) are offered for a new dossier's checklist line instead of a new
scan; taking one records where it came from (the service index counts reuses).

Only the citizen's own documents are offered and taken: the owner's ID number must be the
new dossier's. The file is not copied: the new attachment names the same stored file.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from desktop_app.services.dossiers.attach_document import checklist_name, line_row, recorded
from desktop_app.services.dossiers.attachment_metadata import still_valid
from desktop_app.services.dossiers.attachment_views import AttachmentView, attachment_view
from desktop_app.services.errors import NotFound, ServiceError
from desktop_app.services.handover.access import dossier_by_code
from desktop_app.storage.models import Dossier, DossierAttachment


def reuse_candidates(session: Session, id_number: str, on_day: date) -> list[AttachmentView]:
    """The owner's digitised documents still valid on ``on_day``, newest first (as first
    digitised: a document reused before is offered once, as its original)."""
    rows = session.execute(
        select(DossierAttachment, Dossier.code)
        .join(Dossier, Dossier.id == DossierAttachment.dossier_id)
        .where(
            DossierAttachment.owner_id_number == id_number.strip(),
            DossierAttachment.role == "document",
            DossierAttachment.reused_from_id.is_(None),
            _valid_on(on_day),
        )
        .order_by(DossierAttachment.digitised_at.desc())
    )
    return [attachment_view(session, row, code) for row, code in rows]


def _valid_on(on_day: date) -> ColumnElement[bool]:
    """``still_valid`` in SQL."""
    return or_(DossierAttachment.permanent, DossierAttachment.valid_until >= on_day)


def reuse_attachment(
    session: Session,
    dossier_code: str,
    document_index: int,
    source_attachment_id: uuid.UUID,
    staff_id: uuid.UUID | None,
    at: datetime,
    *,
    on_day: date | None = None,
) -> AttachmentView:
    """Put the digitised document ``source_attachment_id`` on line ``document_index`` of the
    dossier, recording the reuse; the caller commits.

    Raises:
        NotFound: no such dossier or document. ServiceError: no such line, another citizen's
            document, or one no longer valid on ``on_day`` (default: the day of ``at``).
    """
    dossier = dossier_by_code(session, dossier_code)
    name = checklist_name(dossier, document_index)
    source = _reusable(session, source_attachment_id, dossier, on_day or at.date())
    row, replaced = line_row(session, dossier, document_index)
    _copy(source, row)
    row.name, row.digitised_by_id, row.digitised_at = name, staff_id, at
    return recorded(session, row, dossier, replaced=replaced)


def _reusable(
    session: Session, source_id: uuid.UUID, dossier: Dossier, on_day: date
) -> DossierAttachment:
    source = session.get(DossierAttachment, source_id)
    if source is None or source.role != "document":
        raise NotFound(f"no digitised document {source_id}", "Không tìm thấy giấy tờ đã số hóa.")
    if not dossier.id_number or source.owner_id_number != dossier.id_number:
        raise ServiceError(
            "the document belongs to another citizen than the dossier's",
            "Giấy tờ này không phải của người nộp hồ sơ.",
        )
    if not still_valid(source.permanent, source.valid_until, on_day):
        raise ServiceError("the document is no longer valid", "Giấy tờ số hóa này đã hết hạn.")
    return source


def _copy(source: DossierAttachment, row: DossierAttachment) -> None:
    """The source's file and metadata; the reuse points at the first digitisation."""
    for name in ("sha256", "bytes", "pages", "kind", "number", "issued_on", "issuer"):
        setattr(row, name, getattr(source, name))
    row.valid_until, row.permanent = source.valid_until, source.permanent
    row.owner_id_number = source.owner_id_number
    row.reused_from_id = source.reused_from_id or source.id
