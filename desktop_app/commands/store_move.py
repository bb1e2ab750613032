"""``migrate-db`` carries the attachment store: the files the database names are copied to the
target's store before the rows, and checked there (every hash) after."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine

from desktop_app.commands.common import UsageError
from desktop_app.config import Settings
from desktop_app.storage.attachment_store import (
    AttachmentStore,
    AttachmentStoreUnset,
    store_root_for,
)
from desktop_app.storage.store_transfer import (
    StoreTransferError,
    copy_files,
    referenced_hashes,
    unverified,
)


@dataclass(frozen=True)
class CarriedStore:
    target: AttachmentStore
    report: dict[str, Any]


def carry_store(
    args: argparse.Namespace, settings: Settings, source: Engine
) -> CarriedStore | None:
    """Copy the source's referenced files to the target's store; None when there are none.

    Raises:
        UsageError: no store named for a server target, or files missing or damaged at the
            source (nothing of the database has been copied yet).
    """
    hashes = referenced_hashes(source)
    if not hashes:
        return None
    try:
        here = AttachmentStore(store_root_for(settings.database_url, settings.attachment_store))
        there = AttachmentStore(
            store_root_for(args.to, args.attachment_store or settings.attachment_store)
        )
    except AttachmentStoreUnset:
        raise UsageError(
            f"the office has {len(hashes)} attachments: name the target's attachment folder "
            "with --attachment-store DIR (a folder every station reaches)"
        ) from None
    try:
        done = copy_files(here, there, hashes)
    except StoreTransferError as exc:
        raise UsageError(f"{exc}; nothing was copied into the new database") from None
    report = {"store": str(there.root), "files": len(hashes), "copied": done.copied,
              "already_held": done.already_held, "bytes_copied": done.bytes_copied}  # fmt: skip
    return CarriedStore(there, report)


def check_store_arrived(carried: CarriedStore | None, target: Engine) -> None:
    """Every file the target database names is intact in the target's store.

    Raises:
        UsageError: some are not (the hashes counted, the first named).
    """
    if carried is None:
        return
    lacking = unverified(carried.target, referenced_hashes(target))
    if lacking:
        raise UsageError(
            f"{len(lacking)} attachments did not arrive intact in {carried.target.root} "
            f"(first: {lacking[0]})"
        )
