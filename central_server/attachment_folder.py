"""The central attachment folder: every file once, named by its SHA-256, and uploads in progress.

Layout under the folder (``central-server serve --attachment-store DIR``):

- ``files/<sha[:2]>/<sha>``: complete files, written only after their hash was checked;
- ``uploads/<office id>/<sha>/<chunk index>``: the chunks an office sent of a file it uploads
  (each office sends the bytes itself, even of a file another office sent: holding the hash
  is no proof of holding the document);
- ``tmp/``: files being written; each reaches its name by an atomic rename.

A complete file is flushed to disk (``fsync``, then the rename, then the folder) before the
database says it is held. Chunks are not flushed, which keeps an upload fast: a chunk a crash
lost or cut short is found missing or of the wrong size at completion and asked for again, and
should a damaged one slip through, the whole file's hash refuses it.

The database says which chunks arrived (a row is written only after its file is on disk), so
an upload resumes after a restart of any worker; the folder is shared by every worker.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path

from sqlalchemy.engine import URL, make_url

log = logging.getLogger("central_server.attachments")
#: Read size when assembling, checking and serving files: memory stays bounded.
READ_BYTES = 512 * 1024


class DamagedFile(Exception):
    """A held file whose content no longer matches its SHA-256."""


def default_folder(database_url: str | URL) -> Path | None:
    """The folder beside a SQLite database file (``central.db`` → ``central-attachments``);
    None for a server database, where the operator names one."""
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    database = Path(url.database).expanduser().resolve()
    return database.with_name(f"{database.stem}-attachments")


def folder_for(database_url: str | URL, configured: Path | None) -> AttachmentFolder | None:
    """The folder the server keeps attachments in: ``configured``, else the default beside
    a SQLite file; None (with a warning: uploads answer 503) for a server database."""
    root = configured or default_folder(database_url)
    if root is None:
        log.warning("no attachment folder: start with --attachment-store DIR to take attachments")
        return None
    return AttachmentFolder(root)


def _sync_folder(path: Path) -> None:
    if os.name == "nt":  # a folder cannot be opened for flushing there; rename is durable
        return
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


class AttachmentFolder:
    """The files and upload chunks under ``root`` (folders made when first needed)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def file_path(self, sha256: str) -> Path:
        return self.root / "files" / sha256[:2] / sha256

    def _upload_dir(self, office_id: uuid.UUID, sha256: str) -> Path:
        return self.root / "uploads" / str(office_id) / sha256

    def chunk_path(self, office_id: uuid.UUID, sha256: str, index: int) -> Path:
        return self._upload_dir(office_id, sha256) / str(index)

    def write_chunk(self, office_id: uuid.UUID, sha256: str, index: int, data: bytes) -> None:
        """Put one chunk in place by a rename (a resent chunk replaces the earlier copy)."""
        target = self.chunk_path(office_id, sha256, index)
        descriptor, name = tempfile.mkstemp(dir=self._tmp_dir(), prefix="chunk.")
        try:
            with os.fdopen(descriptor, "wb") as out:
                out.write(data)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(name, target)
        finally:
            Path(name).unlink(missing_ok=True)

    def missing_chunks(self, office_id: uuid.UUID, sha256: str, sizes: dict[int, int]) -> list[int]:
        """The chunks (index: length) whose file is gone or of another length (a crash)."""
        return [
            i for i, size in sizes.items() if _size(self.chunk_path(office_id, sha256, i)) != size
        ]

    def assemble(self, office_id: uuid.UUID, sha256: str, count: int) -> bool:
        """Join the office's ``count`` chunks, checking the whole file's hash as it streams;
        when it matches, the file is in place (kept as it is if already held) and True."""
        tmp = self._tmp_dir()
        descriptor, name = tempfile.mkstemp(dir=tmp, prefix=f"{sha256}.")
        temp = Path(name)
        try:
            pieces = (self.chunk_path(office_id, sha256, i) for i in range(count))
            if _write_synced(descriptor, _read_all(pieces)) != sha256:
                return False
            target = self.file_path(sha256)
            if not target.is_file():
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(temp, target)
                _sync_folder(target.parent)
            return True
        finally:
            temp.unlink(missing_ok=True)

    def discard_upload(self, office_id: uuid.UUID, sha256: str) -> None:
        shutil.rmtree(self._upload_dir(office_id, sha256), ignore_errors=True)

    def read_verified(self, sha256: str) -> Iterator[bytes]:
        """The held file's bytes; ``DamagedFile`` after the last piece if the hash differs
        (an answer already under way is then cut, so the reader never takes it as whole)."""
        digest = hashlib.sha256()
        for piece in _read_all([self.file_path(sha256)]):
            digest.update(piece)
            yield piece
        if digest.hexdigest() != sha256:
            raise DamagedFile(f"attachment file {sha256} is damaged in {self.root}")

    def _tmp_dir(self) -> Path:
        tmp = self.root / "tmp"
        tmp.mkdir(parents=True, exist_ok=True)
        return tmp


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return None


def _write_synced(descriptor: int, pieces: Iterable[bytes]) -> str:
    """Write ``pieces`` to the open file and flush it to disk; their SHA-256."""
    digest = hashlib.sha256()
    with os.fdopen(descriptor, "wb") as out:
        for piece in pieces:
            digest.update(piece)
            out.write(piece)
        out.flush()
        os.fsync(out.fileno())
    return digest.hexdigest()


def _read_all(paths: Iterable[Path]) -> Iterator[bytes]:
    for path in paths:
        with path.open("rb") as source:
            while piece := source.read(READ_BYTES):
                yield piece
