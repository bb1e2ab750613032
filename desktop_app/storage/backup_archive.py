"""One backup file holding the office database and its attachment store.

A zip file: ``manifest.json`` (format and version, the database kind, the newest activity, and
every member with its SHA-256 and size), the database as the backup tools write it
(``database.sqlite3`` from SQLite's online backup API, or ``database.pgdump`` from
``pg_dump``) and each stored file as ``attachments/<sha[:2]>/<sha>``, uncompressed (scans are
compressed already). Everything streams in chunks: no attachment ever sits whole in memory.

Written to ``<file>.partial`` and renamed when complete. A restore reads the whole archive and
checks every hash of the manifest before it replaces anything; a single-file backup of the
old kind (a SQLite file or a ``pg_dump`` file) still restores through ``storage.backup``.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Engine

from desktop_app.storage.attachment_store import CHUNK, AttachmentStore
from desktop_app.storage.backup import (
    BackupError,
    backup_database,
    backup_latest_activity,
    check_not_newer,
    latest_activity,
    restore_database,
)
from desktop_app.storage.private_files import create_private_file, make_private_folder
from desktop_app.storage.store_transfer import referenced_hashes

ARCHIVE_FORMAT = "desktop-app office backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE_MEMBERS = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}
STORE_FOLDER = "attachments/"
_ZIP_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class ArchiveInfo:
    """What a backup archive holds; ``left_out``: referenced files missing or damaged."""

    path: Path
    backend: str
    size_bytes: int
    latest_activity: datetime | None
    attachments: int
    attachment_bytes: int
    left_out: tuple[str, ...] = field(default=())


def is_archive(path: Path) -> bool:
    """Whether ``path`` is a backup archive (a zip), not a single-file backup of the old kind."""
    with path.open("rb") as stream:
        return stream.read(4) == _ZIP_MAGIC


def member_name(sha256: str) -> str:
    return f"{STORE_FOLDER}{sha256[:2]}/{sha256}"


def write_archive(engine: Engine, store: AttachmentStore | None, destination: Path) -> ArchiveInfo:
    """Back up the database behind ``engine`` and every file of ``store`` to ``destination``.

    Raises:
        BackupError: the database cannot be backed up, or it names attachments and this
            station has no store to read them from.
    """
    make_private_folder(destination.parent)
    snapshot = destination.with_name(destination.name + ".database")
    partial = destination.with_name(destination.name + ".partial")
    try:
        info = backup_database(engine, snapshot)
        if engine.dialect.name == "sqlite":
            info = type(info)(info.path, info.backend, info.size_bytes,
                              backup_latest_activity(snapshot, "sqlite"))  # fmt: skip
        wanted = referenced_hashes(engine)
        if store is None and wanted:
            raise BackupError(_no_store_message(len(wanted)))
        manifest = _new_manifest(info.backend, info.latest_activity)
        _write_members(partial, manifest, snapshot, store, wanted)
        partial.replace(destination)
    finally:
        for leftover in (snapshot, partial, *_sqlite_side_files(snapshot)):
            leftover.unlink(missing_ok=True)
    return _info_of(destination, manifest, info.latest_activity)


def _sqlite_side_files(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _no_store_message(count: int) -> str:
    return (
        f"the database names {count} attachments but this station has no attachment store: "
        "set attachment_store to the office's attachment folder"
    )


def _write_members(
    partial: Path,
    manifest: dict[str, Any],
    snapshot: Path,
    store: AttachmentStore | None,
    wanted: set[str],
) -> None:
    """Write the zip: the database, the store's files, then the manifest naming them."""
    create_private_file(partial)
    with zipfile.ZipFile(partial, "w", allowZip64=True) as archive:
        database = DATABASE_MEMBERS[manifest["database"]]
        manifest["files"].append(
            _add_member(archive, database, _chunks_of(snapshot), zipfile.ZIP_DEFLATED)
        )
        if store is not None:
            manifest["files"] += _add_store_files(archive, store)
        kept = {entry["sha256"] for entry in manifest["files"][1:]}
        manifest["left_out"] = sorted(wanted - kept)
        archive.writestr(MANIFEST, json.dumps(manifest, indent=1))


def _add_store_files(archive: zipfile.ZipFile, store: AttachmentStore) -> list[dict[str, Any]]:
    """Every file the store holds whose content still matches its name (damaged ones left out)."""
    entries = []
    for sha in sorted(store.hashes()):
        entry = _add_member(archive, member_name(sha), _chunks_of(store.path_of(sha)))
        if entry["sha256"] == sha:
            entries.append(entry)
    return entries


def _new_manifest(backend: str, activity: datetime | None) -> dict[str, Any]:
    return {
        "format": ARCHIVE_FORMAT,
        "format_version": FORMAT_VERSION,
        "database": backend,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "latest_activity": _iso(activity),
        "files": [],
    }


def _chunks_of(path: Path) -> Iterator[bytes]:
    with path.open("rb") as source:
        yield from _stream_chunks(source)


def _add_member(
    archive: zipfile.ZipFile, name: str, chunks: Iterable[bytes], compression: int = 0
) -> dict[str, Any]:
    """Stream ``chunks`` into member ``name``; its manifest entry (hash of what was written)."""
    info = zipfile.ZipInfo(name, date_time=datetime.now(UTC).timetuple()[:6])
    info.compress_type = compression or zipfile.ZIP_STORED
    info.external_attr = 0o600 << 16
    digest, size = hashlib.sha256(), 0
    with archive.open(info, "w", force_zip64=True) as member:
        for chunk in chunks:
            digest.update(chunk)
            member.write(chunk)
            size += len(chunk)
    return {"name": name, "sha256": digest.hexdigest(), "bytes": size}


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def _info_of(path: Path, manifest: dict[str, Any], activity: datetime | None) -> ArchiveInfo:
    stored = [e for e in manifest["files"] if e["name"].startswith(STORE_FOLDER)]
    return ArchiveInfo(
        path, manifest["database"], path.stat().st_size, activity, len(stored),
        sum(e["bytes"] for e in stored), tuple(manifest["left_out"]),
    )  # fmt: skip


