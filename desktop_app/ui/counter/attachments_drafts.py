"""The attachments reception holds for a dossier until it is saved, and their saving.

A draft is the pages chosen for one checklist line (built into a temporary PDF as soon as
they are chosen, so a bad file is refused at once and the size is known), or a document
digitised for an earlier dossier offered again. Saving records every draft in the same
transaction that receives the dossier: a refused file leaves no dossier and no attachment.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from desktop_app.services.dossiers.attach_document import attach_document
from desktop_app.services.dossiers.attachment_metadata import AttachmentMetadata
from desktop_app.services.dossiers.attachment_reuse import reuse_attachment, reuse_candidates
from desktop_app.services.dossiers.document_pdf import BuiltPdf, PageInput
from desktop_app.storage.attachment_store import AttachmentStore

if TYPE_CHECKING:
    from desktop_app.app import AppContext


@dataclass(frozen=True)
class AttachmentDraft:
    """One line's attachment before the dossier is saved: new pages, or a reuse."""

    pages: tuple[PageInput, ...] = ()
    built: BuiltPdf | None = None
    reuse: Any = None  # a reuse candidate of the citizen's earlier dossiers
    metadata: AttachmentMetadata = AttachmentMetadata()

    @property
    def page_count(self) -> int:
        if self.reuse is not None:
            return int(self.reuse.pages)
        return self.built.pages if self.built else len(self.pages)

    @property
    def size(self) -> int:
        if self.reuse is not None:
            return int(self.reuse.bytes)
        return self.built.path.stat().st_size if self.built else 0

    def discard(self) -> None:
        if self.built is not None:
            self.built.discard()


@dataclass(frozen=True)
class SavedDraft:
    """A draft as saving needs it: the checklist line as form 01 numbers it (1-based)."""

    document: int
    name: str
    draft: AttachmentDraft


def save_drafts(
    session: Session,
    store: AttachmentStore,
    code: str,
    drafts: Sequence[SavedDraft],
    who: tuple[uuid.UUID | None, datetime],
) -> int:
    """Record each draft on dossier ``code`` in the caller's transaction; how many.

    The owner of a new copy is the dossier's applicant (the service's default).
    """
    staff_id, at = who
    for item in drafts:
        if item.draft.reuse is not None:
            _reuse(session, code, item, who)
            continue
        metadata = replace(item.draft.metadata, name=item.name)
        files = [item.draft.built.path] if item.draft.built else list(item.draft.pages)
        attach_document(session, store, code, item.document, files, metadata, staff_id, at)
    return len(drafts)


def _reuse(
    session: Session, code: str, item: SavedDraft, who: tuple[uuid.UUID | None, datetime]
) -> None:
    reuse_attachment(session, code, item.document, item.draft.reuse.id, who[0], who[1])


def read_reuse_candidates(context: AppContext, id_number: str, on_day: date) -> list[Any]:
    """The citizen's digitised documents still valid on ``on_day`` (a read-only session)."""
    with context.session(read_only=True) as session:
        return list(reuse_candidates(session, id_number, on_day))
