"""Attachment sync end to end: 20 files of 5 MB through a proxy that cuts connections at random.

Real central server on 127.0.0.1 (PostgreSQL, ``--attachment-store``), the office's
``sync --once`` as a subprocess (SQLite, its attachment store beside the database), run until
complete. Afterwards every file is held centrally exactly once with its hash equal, the office
marks each uploaded, the client's peak RSS (the child's own ``wait4`` usage) stays under
150 MB, and a second pass with the marks cleared sends no chunk at all.
"""

from __future__ import annotations

import hashlib
import json
import random
import socket
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from desktop_app.storage.attachment_store import AttachmentStore, store_root_for
from motcua_core.protocol import ATTACHMENT_CHUNK_BYTES
from tests.support.fault_proxy import FaultProxy
from tests.support.sync_harness import ROOT, CentralServer, Office, central_query

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

FILES, FILE_BYTES = 20, 5 * 1024 * 1024
MAX_CLIENT_RSS_BYTES = 150 * 1024 * 1024
ATTEMPTS = 12


class _CountedSocket:
    """A socket whose bytes sent are added to its proxy's ``sent_upstream``."""

    def __init__(self, sock: socket.socket, proxy: CountingProxy) -> None:
        self._sock, self._proxy = sock, proxy

    def sendall(self, data: bytes) -> None:
        self._proxy.sent_upstream += len(data)
        self._sock.sendall(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)


class CountingProxy(FaultProxy):
    """The fault proxy, counting the bytes it forwards to the server."""

    sent_upstream = 0

    def _pump(self, source, sink, limit, delay, hold, done):  # type: ignore[no-untyped-def]
        if sink.getpeername()[1] == self.target_port:
            sink = _CountedSocket(sink, self)
        super()._pump(source, sink, limit, delay, hold, done)


def _random_cuts(rng: random.Random, count: int) -> list[str]:
    """Faults for the next connections: mostly requests cut after a random number of bytes,
    some answers truncated, a few refused."""
    faults = []
    for _ in range(count):
        roll = rng.random()
        if roll < 0.6:
            faults.append(f"cut_request={rng.randint(200, FILE_BYTES)}")
        elif roll < 0.85:
            faults.append(f"truncate_response={rng.randint(0, 400)}")
        else:
            faults.append("refuse")
    return faults


def _plant_files(office: Office, rng: random.Random) -> list[str]:
    """Files in the office's store with their ``stored_file`` rows, as reception leaves them."""
    from desktop_app.storage.database import make_engine, make_session_factory, session_scope
    from desktop_app.storage.models import StoredFile

    store = AttachmentStore(store_root_for(office.db_url, None))
    files = [store.put_stream([rng.randbytes(FILE_BYTES)]).sha256 for _ in range(FILES)]
    engine = make_engine(office.db_url, create=False)
    try:
        with session_scope(make_session_factory(engine)) as session:
            session.add_all(StoredFile(sha256=sha, bytes=FILE_BYTES, pages=1) for sha in files)
    finally:
        engine.dispose()
    return files


def _sync_once(office: Office, url: str, out: Path) -> tuple[int, dict[str, Any], int]:
    """``sync --once --json``: its exit code, its report, its peak RSS in bytes (``VmHWM`` of
    the client's own memory, read while it runs: ``wait4``'s figure would count the memory of
    this test process, which the child was forked from)."""
    env = office.env({"DESKTOP_APP_CENTRAL_SERVER_URL": url})
    peak = 0
    with out.open("w") as stdout:
        process = subprocess.Popen(
            office.sync_command("--once", "--json"),
            stdout=stdout,
            stderr=subprocess.DEVNULL,
            env=env,
            cwd=ROOT,
        )
        status = Path(f"/proc/{process.pid}/status")
        while process.poll() is None:
            peak = max(peak, _high_water_mark(status))
            time.sleep(0.02)
    text = out.read_text()
    report = json.loads(text) if text.strip() else {}
    return process.returncode, report, peak


def _high_water_mark(status: Path) -> int:
    """The process's peak resident memory so far, in bytes (0 once it is gone)."""
    try:
        lines = status.read_text().splitlines()
    except OSError:
        return 0
    for line in lines:
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0


def _clear_upload_marks(office: Office) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(office.db_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE stored_file SET uploaded_at = NULL"))
    finally:
        engine.dispose()


def _sha_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        while piece := source.read(1 << 20):
            digest.update(piece)
    return digest.hexdigest()


def test_attachments_sync_through_random_cuts_once_each_in_bounded_memory(
    tmp_path: Path, postgres_url: str
) -> None:
    from tests.support.sync_harness import init_central

    token = init_central(postgres_url)
    central_files = tmp_path / "central-files"
    server = CentralServer(
        postgres_url,
        log_path=tmp_path / "server.log",
        extra_args=("--attachment-store", str(central_files)),
    ).start()
    proxy = CountingProxy(server.port)
    try:
        office = Office(tmp_path / "office").init()
        office.enrol(server.url, token)
        rng = random.Random(13)
        files = _plant_files(office, rng)
        proxy.script.extend(_random_cuts(rng, 12))
        peak, passes, cut_passes = 0, 0, 0
        for passes in range(1, ATTEMPTS + 1):  # noqa: B007 - the count is reported
            code, report, rss = _sync_once(office, proxy.url, tmp_path / f"pass{passes}.json")
            peak = max(peak, rss)
            cut_passes += code != 0
            if code == 0:
                break
        assert code == 0, f"not complete after {ATTEMPTS} passes: {report.get('error')}"
        assert cut_passes > 0 and proxy.connections > passes  # the cuts did happen
        assert peak < MAX_CLIENT_RSS_BYTES, f"client peak RSS {peak / 2**20:.0f} MiB"

        held = central_query(
            postgres_url, "SELECT sha256 FROM attachment_holding WHERE held_at IS NOT NULL"
        )
        assert sorted(sha for (sha,) in held) == sorted(files)
        blobs = central_query(postgres_url, "SELECT sha256, bytes, complete FROM attachment_blob")
        assert sorted(blobs) == sorted((sha, FILE_BYTES, True) for sha in files)
        stored = sorted(p for p in (central_files / "files").rglob("*") if p.is_file())
        assert [p.name for p in stored] == sorted(files)  # each file exactly once
        assert all(_sha_of(p) == p.name for p in stored)
        assert [p for p in (central_files / "uploads").rglob("*") if p.is_file()] == []
        assert office.query("SELECT count(*) FROM stored_file WHERE uploaded_at IS NULL") == [(0,)]
        assert server.stats()["attachments"] == FILES

        # Already held: with the marks cleared, a pass asks and sends nothing.
        _clear_upload_marks(office)
        before = proxy.sent_upstream
        code, report, _rss = _sync_once(office, proxy.url, tmp_path / "again.json")
        assert code == 0, report
        assert (report["attachments_uploaded"], report["attachment_chunks_sent"]) == (FILES, 0)
        assert proxy.sent_upstream - before < ATTACHMENT_CHUNK_BYTES
    finally:
        proxy.close()
        server.stop()
