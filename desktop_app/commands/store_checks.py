"""``doctor``'s check of the attachment store: every file the database names is there and
intact, no crash leftovers, room on its disk.

The hashes are checked in a random order for at most ``HASH_CHECK_SECONDS`` (a big store would
otherwise keep the doctor busy for hours); the report says whether every file was checked or
how many of them were, and repeated runs cover different files. Nothing is changed: a
temporary file may be another station's write in progress, so leftovers are only counted
(those older than ``LEFTOVER_AGE_SECONDS``).
"""

from __future__ import annotations

import random
import shutil
import time
from pathlib import Path
from typing import Any

from desktop_app.config import Settings
from desktop_app.storage.attachment_store import (
    AttachmentStore,
    AttachmentStoreUnset,
    store_root_for,
)

HASH_CHECK_SECONDS = 30.0
LEFTOVER_AGE_SECONDS = 3600
MIN_FREE_STORE_BYTES = 2 * 1024**3
LISTED = 10  # hashes named in the report, of each kind


def check_attachment_store(
    settings: Settings,
    problems: list[str],
    warnings: list[str],
    *,
    budget_seconds: float = HASH_CHECK_SECONDS,
) -> dict[str, Any]:
    """The store's report for the doctor; problems and warnings added to the lists."""
    referenced = _referenced(settings)
    try:
        root = store_root_for(settings.database_url, settings.attachment_store)
    except AttachmentStoreUnset:
        if referenced:
            problems.append(
                f"the database names {len(referenced)} attachments but attachment_store is "
                "not set: set it to the office's attachment folder"
            )
        return {"configured": False, "files_referenced": len(referenced)}
    report = _files_report(AttachmentStore(root), referenced, budget_seconds)
    report.update(_disk_of(root))
    _add_findings(report, problems, warnings)
    return report


def _referenced(settings: Settings) -> set[str]:
    """The hashes the database names; empty when it cannot be read (the database check says
    why)."""
    from desktop_app.storage.database import make_engine
    from desktop_app.storage.store_transfer import referenced_hashes

    try:
        engine = make_engine(settings.database_url, create=False)
    except Exception:  # missing or unreachable: reported by the database check
        return set()
    try:
        return referenced_hashes(engine)
    except Exception:
        return set()
    finally:
        engine.dispose()


def _files_report(
    store: AttachmentStore, referenced: set[str], budget_seconds: float
) -> dict[str, Any]:
    held = set(store.hashes())
    missing = sorted(referenced - held)
    checked, corrupt = _check_hashes(store, sorted(held), budget_seconds)
    return {
        "configured": True,
        "folder": str(store.root),
        "files_referenced": len(referenced),
        "files_held": len(held),
        "files_unreferenced": len(held - referenced),
        "missing_count": len(missing),
        "missing": missing[:LISTED],
        "corrupt_count": len(corrupt),
        "corrupt": sorted(corrupt)[:LISTED],
        "hashes_checked": checked,
        "hash_check": "complete" if checked == len(held) else "time-boxed",
        "hash_check_seconds": budget_seconds,
        "temp_files": _leftovers(store.root),
    }


def _check_hashes(
    store: AttachmentStore, hashes: list[str], budget_seconds: float
) -> tuple[int, list[str]]:
    """Verify files in a random order until the time budget is spent: (checked, corrupt)."""
    order = list(hashes)
    random.shuffle(order)
    deadline = time.monotonic() + budget_seconds
    corrupt = []
    checked = 0
    for sha in order:
        if checked and time.monotonic() > deadline:
            break
        if not store.verify(sha):
            corrupt.append(sha)
        checked += 1
    return checked, corrupt


def _leftovers(root: Path) -> int:
    """Temporary files of writes that never finished (files directly in the store's folder)."""
    if not root.is_dir():
        return 0
    limit = time.time() - LEFTOVER_AGE_SECONDS
    return sum(1 for p in root.iterdir() if p.is_file() and p.stat().st_mtime < limit)


def _disk_of(root: Path) -> dict[str, int]:
    probe = root
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    usage = shutil.disk_usage(probe)
    return {"free_bytes": usage.free, "total_bytes": usage.total}


def _add_findings(report: dict[str, Any], problems: list[str], warnings: list[str]) -> None:
    folder = report["folder"]
    if report["missing_count"]:
        problems.append(f"{report['missing_count']} attachments are missing from {folder}")
    if report["corrupt_count"]:
        problems.append(f"{report['corrupt_count']} attachments are damaged in {folder}")
    if report["hash_check"] != "complete":
        warnings.append(
            f"attachment hashes: {report['hashes_checked']} of {report['files_held']} files "
            f"checked (a random sample, {report['hash_check_seconds']:.0f} s)"
        )
    if report["temp_files"]:
        warnings.append(
            f"{report['temp_files']} unfinished temporary files in {folder} (a crash during a "
            "save; they are never used and can be deleted)"
        )
    if report["free_bytes"] < MIN_FREE_STORE_BYTES:
        warnings.append(
            f"only {report['free_bytes'] // 2**20} MiB free on the disk of the attachment store"
        )
