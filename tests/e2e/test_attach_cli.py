"""``dossier attach|attachments|attachment get`` and ``process ready --result-file`` as real
processes, and the store surviving ``kill -9`` of an attach at any moment."""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from desktop_app.storage.attachment_store import AttachmentStore
from tests.e2e.test_cli import run_cli
from tests.support.attach_data import office_with_dossier

CHECKLIST = ({"name": "Tờ khai"}, {"name": "Bản sao CCCD"})


def _office_with_dossier(url: str) -> str:
    """A set-up office with one dossier in progress (checklist: two documents)."""
    context, code = office_with_dossier(url, CHECKLIST, in_progress=True)
    context.close()
    return code


def _scan(path: Path, size: tuple[int, int], seed: int) -> Path:
    """A page that compresses like a scan of noisy paper (not like a blank page)."""
    rng = random.Random(seed)
    width, height = size
    Image.frombytes("L", (width, height), rng.randbytes(width * height)).save(path, quality=80)
    return path


def _referenced(db: Path) -> list[tuple[str, int]]:
    with sqlite3.connect(db) as connection:
        return connection.execute(
            "SELECT a.sha256, f.bytes FROM dossier_attachment a "
            "JOIN stored_file f ON f.sha256 = a.sha256"
        ).fetchall()


def test_attach_list_get_and_result_through_the_cli(tmp_path: Path) -> None:
    db = tmp_path / "office.sqlite3"
    url = f"sqlite:///{db.as_posix()}"
    code = _office_with_dossier(url)
    pages = [_scan(tmp_path / f"p{n}.jpg", (300, 420), n) for n in range(3)]
    attached = run_cli("dossier", "attach", code, "--document", "2", *map(str, pages),
                       "--kind", "bản sao", "--issued", "2021-05-04", "--permanent", "--json",
                       db_url=url)  # fmt: skip
    assert attached.returncode == 0, attached.stderr
    view = json.loads(attached.stdout)
    assert (view["document"], view["pages"], view["permanent"], view["replaced"]) == (
        2, 3, True, False,
    )  # fmt: skip
    refused = [
        run_cli("dossier", "attach", code, "--document", "3", str(pages[0]), db_url=url),
        run_cli("dossier", "attach", code, "--document", "1", str(db), db_url=url),
    ]
    assert [r.returncode for r in refused] == [2, 2]
    assert "has no document 3" in refused[0].stderr and "is not a PDF, JPEG" in refused[1].stderr
    assert all(len(r.stderr.strip().splitlines()) == 1 for r in refused)
    listed = run_cli("dossier", "attachments", code, "--json", db_url=url)
    [entry] = json.loads(listed.stdout)["attachments"]
    assert set(entry) == set(
        [
            "document",
            "name",
            "kind",
            "sha256",
            "pages",
            "bytes",
            "reused",
            "digitised_by",
            "digitised_at",
            "number",
            "issued",
            "issuer",
            "valid_until",
            "permanent",
            "role",
        ]
    )
    assert entry["name"] == "Bản sao CCCD" and entry["issued"] == "2021-05-04"
    out = tmp_path / "copy.pdf"
    got = run_cli("dossier", "attachment", "get", code, "2", "--out", str(out), db_url=url)
    assert got.returncode == 0, got.stderr
    assert hashlib.sha256(out.read_bytes()).hexdigest() == entry["sha256"] == view["sha256"]
    signed = tmp_path / "ket-qua.pdf"
    signed.write_bytes(out.read_bytes())
    ready = run_cli("process", "ready", code, "--result-file", str(signed), "--json", db_url=url)
    assert ready.returncode == 0, ready.stderr
    assert json.loads(ready.stdout)["status"] == 9
    with sqlite3.connect(db) as connection:
        roles = connection.execute("SELECT role, sha256 FROM dossier_attachment ORDER BY role")
        assert roles.fetchall() == [("document", view["sha256"]), ("result", view["sha256"])]
    store = AttachmentStore(tmp_path / "attachments")
    assert all(store.verify(sha) for sha, _size in _referenced(db))


def _start_attach(url: str, code: str, pages: list[Path]) -> subprocess.Popen[bytes]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DESKTOP_APP_")}
    environment["DESKTOP_APP_DATABASE_URL"] = url
    command = [sys.executable, "-m", "desktop_app", "dossier", "attach", code, "--document", "1"]
    return subprocess.Popen(
        [*command, *map(str, pages)],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _kill_when_stored(process: subprocess.Popen[bytes], store: AttachmentStore, held: set[str]):
    """Kill the attach the moment a new file is under its hash (before its row commits)."""
    for _ in range(60_000):  # bounded: at most about a minute
        if process.poll() is not None or set(store.hashes()) - held:
            break
        time.sleep(0.001)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)


@pytest.mark.slow
def test_kill_9_during_an_attach_never_leaves_a_row_naming_a_missing_file(tmp_path: Path) -> None:
    db = tmp_path / "office.sqlite3"
    url = f"sqlite:///{db.as_posix()}"
    code = _office_with_dossier(url)
    store = AttachmentStore(tmp_path / "attachments")
    rng = random.Random(766)
    for run in range(4):
        # A different document each run (a new hash), large enough to take a while to write.
        pages = [_scan(tmp_path / f"r{run}p{n}.jpg", (1400, 2000), 100 * run + n) for n in range(4)]
        held = set(store.hashes())
        process = _start_attach(url, code, pages)
        if run % 2 == 0:
            _kill_when_stored(process, store, held)
        else:
            time.sleep(rng.uniform(0.5, 3.0))
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
        for sha, size in _referenced(db):
            assert store.verify(sha) and store.path_of(sha).stat().st_size == size
        assert all(store.verify(sha) for sha in store.hashes())  # nothing partial under a hash
        store.remove_temp_files()
    final = run_cli("dossier", "attach", code, "--document", "1", str(pages[0]), db_url=url)
    assert final.returncode == 0, final.stderr
    [(sha, _size)] = _referenced(db)
    assert store.verify(sha)
