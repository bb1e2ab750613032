"""The content-addressed attachment store: atomic writes, one copy per content, verified reads."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from desktop_app.storage.attachment_store import (
    AttachmentStore,
    AttachmentStoreUnset,
    CorruptAttachment,
    MissingAttachment,
    StoredBlob,
    store_root_for,
)

DATA = os.urandom(3 * (1 << 20) + 17)  # three chunks and a bit
SHA = hashlib.sha256(DATA).hexdigest()


def test_a_stream_is_stored_under_its_hash(tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path / "store")
    blob = store.put_stream(DATA[i : i + 1000] for i in range(0, len(DATA), 1000))
    assert blob == StoredBlob(SHA, len(DATA))
    assert store.path_of(SHA) == tmp_path / "store" / SHA[:2] / SHA
    assert store.path_of(SHA).read_bytes() == DATA
    assert store.has(SHA) and store.verify(SHA)
    assert b"".join(store.read_chunks(SHA, chunk_size=4096)) == DATA
    assert list(store.hashes()) == [SHA]
    assert [p.name for p in store.root.iterdir() if p.is_file()] == []  # no temp file left


def test_a_file_is_streamed_in_and_the_same_content_is_kept_once(tmp_path: Path) -> None:
    source = tmp_path / "scan.pdf"
    source.write_bytes(DATA)
    store = AttachmentStore(tmp_path / "store")
    first = store.put_file(source)
    inode = store.path_of(SHA).stat().st_ino
    again = store.put_file(source)
    assert first == again == StoredBlob(SHA, len(DATA))
    assert store.path_of(SHA).stat().st_ino == inode  # the file already held is kept
    assert list(store.hashes()) == [SHA]


def test_a_damaged_file_is_detected_on_read_and_replaced_by_a_good_copy(tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path)
    store.put_stream([DATA])
    damaged = bytearray(DATA)
    damaged[12345] ^= 0xFF
    store.path_of(SHA).write_bytes(bytes(damaged))
    assert store.has(SHA) and not store.verify(SHA)
    with pytest.raises(CorruptAttachment, match=SHA):
        for _chunk in store.read_chunks(SHA):
            pass
    store.put_stream([DATA])  # storing the content again repairs the damaged copy
    assert store.verify(SHA)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path)
    with pytest.raises(MissingAttachment, match=SHA):
        store.read_chunks(SHA)
    assert not store.has(SHA) and not store.verify(SHA)
    with pytest.raises(ValueError):
        store.path_of("../../etc/passwd")


def test_a_write_cut_off_leaves_no_file_under_a_hash_and_the_leftover_is_removed(
    tmp_path: Path,
) -> None:
    store = AttachmentStore(tmp_path)

    def cut_off():
        yield DATA[:1000]
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        store.put_stream(cut_off())
    assert list(store.hashes()) == []
    assert list(tmp_path.iterdir()) == []
    # A crash (no cleanup at all) leaves a temporary file; the store finds and removes it.
    (tmp_path / ".incoming-abc").write_bytes(DATA[:10])
    assert list(store.hashes()) == []
    assert store.remove_temp_files() == 1 and store.remove_temp_files() == 0


def test_the_store_sits_beside_a_sqlite_file_or_where_the_setting_says(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path.as_posix()}/office.sqlite3"
    assert store_root_for(url, None) == tmp_path.resolve() / "attachments"
    pg = "postgresql+psycopg://app@127.0.0.1:5432/office"
    assert store_root_for(pg, str(tmp_path / "share")) == tmp_path / "share"
    with pytest.raises(AttachmentStoreUnset, match="attachment_store"):
        store_root_for(pg, "")
