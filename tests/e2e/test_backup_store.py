"""The attachment store survives: ``backup --out`` writes one archive (database + store),
``restore`` brings both back checking every hash, refuses a damaged archive without replacing
anything, still restores a single-file backup of the old kind; ``migrate-db`` carries the store
to PostgreSQL."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.storage.attachment_store import AttachmentStore
from desktop_app.storage.backup import backup_database
from desktop_app.storage.backup_archive import MANIFEST, member_name
from desktop_app.storage.database import make_engine
from desktop_app.storage.models import StoredFile
from tests.e2e.test_cli import run_cli
from tests.support.damage import flip_first_byte

#: A scan bigger than the store's 1 MiB chunk, and two small ones.
SIZES = (3 * 2**20 + 17, 4_000, 1)


@pytest.fixture(scope="module")
def initialised(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One `init` for the module (it takes seconds); each test gets a copy of the file."""
    path = tmp_path_factory.mktemp("template") / "office.sqlite3"
    assert run_cli("init", db_url=f"sqlite:///{path.as_posix()}").returncode == 0
    return path


@pytest.fixture
def office(initialised: Path, tmp_path: Path) -> tuple[str, AttachmentStore]:
    """An initialised SQLite office whose database names three stored files."""
    (tmp_path / "office").mkdir()
    database = shutil.copy(initialised, tmp_path / "office" / "office.sqlite3")
    url = f"sqlite:///{Path(database).as_posix()}"
    store = AttachmentStore(tmp_path / "office" / "attachments")
    _add_files(url, store, [os.urandom(size) for size in SIZES])
    return url, store


def _add_files(url: str, store: AttachmentStore, contents: list[bytes]) -> list[str]:
    engine = make_engine(url)
    hashes = []
    with engine.begin() as connection:
        for content in contents:
            blob = store.put_stream(iter([content]))
            row = {"sha256": blob.sha256, "bytes": blob.bytes, "pages": 1}
            connection.execute(StoredFile.__table__.insert().values(**row))
            hashes.append(blob.sha256)
    engine.dispose()
    return hashes


def _held(store: AttachmentStore) -> dict[str, str]:
    """Every file held, by name, with the SHA-256 of its bytes as read now."""
    return {
        sha: hashlib.sha256(store.path_of(sha).read_bytes()).hexdigest() for sha in store.hashes()
    }


def _stored_rows(url: str) -> int:
    engine = make_engine(url)
    with engine.connect() as connection:
        count = connection.execute(select(func.count()).select_from(StoredFile)).scalar()
    engine.dispose()
    return int(count or 0)


def test_backup_then_restore_keeps_every_attachment(office, tmp_path: Path) -> None:
    url, store = office
    before = _held(store)
    assert len(before) == 3 and all(name == digest for name, digest in before.items())
    archive = tmp_path / "backup.zip"
    made = run_cli("backup", "--out", str(archive), "--json", db_url=url)
    assert made.returncode == 0, made.stderr
    report = json.loads(made.stdout)
    assert report["attachments"] == 3 and report["attachment_bytes"] == sum(SIZES)
    assert report["left_out"] == [] and report["backend"] == "sqlite"
    with zipfile.ZipFile(archive) as z:
        manifest = json.loads(z.read(MANIFEST))
    assert manifest["format_version"] == 1 and manifest["database"] == "sqlite"
    assert {e["sha256"] for e in manifest["files"][1:]} == set(before)
    shutil.rmtree(store.root)  # the PC's store is lost
    restored = run_cli("restore", str(archive), "--force", db_url=url)
    assert restored.returncode == 0, restored.stderr
    assert "3 attachments" in restored.stdout
    assert _held(store) == before and _stored_rows(url) == 3


def _damage_member(archive: Path, name: str, out: Path) -> None:
    """A copy of ``archive`` with one byte of member ``name`` changed (CRC fixed up too)."""
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(out, "w") as copy:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == name:
                data = bytes([data[0] ^ 0xFF]) + data[1:]
            copy.writestr(info, data)


def test_a_damaged_archive_is_refused_and_nothing_is_replaced(office, tmp_path: Path) -> None:
    url, store = office
    archive = tmp_path / "backup.zip"
    assert run_cli("backup", "--out", str(archive), db_url=url).returncode == 0
    victim = sorted(store.hashes())[0]
    damaged = tmp_path / "damaged.zip"
    _damage_member(archive, member_name(victim), damaged)
    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    _add_files(url, store, [b"added after the backup"])
    before, database = _held(store), Path(url.removeprefix("sqlite:///")).read_bytes()
    for bad in (damaged, truncated):
        refused = run_cli("restore", str(bad), "--force", db_url=url)
        assert refused.returncode == 2
        lines = refused.stderr.strip().splitlines()
        assert len(lines) == 1 and "damaged" in lines[0] and "nothing was replaced" in lines[0]
        assert _held(store) == before and _stored_rows(url) == 4
        assert Path(url.removeprefix("sqlite:///")).read_bytes() == database


def test_a_single_file_backup_of_the_old_kind_still_restores(office, tmp_path: Path) -> None:
    url, store = office
    old = tmp_path / "office-20261126.sqlite3"
    engine = make_engine(url)
    backup_database(engine, old)  # what `backup --out` wrote before archives
    engine.dispose()
    _add_files(url, store, [b"newer"])
    restored = run_cli("restore", str(old), "--force", db_url=url)
    assert restored.returncode == 0, restored.stderr
    assert _stored_rows(url) == 3


def test_a_damaged_file_is_left_out_of_the_backup_and_named(office, tmp_path: Path) -> None:
    url, store = office
    victim = sorted(store.hashes())[1]
    path = store.path_of(victim)
    flip_first_byte(path)
    made = run_cli("backup", "--out", str(tmp_path / "b.zip"), "--json", db_url=url)
    assert made.returncode == 1 and "left out" in made.stderr
    report = json.loads(made.stdout)
    assert report["left_out"] == [victim] and report["attachments"] == 2


@pytest.mark.postgres
def test_migrate_db_to_postgresql_keeps_every_attachment(
    office, postgres_url: str, tmp_path: Path
) -> None:
    url, store = office
    target_folder = tmp_path / "shared-attachments"
    refused = run_cli("migrate-db", "--to", postgres_url, db_url=url)
    assert refused.returncode == 2 and "--attachment-store" in refused.stderr
    moved = run_cli("migrate-db", "--to", postgres_url, "--attachment-store", str(target_folder),
                    "--json", db_url=url)  # fmt: skip
    assert moved.returncode == 0, moved.stderr
    report = json.loads(moved.stdout)["attachments"]
    assert report["files"] == report["copied"] == 3 and report["store"] == str(target_folder)
    assert _held(AttachmentStore(target_folder)) == _held(store)
    assert _stored_rows(postgres_url) == 3
    env = {"DESKTOP_APP_ATTACHMENT_STORE": str(target_folder)}
    doctor = json.loads(run_cli("doctor", "--json", db_url=postgres_url, env=env).stdout)
    assert doctor["attachment_store"]["files_held"] == 3
    assert doctor["attachment_store"]["hash_check"] == "complete"
    assert (
        doctor["attachment_store"]["missing_count"]
        == doctor["attachment_store"]["corrupt_count"]
        == 0
    )
