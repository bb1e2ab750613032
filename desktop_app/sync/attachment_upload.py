"""Uploading the office's attachment files to the centre, after the push of each sync pass.

Each ``stored_file`` the centre does not hold yet (``uploaded_at`` NULL) goes up by its
SHA-256 in chunks of ``ATTACHMENT_CHUNK_BYTES``: the client asks where the centre's copy stands,
declares the file if the centre never heard of it, sends only the chunks the centre lacks (a
cut upload resumes at the first missing one), then asks for completion, which the centre
grants once the whole file's hash matches. Chunks are read from the store file one at a time,
so a 50 MB scan never sits whole in memory; the file is checked against its hash (streamed)
before anything is sent, so a damaged copy never reaches the centre.

One file's failure never stops the others. A connection or server failure leaves the file for
the next pass (the pass then reports the error and the agent waits its backoff); a file missing
or damaged in the store is logged and named in the result, and the pass goes on (sending it
again cannot help: ``doctor`` reports it and a restore brings it back). A refused credential
stops the pass like any other step.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.storage.attachment_store import (
    AttachmentStore,
    AttachmentStoreUnset,
    CorruptAttachment,
    MissingAttachment,
    store_root_for,
)
from desktop_app.storage.database import session_scope
from desktop_app.storage.models import StoredFile
from desktop_app.sync.client import RefusedError, SyncClient, SyncError, TransientError
from motcua_core.protocol import ATTACHMENT_CHUNK_BYTES, AttachmentStatus

log = logging.getLogger(__name__)
#: Files looked at per pass (the rest wait for the next pass).
FILES_PER_PASS = 500
#: Answers that say this device may not upload at all: stop the pass, as push would.
_CREDENTIAL_REFUSALS = (401, 403)


@dataclass
class UploadResult:
    """What one upload round did."""

    uploaded: int = 0
    chunks_sent: int = 0
    failed: int = 0
    #: SHA-256 of files the store lacks or holds damaged (not sent).
    unavailable: list[str] = field(default_factory=list)
    #: The last failure worth retrying (the pass reports it and backs off).
    retry_error: SyncError | None = None


def office_store(database_url: str, configured: str | None) -> AttachmentStore | None:
    """The office's store for sync (``store_root_for``); None, with a warning, for a server
    database without the ``attachment_store`` setting: its files wait until it is set."""
    try:
        return AttachmentStore(store_root_for(database_url, configured))
    except AttachmentStoreUnset as exc:
        log.warning("attachments are not uploaded: %s", exc)
        return None


def files_to_upload(session: Session, limit: int = FILES_PER_PASS) -> list[str]:
    """The stored files the centre does not hold yet, oldest first."""
    query = select(StoredFile.sha256).where(StoredFile.uploaded_at.is_(None))
    return list(session.scalars(query.order_by(StoredFile.created_at).limit(limit)))


def mark_uploaded(session: Session, sha256: str) -> None:
    """Note that the centre holds the file (set once)."""
    session.execute(
        update(StoredFile)
        .where(StoredFile.sha256 == sha256, StoredFile.uploaded_at.is_(None))
        .values(uploaded_at=datetime.now(UTC))
    )


def missing_chunks(status: AttachmentStatus) -> list[int]:
    """The chunks the centre lacks, in order."""
    count = -(-status.bytes // ATTACHMENT_CHUNK_BYTES)
    held = set(status.received)
    return [index for index in range(count) if index not in held]


def read_chunk(path: Path, index: int) -> bytes:
    """Chunk ``index`` of the file (one chunk in memory, never the file)."""
    with path.open("rb") as source:
        source.seek(index * ATTACHMENT_CHUNK_BYTES)
        return source.read(ATTACHMENT_CHUNK_BYTES)


class AttachmentUploader:
    """Sends one office's pending files through ``client``."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        client: SyncClient,
        store: AttachmentStore,
        *,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> None:
        self.session_factory = session_factory
        self.client = client
        self.store = store
        self.should_stop = should_stop

    def run(self) -> UploadResult:
        """Try every pending file once; raises only a refused credential."""
        result = UploadResult()
        with session_scope(self.session_factory, read_only=True) as session:
            pending = files_to_upload(session)
        for sha256 in pending:
            if self.should_stop():
                break
            self._try(sha256, result)
        return result

    def _try(self, sha256: str, result: UploadResult) -> None:
        try:
            if self.upload(sha256, result):
                with session_scope(self.session_factory) as session:
                    mark_uploaded(session, sha256)
                result.uploaded += 1
        except (MissingAttachment, CorruptAttachment) as exc:
            log.error("attachment %s not uploaded: %s", sha256, exc)
            result.unavailable.append(sha256)
        except RefusedError as exc:
            if exc.status_code in _CREDENTIAL_REFUSALS:
                raise
            self._failed(sha256, exc, result)
        except TransientError as exc:
            self._failed(sha256, exc, result)

    @staticmethod
    def _failed(sha256: str, exc: SyncError, result: UploadResult) -> None:
        log.warning("attachment %s not uploaded yet: %s", sha256, exc)
        result.failed += 1
        result.retry_error = exc

    def upload(self, sha256: str, result: UploadResult) -> bool:
        """Bring the centre's copy of one file to complete; True once the centre holds it."""
        status = self.client.attachment_status(sha256)
        if status is not None and status.complete:
            return True
        path = self._checked_file(sha256)
        if status is None:
            status = self.client.declare_attachment(sha256, path.stat().st_size)
        for index in missing_chunks(status):
            if self.should_stop():
                return False
            self.client.put_attachment_chunk(sha256, index, read_chunk(path, index))
            result.chunks_sent += 1
        return self.client.complete_attachment(sha256).complete

    def _checked_file(self, sha256: str) -> Path:
        """The store's file, read through once to check its hash (``CorruptAttachment``)."""
        for _chunk in self.store.read_chunks(sha256, ATTACHMENT_CHUNK_BYTES):
            pass
        return self.store.path_of(sha256)
