"""The scan folder reports a file only once it is complete, and each file once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app.scanning.scan_folder import ScanFolderUnavailable, ScanFolderWatcher

CHUNK = b"%PDF-1.4\n" + b"x" * 4096


def _touch_later(path: Path, step: int) -> None:
    """Move the file's modification time on, as a clock ticking between polls would."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + step * 1_000_000_000))


def test_a_file_written_slowly_in_chunks_is_never_reported_half_written(tmp_path):
    watcher = ScanFolderWatcher(tmp_path)
    assert watcher.poll() == []
    target = tmp_path / "scan0001.pdf"
    with target.open("wb") as handle:
        for step in range(1, 6):  # the copier writes a chunk between two polls
            handle.write(CHUNK)
            handle.flush()
            _touch_later(target, step)
            assert watcher.poll() == [], f"reported after chunk {step} of 5"
    found = watcher.poll()  # unchanged since the last poll: complete
    assert [(f.path, f.size) for f in found] == [(target, 5 * len(CHUNK))]
    assert watcher.poll() == []  # reported once


def test_an_empty_file_or_one_that_cannot_be_opened_waits(tmp_path):
    locked: set[Path] = set()
    watcher = ScanFolderWatcher(tmp_path, can_open=lambda path: path not in locked)
    watcher.poll()
    empty = tmp_path / "a.jpg"
    empty.write_bytes(b"")
    busy = tmp_path / "b.png"
    busy.write_bytes(b"\x89PNG....")
    locked.add(busy)  # the scanner still holds it (Windows locks a file being written)
    assert watcher.poll() == []
    assert watcher.poll() == []
    locked.clear()
    assert [f.path for f in watcher.poll()] == [busy]


def test_old_files_other_kinds_and_hidden_files_are_not_scans(tmp_path):
    (tmp_path / "old.pdf").write_bytes(CHUNK)
    watcher = ScanFolderWatcher(tmp_path)
    watcher.poll()
    (tmp_path / "notes.txt").write_bytes(b"text")
    (tmp_path / ".partial.pdf").write_bytes(CHUNK)
    (tmp_path / "sub.pdf").mkdir()
    (tmp_path / "NEW.TIF").write_bytes(b"II*\x00data")
    watcher.poll()
    assert [f.path.name for f in watcher.poll()] == ["NEW.TIF"]
    every = ScanFolderWatcher(tmp_path, include_existing=True)
    every.poll()
    assert sorted(f.path.name for f in every.poll()) == ["NEW.TIF", "old.pdf"]


def test_a_file_rewritten_under_the_same_name_is_reported_again(tmp_path):
    watcher = ScanFolderWatcher(tmp_path)
    watcher.poll()
    scan = tmp_path / "scan.jpg"
    scan.write_bytes(b"\xff\xd8first")
    watcher.poll()
    assert len(watcher.poll()) == 1
    scan.write_bytes(b"\xff\xd8second page")
    _touch_later(scan, 3)
    assert watcher.poll() == []
    assert [f.size for f in watcher.poll()] == [len(b"\xff\xd8second page")]


def test_a_missing_folder_says_so(tmp_path):
    watcher = ScanFolderWatcher(tmp_path / "share" / "scans")
    with pytest.raises(ScanFolderUnavailable) as caught:
        watcher.poll()
    assert caught.value.reason == "missing"
    (tmp_path / "file").write_text("x")
    with pytest.raises(ScanFolderUnavailable):
        ScanFolderWatcher(tmp_path / "file").poll()
