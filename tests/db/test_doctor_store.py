"""``doctor`` checks the attachment store: a missing and a damaged file are problems; crash
leftovers, a time-boxed hash check and little free space are warnings."""

from __future__ import annotations

import os
import time

import pytest

from desktop_app.commands import store_checks
from desktop_app.commands.store_checks import check_attachment_store
from desktop_app.storage.attachment_store import AttachmentStore, store_root_for
from desktop_app.storage.models import StoredFile


@pytest.fixture
def database_url(sqlite_url: str) -> str:
    """The store's folder follows the SQLite file; one backend is enough here."""
    return sqlite_url


@pytest.fixture
def store(context) -> AttachmentStore:
    """The office's store with four files the database names."""
    store = AttachmentStore(store_root_for(context.settings.database_url, None))
    with context.session() as session:
        for n in range(4):
            blob = store.put_stream(iter([f"scan {n} ".encode() * 1000]))
            session.add(StoredFile(sha256=blob.sha256, bytes=blob.bytes, pages=1))
    return store


def _check(context, **kwargs):
    problems: list[str] = []
    warnings: list[str] = []
    report = check_attachment_store(context.settings, problems, warnings, **kwargs)
    return report, problems, warnings


def test_a_healthy_store_passes(context, store):
    report, problems, warnings = _check(context)
    assert problems == [] and report["files_referenced"] == report["files_held"] == 4
    assert report["hash_check"] == "complete" and report["hashes_checked"] == 4
    assert report["missing_count"] == report["corrupt_count"] == report["temp_files"] == 0
    assert report["folder"] == str(store.root) and report["free_bytes"] > 0


def test_doctor_finds_a_missing_and_a_damaged_file(context, store):
    missing, damaged = sorted(store.hashes())[:2]
    store.path_of(missing).unlink()
    path = store.path_of(damaged)
    path.write_bytes(path.read_bytes()[:-1] + b"?")
    report, problems, _ = _check(context)
    assert report["missing"] == [missing] and report["missing_count"] == 1
    assert report["corrupt"] == [damaged] and report["corrupt_count"] == 1
    assert any("1 attachments are missing" in p for p in problems)
    assert any("1 attachments are damaged" in p for p in problems)


def test_leftovers_of_a_crash_are_counted_not_removed(context, store):
    old = store.root / ".incoming-crashed"
    old.write_bytes(b"half a scan")
    hour_ago = time.time() - 2 * store_checks.LEFTOVER_AGE_SECONDS
    os.utime(old, (hour_ago, hour_ago))
    (store.root / ".incoming-in-progress").write_bytes(b"another station writing")
    report, problems, warnings = _check(context)
    assert report["temp_files"] == 1 and problems == [] and old.exists()
    assert any("unfinished temporary files" in w for w in warnings)


def test_a_big_store_is_checked_within_a_time_budget(context, store):
    report, _, warnings = _check(context, budget_seconds=0.0)
    assert report["hash_check"] == "time-boxed" and report["hashes_checked"] == 1
    assert any("1 of 4 files checked" in w for w in warnings)


def test_little_free_space_is_a_warning(context, store, monkeypatch):
    monkeypatch.setattr(store_checks, "MIN_FREE_STORE_BYTES", 2**62)
    _, problems, warnings = _check(context)
    assert problems == [] and any("free on the disk of the attachment store" in w for w in warnings)


def test_files_named_without_a_store_setting_are_a_problem(context, store, monkeypatch):
    monkeypatch.setattr(store_checks, "store_root_for", _unset)
    report, problems, _ = _check(context)
    assert report == {"configured": False, "files_referenced": 4}
    assert any("attachment_store is not set" in p for p in problems)


def _unset(url, configured):
    from desktop_app.storage.attachment_store import AttachmentStoreUnset

    raise AttachmentStoreUnset("no store")
