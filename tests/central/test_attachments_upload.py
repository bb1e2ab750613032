"""The office's attachment upload against the centre in-process: what is sent, what is not."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from central_server.admin import create_office, ensure_server_rows
from central_server.app import create_app
from central_server.db import make_engine as make_central_engine
from central_server.db import make_session_factory as central_sessions
from central_server.db import session_scope as central_scope
from central_server.db import upgrade_to_head
from desktop_app.storage.attachment_store import AttachmentStore
from desktop_app.storage.database import make_engine, make_session_factory, session_scope
from desktop_app.storage.models import StoredFile
from desktop_app.sync.attachment_upload import AttachmentUploader
from desktop_app.sync.client import SyncClient
from motcua_core.protocol import ATTACHMENT_CHUNK_BYTES
from tests.support.damage import flip_first_byte

UNIT = "000.00.06.H56"
CHUNK = ATTACHMENT_CHUNK_BYTES


@dataclass
class Wire(httpx.BaseTransport):
    """The centre's app behind a transport that counts requests and can cut chosen ones."""

    inner: httpx.BaseTransport
    requests: list[tuple[str, str]] = field(default_factory=list)
    #: Which chunk PUTs (counted from 0 over the test) the connection is cut on.
    cut_chunk_puts: set[int] = field(default_factory=set)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        earlier_puts = self.chunk_puts()
        self.requests.append((request.method, request.url.path))
        is_chunk = request.method == "PUT" and "/chunks/" in request.url.path
        if is_chunk and earlier_puts in self.cut_chunk_puts:
            raise httpx.ReadError("connection cut", request=request)
        return self.inner.handle_request(request)

    def chunk_puts(self) -> int:
        return sum(1 for method, path in self.requests if method == "PUT" and "/chunks/" in path)


@dataclass
class Office:
    sessions: object
    store: AttachmentStore
    wire: Wire
    client: SyncClient

    def add(self, data: bytes) -> str:
        blob = self.store.put_stream([data])
        with session_scope(self.sessions) as session:  # type: ignore[arg-type]
            session.add(StoredFile(sha256=blob.sha256, bytes=blob.bytes, pages=1))
        return blob.sha256

    def uploaded(self) -> dict[str, bool]:
        with session_scope(self.sessions, read_only=True) as session:  # type: ignore[arg-type]
            rows = session.execute(select(StoredFile.sha256, StoredFile.uploaded_at))
            return {sha: at is not None for sha, at in rows}

    def run(self):  # type: ignore[no-untyped-def]
        return AttachmentUploader(self.sessions, self.client, self.store).run()  # type: ignore[arg-type]

    def content(self, sha: str) -> bytes:
        return self.client._http.get(f"/attachments/{sha}/content").content  # noqa: SLF001


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    central = make_central_engine(f"sqlite:///{tmp_path / 'central.db'}")
    upgrade_to_head(central)
    with central_scope(central_sessions(central)) as session:
        ensure_server_rows(session)
        token = create_office(session, UNIT, "Office").token
    app = create_app(central, attachment_store=tmp_path / "central-files")
    wire = Wire(TestClient(app)._transport)  # noqa: SLF001 - the app without a network
    answer = SyncClient("http://127.0.0.1", transport=wire).enrol(token, "test")
    client = SyncClient(
        "http://127.0.0.1",
        authorization=f"Bearer {answer.device_id}:{answer.secret}",
        transport=wire,
    )
    engine = make_engine(f"sqlite:///{tmp_path / 'office.sqlite3'}")
    StoredFile.metadata.create_all(engine, tables=[StoredFile.__table__])  # type: ignore[list-item]
    yield Office(make_session_factory(engine), AttachmentStore(tmp_path / "store"), wire, client)
    engine.dispose()
    central.dispose()


def test_pending_files_go_up_and_are_marked_uploaded(office: Office) -> None:
    files = {office.add(os.urandom(size)): size for size in (10, CHUNK, 2 * CHUNK + 3)}
    result = office.run()
    assert (result.uploaded, result.failed, result.unavailable) == (3, 0, [])
    assert result.chunks_sent == 1 + 1 + 3
    assert office.uploaded() == dict.fromkeys(files, True)
    for sha in files:
        assert hashlib.sha256(office.content(sha)).hexdigest() == sha


def test_a_file_the_centre_holds_is_not_sent_again(office: Office) -> None:
    sha = office.add(os.urandom(CHUNK + 1))
    office.run()
    with session_scope(office.sessions) as session:  # type: ignore[arg-type]
        session.get(StoredFile, sha).uploaded_at = None  # e.g. the mark was lost in a crash
    before = len(office.wire.requests)
    result = office.run()
    assert (result.uploaded, result.chunks_sent) == (1, 0)
    assert office.wire.requests[before:] == [("GET", f"/api/v1/attachments/{sha}")]


def test_a_cut_upload_resumes_at_the_first_missing_chunk(office: Office) -> None:
    sha = office.add(os.urandom(4 * CHUNK))
    office.wire.cut_chunk_puts = {2}  # the third chunk PUT is cut
    first = office.run()
    assert (first.uploaded, first.failed, first.chunks_sent) == (0, 1, 2)
    assert office.uploaded() == {sha: False}
    office.wire.cut_chunk_puts = set()
    second = office.run()
    assert (second.uploaded, second.chunks_sent) == (1, 2)  # chunks 2 and 3 only
    assert hashlib.sha256(office.content(sha)).hexdigest() == sha


def test_one_failing_file_does_not_stop_the_others(office: Office) -> None:
    damaged = office.add(os.urandom(CHUNK + 5))
    missing = office.add(os.urandom(100))
    cut = office.add(os.urandom(200))
    fine = office.add(os.urandom(300))
    path = office.store.path_of(damaged)
    flip_first_byte(path)
    office.store.path_of(missing).unlink()
    office.wire.cut_chunk_puts = {0}  # the first chunk sent (of ``cut``) is cut
    result = office.run()
    assert sorted(result.unavailable) == sorted([damaged, missing])
    assert (result.uploaded, result.failed) == (1, 1) and result.retry_error is not None
    assert office.uploaded() == {damaged: False, missing: False, cut: False, fine: True}
    assert not any("/chunks/" in path and damaged in path for _m, path in office.wire.requests)
    again = office.run()  # the damaged and missing ones are reported again, nothing sent
    assert (again.uploaded, sorted(again.unavailable)) == (1, sorted([damaged, missing]))
    assert office.uploaded()[cut] is True