def verify_archive(path: Path) -> dict[str, Any]:
    """The archive's manifest once every member it names has its size and SHA-256.

    Raises:
        BackupError: not a backup of this program, or damaged (one line saying which part).
    """
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = _read_manifest(archive)
            for entry in manifest["files"]:
                _check_member(archive, entry)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError) as exc:
        raise BackupError(_damaged(path, str(exc))) from None
    return manifest


def _damaged(path: Path, what: str) -> str:
    return f"the backup {path} is damaged ({what}): nothing was replaced"


def _read_manifest(archive: zipfile.ZipFile) -> dict[str, Any]:
    try:
        manifest = json.loads(archive.read(MANIFEST))
    except KeyError:
        raise zipfile.BadZipFile("no manifest.json") from None
    except ValueError:
        raise zipfile.BadZipFile("manifest.json is not JSON") from None
    if not isinstance(manifest, dict) or manifest.get("format") != ARCHIVE_FORMAT:
        raise zipfile.BadZipFile("not a backup written by desktop-app")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(
            f"backup format {manifest.get('format_version')} is not known to this program: "
            "restore it with the version that wrote it"
        )
    if manifest.get("database") not in DATABASE_MEMBERS:
        raise zipfile.BadZipFile("unknown database kind")
    return manifest


def _check_member(archive: zipfile.ZipFile, entry: dict[str, Any]) -> None:
    try:
        stream = archive.open(entry["name"])
    except KeyError:
        raise zipfile.BadZipFile(f"{entry['name']} is missing") from None
    digest, size = hashlib.sha256(), 0
    with stream:
        for chunk in _stream_chunks(stream):
            digest.update(chunk)
            size += len(chunk)
    if digest.hexdigest() != entry["sha256"] or size != entry["bytes"]:
        raise zipfile.BadZipFile(f"{entry['name']} does not match its SHA-256")


def _stream_chunks(stream: IO[bytes]) -> Iterator[bytes]:
    while chunk := stream.read(CHUNK):
        yield chunk


def restore_archive(
    engine: Engine, store: AttachmentStore | None, path: Path, *, force: bool = False
) -> int:
    """Replace the database with the archive's and put its files in ``store``.

    Every hash is checked first; then the newer-activity guard (skipped with ``force``); then
    the database is replaced and the files are added to the store (files already held stay).
    Returns the number of attachments the archive held.

    Raises:
        BackupError: damaged archive, another database kind, no store for its files, or a
            database newer than the backup (without ``force``).
    """
    manifest = verify_archive(path)
    stored = [e for e in manifest["files"] if e["name"].startswith(STORE_FOLDER)]
    _check_target(engine, manifest, store, len(stored), force)
    with zipfile.ZipFile(path) as archive:
        _restore_database_member(engine, archive, manifest, store)
        for entry in stored:
            _restore_file(archive, entry, store)  # type: ignore[arg-type]
    return len(stored)


def _check_target(
    engine: Engine, manifest: dict[str, Any], store: AttachmentStore | None, files: int,
    force: bool,
) -> None:  # fmt: skip
    backend = engine.dialect.name
    if manifest["database"] != backend:
        raise BackupError(
            f"the backup holds a {manifest['database']} database and this station uses "
            f"{backend}: restore it into a {manifest['database']} database, then use migrate-db"
        )
    if files and store is None:
        raise BackupError(_no_store_message(files))
    if not force:
        stamp = manifest.get("latest_activity")
        moment = datetime.fromisoformat(stamp) if stamp else datetime.min.replace(tzinfo=UTC)
        check_not_newer(latest_activity(engine), moment)


def _restore_database_member(
    engine: Engine,
    archive: zipfile.ZipFile,
    manifest: dict[str, Any],
    store: AttachmentStore | None,
) -> None:
    """Unpack the database to a private temporary folder and restore it from there."""
    near = store.root.parent if store is not None and store.root.parent.is_dir() else None
    with tempfile.TemporaryDirectory(prefix=".restore-", dir=near) as folder:
        unpacked = Path(folder) / DATABASE_MEMBERS[manifest["database"]]
        create_private_file(unpacked)
        with (
            archive.open(DATABASE_MEMBERS[manifest["database"]]) as source,
            unpacked.open("wb") as out,
        ):
            for chunk in _stream_chunks(source):
                out.write(chunk)
        restore_database(engine, unpacked, force=True)


def _restore_file(archive: zipfile.ZipFile, entry: dict[str, Any], store: AttachmentStore) -> None:
    sha = entry["sha256"]
    if store.has(sha) and store.verify(sha):
        return
    with archive.open(entry["name"]) as source:
        blob = store.put_stream(_stream_chunks(source))
    if blob.sha256 != sha:  # read twice: changed on disk since the check
        raise BackupError(_damaged(Path(archive.filename or "?"), f"{entry['name']} changed"))


def restore_backup(
    engine: Engine, store: AttachmentStore | None, path: Path, *, force: bool = False
) -> int:
    """Restore an archive, or a single-file backup of the old kind; attachments restored.

    Raises:
        BackupError: no such file, or what ``restore_archive`` / ``restore_database`` raise.
    """
    if not path.is_file():
        raise BackupError(f"no backup file {path}")
    if is_archive(path):
        return restore_archive(engine, store, path, force=force)
    restore_database(engine, path, force=force)
    return 0
