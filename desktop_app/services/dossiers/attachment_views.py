"""A dossier's digitised documents as reception, the department and the return tab show them,
and the content of one of them, read from the store (verified on the way)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.errors import NotFound
from desktop_app.services.handover.access import dossier_by_code
from desktop_app.storage.attachment_store import AttachmentStore
from desktop_app.storage.models import DossierAttachment, Staff


@dataclass(frozen=True)
class AttachmentView:
    """One attachment: ``document`` is the checklist line (1-based; None for the result)."""

    id: uuid.UUID
    dossier_code: str
    role: str
    document: int | None
    name: str
    kind: str | None
    number: str | None
    issued: date | None
    issuer: str | None
    valid_until: date | None
    permanent: bool
    sha256: str
    pages: int
    bytes: int
    reused: bool
    digitised_by: str | None
    digitised_at: datetime
    replaced: bool = False


def attachment_view(
    session: Session, row: DossierAttachment, code: str, *, replaced: bool = False
) -> AttachmentView:
    return AttachmentView(
        id=row.id, dossier_code=code, role=row.role, document=row.document_index,
        name=row.name, kind=row.kind, number=row.number, issued=row.issued_on,
        issuer=row.issuer, valid_until=row.valid_until, permanent=row.permanent,
        sha256=row.sha256, pages=row.pages, bytes=row.bytes,
        reused=row.reused_from_id is not None,
        digitised_by=_staff_name(session, row.digitised_by_id), digitised_at=row.digitised_at,
        replaced=replaced,
    )  # fmt: skip


def _staff_name(session: Session, staff_id: uuid.UUID | None) -> str | None:
    staff = session.get(Staff, staff_id) if staff_id else None
    return staff.full_name if staff else None


def list_attachments(session: Session, dossier_code: str) -> list[AttachmentView]:
    """The dossier's documents in checklist order, then its result."""
    dossier = dossier_by_code(session, dossier_code, lock=False)
    rows = session.scalars(
        select(DossierAttachment)
        .where(DossierAttachment.dossier_id == dossier.id)
        .order_by(DossierAttachment.role, DossierAttachment.document_index)
    )
    return [attachment_view(session, row, dossier.code) for row in rows]


def attachment_row(
    session: Session, dossier_id: uuid.UUID, document_index: int | None
) -> DossierAttachment | None:
    """The attachment on checklist line ``document_index``, or the result (None)."""
    role = "result" if document_index is None else "document"
    line = DossierAttachment.document_index.is_not_distinct_from(document_index)
    query = select(DossierAttachment).where(DossierAttachment.dossier_id == dossier_id)
    return session.scalars(query.where(DossierAttachment.role == role, line)).first()


def attachment_content(
    session: Session, store: AttachmentStore, dossier_code: str, document_index: int | None
) -> Iterator[bytes]:
    """The PDF of line ``document_index`` (None: the result) in chunks, verified at the end.

    Raises:
        NotFound: no such dossier or nothing attached there.
        MissingAttachment, CorruptAttachment: the store lost or damaged the file.
    """
    dossier = dossier_by_code(session, dossier_code, lock=False)
    row = attachment_row(session, dossier.id, document_index)
    if row is None:
        raise _nothing_attached(dossier.code, document_index)
    return store.read_chunks(row.sha256)


def _nothing_attached(code: str, document_index: int | None) -> NotFound:
    what = "the result" if document_index is None else f"document {document_index}"
    return NotFound(
        f"dossier {code} has no attachment for {what}",
        f"Hồ sơ {code} chưa có tệp số hóa cho mục này.",
    )
