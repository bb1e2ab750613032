"""Carrying the attachment store along with the database: which files the database names,
and copying them to another store (``migrate-db``), each one verified as it is read and again
where it arrived."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.exc import SQLAlchemyError

from desktop_app.storage.attachment_store import (
    AttachmentStore,
    CorruptAttachment,
    MissingAttachment,
)
from desktop_app.storage.models import StoredFile


class StoreTransferError(RuntimeError):
    """Files the database names could not be carried; the message says how many and why."""


@dataclass(frozen=True)
class StoreCopy:
    copied: int
    already_held: int
    bytes_copied: int


def referenced_hashes(engine: Engine) -> set[str]:
    """The SHA-256 of every file the database names (none for a schema without the table)."""
    try:
        with engine.connect() as connection:
            return set(connection.execute(select(StoredFile.sha256)).scalars())
    except SQLAlchemyError:  # a database older than the attachments schema
        return set()


def copy_files(
    source: AttachmentStore, target: AttachmentStore, hashes: Iterable[str]
) -> StoreCopy:
    """Copy each file of ``hashes`` from ``source`` to ``target`` (streamed, hash-checked).

    Raises:
        StoreTransferError: files missing from ``source`` or damaged there (named by count,
            the first few by hash); the files copied before stay in ``target``, which is
            harmless: the store is content-addressed.
    """
    copied = held = size = 0
    failed: list[str] = []
    for sha in sorted(hashes):
        if target.has(sha) and target.verify(sha):
            held += 1
            continue
        try:
            size += target.put_stream(source.read_chunks(sha)).bytes
            copied += 1
        except (MissingAttachment, CorruptAttachment):
            failed.append(sha)
    if failed:
        raise StoreTransferError(
            f"{len(failed)} attachments are missing or damaged in {source.root} "
            f"(first: {', '.join(failed[:3])}); run 'desktop-app doctor'"
        )
    return StoreCopy(copied, held, size)


def unverified(store: AttachmentStore, hashes: Iterable[str]) -> list[str]:
    """The hashes of ``hashes`` that ``store`` does not hold intact."""
    return sorted(sha for sha in hashes if not store.verify(sha))
