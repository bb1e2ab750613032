"""Offices' uploads of attachment files, and which office may read which file.

An upload is named by the file's SHA-256 and goes in fixed chunks (``ATTACHMENT_CHUNK_BYTES``,
the last one shorter). The office declares the size, sends the chunks the centre lacks (the
status names them, so a cut upload resumes at the first missing one, after a restart of any
worker too), then asks for completion: the centre joins the chunks, checks the hash of the
whole file as it streams, and from then on the office holds the file. A hash that does not
match discards the office's chunks (which of them is wrong cannot be told): the upload
starts again from chunk 0.

Every answer depends on the asking office's own rows only. A file another office sent is
stored once, yet an office that did not send it gets 404 for it and sends it in full itself:
knowing a document's hash gives neither its existence nor its content.
"""

from __future__ import annotations

import uuid
from typing import NamedTuple

from sqlalchemy import delete, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from central_server.attachment_folder import AttachmentFolder
from central_server.models import AttachmentBlob, AttachmentChunk, AttachmentHolding, utc_now
from motcua_core.protocol import ATTACHMENT_CHUNK_BYTES, AttachmentStatus

HASH_MISMATCH = "the file's SHA-256 differs from its name: its chunks were discarded, send it again"


class UploadProblem(Exception):
    """An upload request the centre refuses: the HTTP status and the reason."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status, self.detail = status, detail


class Completion(NamedTuple):
    """The upload's status after a completion request; ``refused`` says why it failed."""

    status: AttachmentStatus
    refused: str | None = None


