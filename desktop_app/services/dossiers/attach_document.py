"""Attach a digitised document to a checklist line of a dossier, or its electronic result.

The rule that keeps the store and the database consistent: the file is written to the store
(atomically, under its hash) BEFORE any row names it, and the attachment, its stored file,
the audit entry and the sync op are added to the caller's one transaction. A crash in between
leaves at most a file no row names (harmless; the same bytes are simply kept if stored
again), never a row naming a missing or partial file. Everything the officer typed and every
file is checked before the store is touched, so a refusal stores nothing.

Attaching again to the same line replaces what it held (same attachment id, new file and
metadata; the view says ``replaced``).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from desktop_app.services.audit import record_audit
from desktop_app.services.dossiers.attachment_metadata import AttachmentMetadata, checked_metadata
from desktop_app.services.dossiers.attachment_views import (
    AttachmentView,
    attachment_row,
    attachment_view,
)
from desktop_app.services.dossiers.document_pdf import (
    BadDocumentFile,
    BuiltPdf,
    PageInput,
    build_document_pdf,
    file_format,
    whole_files,
)
from desktop_app.services.errors import ServiceError
from desktop_app.services.handover.access import dossier_by_code
from desktop_app.services.outbox import record_attachment
from desktop_app.storage.attachment_store import AttachmentStore, StoredBlob
from desktop_app.storage.models import Dossier, DossierAttachment, StoredFile

#: What the officer hands in: files taken whole, or pages picked, ordered and turned.
Inputs = Sequence[Path] | Sequence[PageInput]


def attach_document(
    session: Session,
    store: AttachmentStore,
    dossier_code: str,
    document_index: int,
    files_or_pages: Inputs,
    metadata: AttachmentMetadata,
    staff_id: uuid.UUID | None,
    at: datetime,
) -> AttachmentView:
    """Store the document's PDF, then record it on line ``document_index`` (1-based, as
    numbered on form 01); the caller commits.

    Raises:
        NotFound: no such dossier. ServiceError: no such line, or bad metadata.
        BadDocumentFile: a file that is not a readable PDF, JPEG, PNG or TIFF.
    """
    dossier = dossier_by_code(session, dossier_code)
    name = metadata.name or checklist_name(dossier, document_index)
    metadata = checked_metadata(metadata)
    blob, pages = _stored(store, _pages_of(files_or_pages))
    line = _Line(dossier, "document", document_index, name)
    return _record(session, line, (blob, pages), metadata, (staff_id, at))


def attach_result(
    session: Session,
    store: AttachmentStore,
    dossier_code: str,
    files_or_pages: Inputs,
    metadata: AttachmentMetadata,
    staff_id: uuid.UUID | None,
    at: datetime,
) -> AttachmentView:
    """Store the dossier's electronic result (PDF only; a whole PDF is kept byte for byte,
    so its signature stays valid) and record it; the caller commits."""
    dossier = dossier_by_code(session, dossier_code)
    metadata = checked_metadata(metadata)
    blob, count = _stored(store, _only_pdf(_pages_of(files_or_pages)))
    line = _Line(dossier, "result", None, metadata.name or "Kết quả giải quyết")
    return _record(session, line, (blob, count), metadata, (staff_id, at))


def _only_pdf(pages: list[PageInput]) -> list[PageInput]:
    for source in {page.source for page in pages}:
        if file_format(source) != "pdf":
            raise BadDocumentFile(
                f"{source}: a result must be a PDF file",
                f"Tệp {source.name}: kết quả điện tử phải là tệp PDF.",
            )
    return pages


def checklist_name(dossier: Dossier, document_index: int) -> str:
    """The name of checklist line ``document_index``; ``ServiceError`` if there is none."""
    documents = dossier.documents or []
    if not 1 <= document_index <= len(documents):
        raise _no_line(dossier.code, document_index, len(documents))
    entry = documents[document_index - 1]
    return str(entry.get("name", "")) if isinstance(entry, dict) else str(entry)


def _no_line(code: str, index: int, lines: int) -> ServiceError:
    return ServiceError(
        f"dossier {code} has no document {index} (its checklist has {lines})",
        f"Hồ sơ {code} không có thành phần số {index}.",
    )


def _pages_of(files_or_pages: Inputs) -> list[PageInput]:
    items = list(files_or_pages)
    if all(isinstance(item, PageInput) for item in items):
        return [item for item in items if isinstance(item, PageInput)]
    return whole_files([Path(item) for item in items if not isinstance(item, PageInput)])


def _stored(store: AttachmentStore, pages: Sequence[PageInput]) -> tuple[StoredBlob, int]:
    """The document written to the store (before any row names it), its page count."""
    built: BuiltPdf = build_document_pdf(pages, work_dir=None)
    try:
        return store.put_file(built.path), built.pages
    finally:
        built.discard()


class _Line:
    """Where an attachment goes: the dossier, role, checklist line and its name."""

    def __init__(self, dossier: Dossier, role: str, index: int | None, name: str) -> None:
        self.dossier, self.role, self.index, self.name = dossier, role, index, name


def _record(
    session: Session,
    line: _Line,
    file: tuple[StoredBlob, int],
    metadata: AttachmentMetadata,
    who: tuple[uuid.UUID | None, datetime],
) -> AttachmentView:
    blob, pages = file
    _hold(session, blob, pages, who[1])
    row, replaced = line_row(session, line.dossier, line.index)
    _fill(row, metadata, line.dossier)
    row.name = line.name
    row.sha256, row.bytes, row.pages, row.reused_from_id = blob.sha256, blob.bytes, pages, None
    row.digitised_by_id, row.digitised_at = who
    return recorded(session, row, line.dossier, replaced=replaced)


def _hold(session: Session, blob: StoredBlob, pages: int, at: datetime) -> None:
    """The stored file's row (the file is in the store already)."""
    if session.get(StoredFile, blob.sha256) is None:
        session.add(StoredFile(sha256=blob.sha256, bytes=blob.bytes, pages=pages, created_at=at))


def line_row(
    session: Session, dossier: Dossier, index: int | None
) -> tuple[DossierAttachment, bool]:
    """The attachment already on line ``index`` (None: the result) to replace, and True; or
    a new one added to the session, and False."""
    row = attachment_row(session, dossier.id, index)
    if row is not None:
        return row, True
    role = "document" if index is not None else "result"
    row = DossierAttachment(id=uuid.uuid4(), dossier_id=dossier.id, role=role, document_index=index)
    session.add(row)
    return row, False


def _fill(row: DossierAttachment, metadata: AttachmentMetadata, dossier: Dossier) -> None:
    row.kind, row.number, row.issuer = metadata.kind, metadata.number, metadata.issuer
    row.issued_on, row.valid_until = metadata.issued_on, metadata.valid_until
    row.permanent = metadata.permanent
    row.owner_id_number = metadata.owner_id_number or dossier.id_number


def recorded(
    session: Session, row: DossierAttachment, dossier: Dossier, *, replaced: bool
) -> AttachmentView:
    """Audit and queue the attachment's op in the caller's transaction; its view."""
    session.flush()
    action = "attachment_replaced" if replaced else "attachment_recorded"
    detail = f"{row.role} {row.document_index or ''}".strip()
    record_audit(
        session, action, "dossier", dossier.id, staff_id=row.digitised_by_id, detail=detail
    )
    record_attachment(session, row, dossier.code)
    return attachment_view(session, row, dossier.code, replaced=replaced)
