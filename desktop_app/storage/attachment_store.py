"""The attachment store: digitised documents as files named by their SHA-256.

A file lives at ``<root>/<sha[:2]>/<sha>``. Writing goes to a temporary file inside the store
(same file system), is flushed to disk, then renamed atomically to its name, and the folder is
flushed too: after a crash at any moment the store holds either the whole file under its hash
or a leftover temporary file (``remove_temp_files``), never a partial file under a hash name.
The same content is held once; storing it again keeps the file already there. Reading
verifies the hash as the bytes stream past, so a damaged file is never passed on silently.

The store is beside an SQLite database (the folder ``attachments/`` next to the file); an
office on PostgreSQL names a folder every station reaches with the ``attachment_store``
station setting.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from desktop_app.config import SettingsError
from desktop_app.storage.private_files import make_private_folder

#: Chunk size for streaming files in and out: a scan never sits whole in memory.
CHUNK = 1 << 20
_TEMP_PREFIX = ".incoming-"
_HASH = re.compile("^[0-9a-f]{64}$")


class CorruptAttachment(Exception):
    """A stored file whose content no longer matches its SHA-256."""


class MissingAttachment(Exception):
    """A file the database names but the store does not hold."""


class AttachmentStoreUnset(SettingsError):
    """An office on a server database has no ``attachment_store`` folder configured."""


@dataclass(frozen=True)
class StoredBlob:
    sha256: str
    bytes: int


def _fsync_dir(path: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder for flushing; rename is durable there.
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _checked_hash(sha256: str) -> str:
    if not _HASH.match(sha256):
        raise ValueError("not a SHA-256 in lower-case hex")
    return sha256


class AttachmentStore:
    """Content-addressed files under ``root`` (made on first write)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path_of(self, sha256: str) -> Path:
        sha = _checked_hash(sha256)
        return self.root / sha[:2] / sha

    def has(self, sha256: str) -> bool:
        return self.path_of(sha256).is_file()

    def put_stream(self, chunks: Iterable[bytes]) -> StoredBlob:
        """Store the bytes of ``chunks``; the file is under its hash only once complete."""
        make_private_folder(self.root)
        fd, temp_name = tempfile.mkstemp(prefix=_TEMP_PREFIX, dir=self.root)
        temp = Path(temp_name)
        try:
            blob = _write_hashed(fd, chunks)
            self._settle(temp, blob.sha256)
        finally:
            temp.unlink(missing_ok=True)
        return blob

    def _settle(self, temp: Path, sha256: str) -> None:
        """Rename ``temp`` to its hash name, unless the same content is already held."""
        target = self.path_of(sha256)
        if target.is_file() and self.verify(sha256):
            return
        target.parent.mkdir(mode=0o700, exist_ok=True)
        os.replace(temp, target)
        _fsync_dir(target.parent)

    def put_file(self, path: Path) -> StoredBlob:
        return self.put_stream(_file_chunks(Path(path), CHUNK))

    def read_chunks(self, sha256: str, chunk_size: int = CHUNK) -> Iterator[bytes]:
        """The file's bytes; ``CorruptAttachment`` after the last chunk if the hash differs."""
        path = self.path_of(sha256)
        if not path.is_file():
            raise MissingAttachment(f"attachment {sha256} is not in the store {self.root}")
        return self._verified(path, sha256, chunk_size)

    def _verified(self, path: Path, sha256: str, chunk_size: int) -> Iterator[bytes]:
        digest = hashlib.sha256()
        for chunk in _file_chunks(path, chunk_size):
            digest.update(chunk)
            yield chunk
        if digest.hexdigest() != sha256:
            raise CorruptAttachment(f"attachment {sha256} is damaged in the store {self.root}")

    def verify(self, sha256: str) -> bool:
        """Whether the file is held and its content matches its hash."""
        try:
            for _chunk in self.read_chunks(sha256):
                pass
        except (CorruptAttachment, MissingAttachment):
            return False
        return True

    def hashes(self) -> Iterator[str]:
        """The hash of every file held, in no particular order."""
        if not self.root.is_dir():
            return
        for folder in self.root.iterdir():
            if folder.is_dir() and len(folder.name) == 2:
                yield from (p.name for p in folder.iterdir() if _HASH.match(p.name))

    def remove_temp_files(self) -> int:
        """Remove what a crash mid-write left; the number removed."""
        if not self.root.is_dir():
            return 0
        leftovers = list(self.root.glob(_TEMP_PREFIX + "*"))
        for path in leftovers:
            path.unlink(missing_ok=True)
        return len(leftovers)


def _write_hashed(fd: int, chunks: Iterable[bytes]) -> StoredBlob:
    digest, size = hashlib.sha256(), 0
    with os.fdopen(fd, "wb") as out:
        for chunk in chunks:
            digest.update(chunk)
            out.write(chunk)
            size += len(chunk)
        out.flush()
        os.fsync(out.fileno())
    return StoredBlob(sha256=digest.hexdigest(), bytes=size)


def _file_chunks(path: Path, chunk_size: int) -> Iterator[bytes]:
    with path.open("rb") as source:
        while chunk := source.read(chunk_size):
            yield chunk


def store_root_for(database_url: str, configured: str | None) -> Path:
    """Where the office's attachments live: for a SQLite file, the folder ``attachments/``
    beside it; for a server database, the ``configured`` folder (the station setting)."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        return Path(url.database).expanduser().resolve().parent / "attachments"
    if configured:
        return Path(configured).expanduser()
    raise AttachmentStoreUnset(
        "no attachment store: set the station setting attachment_store to a folder every "
        "station reaches (settings file key attachment_store or DESKTOP_APP_ATTACHMENT_STORE)"
    )