def chunk_count(size: int) -> int:
    return -(-size // ATTACHMENT_CHUNK_BYTES)


def chunk_length(size: int, index: int) -> int:
    """The exact length chunk ``index`` of a file of ``size`` bytes has."""
    return min(ATTACHMENT_CHUNK_BYTES, size - index * ATTACHMENT_CHUNK_BYTES)


def _holding(
    session: Session, office_id: uuid.UUID, sha256: str, *, lock: bool = False
) -> AttachmentHolding | None:
    query = select(AttachmentHolding).where(
        AttachmentHolding.office_id == office_id, AttachmentHolding.sha256 == sha256
    )
    return session.scalars(query.with_for_update() if lock else query).first()


def _status(session: Session, holding: AttachmentHolding) -> AttachmentStatus:
    count = chunk_count(holding.bytes)
    if holding.held_at is not None:
        received = list(range(count))
    else:
        received = sorted(
            session.scalars(
                select(AttachmentChunk.chunk_index).where(
                    AttachmentChunk.office_id == holding.office_id,
                    AttachmentChunk.sha256 == holding.sha256,
                )
            )
        )
    missing = sorted(set(range(count)) - set(received))
    return AttachmentStatus(
        sha256=holding.sha256,
        bytes=holding.bytes,
        received=received,
        next_chunk=missing[0] if missing else None,
        complete=holding.held_at is not None,
    )


def upload_status(session: Session, office_id: uuid.UUID, sha256: str) -> AttachmentStatus | None:
    """The office's upload of ``sha256``; None when this office never declared it."""
    holding = _holding(session, office_id, sha256)
    return None if holding is None else _status(session, holding)


def _insert_new(session: Session, model: type, **values: object) -> None:
    """Insert a row unless its key is taken (a concurrent worker may insert the same one)."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    statement = dialect.insert(model.__table__).values(**values).on_conflict_do_nothing()  # type: ignore[attr-defined]
    session.execute(statement)


def declare_upload(
    session: Session, office_id: uuid.UUID, sha256: str, size: int
) -> AttachmentStatus:
    """Start (or look at) the office's upload of a file of ``size`` bytes."""
    known = upload_status(session, office_id, sha256)
    if known is not None and known.bytes != size:
        raise UploadProblem(409, "this file was declared with another size")
    if known is not None:
        return known
    now = utc_now()
    _insert_new(session, AttachmentBlob, sha256=sha256, bytes=size, complete=False, created_at=now)
    _insert_new(
        session, AttachmentHolding, office_id=office_id, sha256=sha256, bytes=size, created_at=now
    )
    status = upload_status(session, office_id, sha256)
    assert status is not None
    return status


def check_chunk(status: AttachmentStatus | None, index: int, length: int) -> None:
    """Refuse a chunk the declared upload has no room for (or of the wrong length)."""
    if status is None:
        raise UploadProblem(404, "no upload of this file: declare its size first")
    if index >= chunk_count(status.bytes):
        raise UploadProblem(409, f"the file has {chunk_count(status.bytes)} chunks")
    expected = chunk_length(status.bytes, index)
    if length != expected:
        raise UploadProblem(409, f"chunk {index} must hold {expected} bytes")


def record_chunk(
    session: Session, office_id: uuid.UUID, sha256: str, index: int, length: int
) -> AttachmentStatus:
    """Note that chunk ``index`` is on disk (its file was written and synced before)."""
    holding = _holding(session, office_id, sha256)
    if holding is None:
        raise UploadProblem(404, "no upload of this file: declare its size first")
    if holding.held_at is None:
        _insert_new(
            session,
            AttachmentChunk,
            office_id=office_id,
            sha256=sha256,
            chunk_index=index,
            bytes=length,
            received_at=utc_now(),
        )
    return _status(session, holding)


def complete_upload(
    session: Session, folder: AttachmentFolder, office_id: uuid.UUID, sha256: str
) -> Completion:
    """Join and check the office's chunks; the office holds the file when the hash matches."""
    holding = _holding(session, office_id, sha256, lock=True)
    if holding is None:
        raise UploadProblem(404, "no upload of this file: declare its size first")
    status = _status(session, holding)
    if status.complete:
        return Completion(status)
    sizes = {i: chunk_length(holding.bytes, i) for i in status.received}
    lost = folder.missing_chunks(office_id, sha256, sizes)
    if lost:  # the rows outlived their files (a crash, a restored disk): send those again
        _forget_chunks(session, holding, lost)
        status = _status(session, holding)
    if status.next_chunk is not None:
        return Completion(status, f"chunk {status.next_chunk} has not arrived")
    if not folder.assemble(office_id, sha256, chunk_count(holding.bytes)):
        _discard(session, folder, holding)
        return Completion(_status(session, holding), HASH_MISMATCH)
    _hold(session, holding)
    _discard(session, folder, holding)
    return Completion(_status(session, holding))


def _hold(session: Session, holding: AttachmentHolding) -> None:
    now = utc_now()
    blob = session.get(AttachmentBlob, holding.sha256, with_for_update=True)
    assert blob is not None
    if not blob.complete:
        blob.complete, blob.bytes, blob.completed_at = True, holding.bytes, now
    holding.held_at = now


def _forget_chunks(session: Session, holding: AttachmentHolding, indexes: list[int]) -> None:
    session.execute(
        delete(AttachmentChunk).where(
            AttachmentChunk.office_id == holding.office_id,
            AttachmentChunk.sha256 == holding.sha256,
            AttachmentChunk.chunk_index.in_(indexes),
        )
    )


def _discard(session: Session, folder: AttachmentFolder, holding: AttachmentHolding) -> None:
    _forget_chunks(session, holding, list(range(chunk_count(holding.bytes))))
    folder.discard_upload(holding.office_id, holding.sha256)


def held_size(session: Session, office_id: uuid.UUID, sha256: str) -> int | None:
    """The file's size when the office may read it (it sent it and the centre verified it)."""
    holding = _holding(session, office_id, sha256)
    return holding.bytes if holding is not None and holding.held_at is not None else None


def held_count(session: Session, office_id: uuid.UUID) -> int:
    """How many files the centre holds for the office (each SHA-256 once)."""
    query = select(func.count()).where(
        AttachmentHolding.office_id == office_id, AttachmentHolding.held_at.is_not(None)
    )
    return int(session.scalar(query) or 0)
