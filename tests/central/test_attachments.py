"""Attachment uploads in-process: chunks, resuming, completion by hash, who may read a file."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select

from central_server.admin import create_office, ensure_server_rows
from central_server.app import create_app
from central_server.attachment_folder import DamagedFile, folder_for
from central_server.db import make_engine, make_session_factory, session_scope, upgrade_to_head
from central_server.models import AttachmentBlob, AttachmentChunk
from motcua_core.protocol import ATTACHMENT_CHUNK_BYTES
from tests.support.damage import flip_first_byte

UNIT, OTHER = "000.00.06.H56", "000.00.07.H56"
OPERATOR_TOKEN = "operator-token-for-tests"
CHUNK = ATTACHMENT_CHUNK_BYTES


@dataclass
class Centre:
    engine: Engine
    store: Path
    tokens: dict[str, str]

    def client(self, store: Path | None = None) -> TestClient:
        """A worker of its own on the same database and folder."""
        app = create_app(self.engine, operator_token=OPERATOR_TOKEN, attachment_store=store)
        return TestClient(app)

    def device(self, unit: str = UNIT) -> Device:
        client = self.client(self.store)
        answer = client.post("/api/v1/enrol", json={"token": self.tokens.pop(unit)})
        assert answer.status_code == 200, answer.text
        data = answer.json()
        return Device(client, {"Authorization": f"Bearer {data['device_id']}:{data['secret']}"})

    def count(self, model: type) -> int:
        with session_scope(make_session_factory(self.engine)) as session:
            return int(session.scalar(select(func.count()).select_from(model)) or 0)


@dataclass
class Device:
    client: TestClient
    headers: dict[str, str]

    def status(self, sha: str):  # type: ignore[no-untyped-def]
        return self.client.get(f"/api/v1/attachments/{sha}", headers=self.headers)

    def declare(self, sha: str, size: int):  # type: ignore[no-untyped-def]
        return self.client.put(f"/api/v1/attachments/{sha}?bytes={size}", headers=self.headers)

    def chunk(self, sha: str, index: int, data: bytes):  # type: ignore[no-untyped-def]
        url = f"/api/v1/attachments/{sha}/chunks/{index}"
        return self.client.put(url, content=data, headers=self.headers)

    def complete(self, sha: str):  # type: ignore[no-untyped-def]
        return self.client.post(f"/api/v1/attachments/{sha}/complete", headers=self.headers)

    def content(self, sha: str):  # type: ignore[no-untyped-def]
        return self.client.get(f"/api/v1/attachments/{sha}/content", headers=self.headers)

    def upload(self, data: bytes) -> str:
        sha = hashlib.sha256(data).hexdigest()
        assert self.declare(sha, len(data)).status_code == 200
        for index, start in enumerate(range(0, len(data), CHUNK)):
            assert self.chunk(sha, index, data[start : start + CHUNK]).status_code == 200
        answer = self.complete(sha)
        assert answer.status_code == 200, answer.text
        return sha


@pytest.fixture
def centre(database_url: str, tmp_path: Path) -> Iterator[Centre]:
    engine = make_engine(database_url)
    upgrade_to_head(engine)
    with session_scope(make_session_factory(engine)) as session:
        ensure_server_rows(session)
        tokens = {
            unit: create_office(session, unit, f"Office {unit}").token for unit in (UNIT, OTHER)
        }
    yield Centre(engine, tmp_path / "central-files", tokens)
    engine.dispose()


def _file(size: int) -> bytes:
    return os.urandom(size)


def test_a_file_goes_up_in_chunks_and_comes_back_whole(centre: Centre) -> None:
    device = centre.device()
    data = _file(2 * CHUNK + 1000)
    sha = hashlib.sha256(data).hexdigest()
    assert device.status(sha).status_code == 404
    declared = device.declare(sha, len(data)).json()
    assert declared == {
        "sha256": sha,
        "bytes": len(data),
        "chunk_bytes": CHUNK,
        "received": [],
        "next_chunk": 0,
        "complete": False,
    }
    assert device.chunk(sha, 1, data[CHUNK : 2 * CHUNK]).json()["next_chunk"] == 0
    assert device.chunk(sha, 0, data[:CHUNK]).json()["next_chunk"] == 2
    assert device.complete(sha).status_code == 409  # chunk 2 has not arrived
    last = device.chunk(sha, 2, data[2 * CHUNK :]).json()
    assert (last["received"], last["next_chunk"]) == ([0, 1, 2], None)
    done = device.complete(sha).json()
    assert (done["complete"], done["next_chunk"]) == (True, None)
    answer = device.content(sha)
    assert answer.status_code == 200 and answer.content == data
    assert answer.headers["content-type"] == "application/octet-stream"
    assert (centre.store / "files" / sha[:2] / sha).read_bytes() == data
    assert centre.count(AttachmentChunk) == 0  # the chunks are gone once joined
    assert [p for p in (centre.store / "uploads").rglob("*") if p.is_file()] == []


def test_a_chunk_over_512_kib_is_refused_with_413_and_nothing_is_stored(centre: Centre) -> None:
    device = centre.device()
    data = _file(3 * CHUNK)
    sha = hashlib.sha256(data).hexdigest()
    device.declare(sha, len(data))
    assert device.chunk(sha, 0, data[: CHUNK + 1]).status_code == 413

    def unsized() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        yield data[:CHUNK]
        yield data[CHUNK : CHUNK + 10]

    url = f"/api/v1/attachments/{sha}/chunks/0"
    assert device.client.put(url, content=unsized(), headers=device.headers).status_code == 413
    assert device.status(sha).json()["received"] == []


def test_a_chunk_of_the_wrong_length_or_past_the_end_is_refused(centre: Centre) -> None:
    device = centre.device()
    data = _file(CHUNK + 10)
    sha = hashlib.sha256(data).hexdigest()
    device.declare(sha, len(data))
    assert device.chunk(sha, 1, data[CHUNK:] + b"x").status_code == 409
    assert device.chunk(sha, 0, data[:100]).status_code == 409
    assert device.chunk(sha, 2, b"x").status_code == 409
    assert device.declare(sha, len(data) + 1).status_code == 409
    assert device.chunk("0" * 64, 0, b"x").status_code == 404  # never declared
    assert device.status(sha).json()["received"] == []


def test_a_wrong_hash_on_completion_is_refused_and_the_chunks_discarded(centre: Centre) -> None:
    device = centre.device()
    data = _file(CHUNK + 5)
    sha = hashlib.sha256(data).hexdigest()
    device.declare(sha, len(data))
    device.chunk(sha, 0, data[:CHUNK])
    device.chunk(sha, 1, b"WRONG")  # the right length, other bytes
    refused = device.complete(sha)
    assert refused.status_code == 409 and "SHA-256" in refused.json()["detail"]
    status = device.status(sha).json()
    assert (status["received"], status["next_chunk"], status["complete"]) == ([], 0, False)
    assert device.content(sha).status_code == 404
    assert not (centre.store / "files" / sha[:2] / sha).exists()
    assert centre.count(AttachmentChunk) == 0
    device.chunk(sha, 0, data[:CHUNK])
    device.chunk(sha, 1, data[CHUNK:])
    assert device.complete(sha).json()["complete"] is True
    assert device.content(sha).content == data


def test_a_chunk_lost_or_cut_short_on_disk_is_asked_for_again(centre: Centre) -> None:
    device = centre.device()
    data = _file(3 * CHUNK)
    sha = hashlib.sha256(data).hexdigest()
    device.declare(sha, len(data))
    for index in range(3):
        device.chunk(sha, index, data[index * CHUNK : (index + 1) * CHUNK])
    chunks = sorted(p for p in (centre.store / "uploads").rglob("*") if p.is_file())
    chunks[0].unlink()  # as a crash before the disk held it would leave it
    chunks[2].write_bytes(data[2 * CHUNK : 2 * CHUNK + 10])
    refused = device.complete(sha)
    assert refused.status_code == 409 and "chunk 0" in refused.json()["detail"]
    status = device.status(sha).json()
    assert (status["received"], status["next_chunk"]) == ([1], 0)
    device.chunk(sha, 0, data[:CHUNK])
    device.chunk(sha, 2, data[2 * CHUNK :])
    assert device.complete(sha).json()["complete"] is True
    assert device.content(sha).content == data


def test_a_cut_upload_resumes_at_the_first_missing_chunk_on_another_worker(
    centre: Centre,
) -> None:
    device = centre.device()
    data = _file(4 * CHUNK)
    sha = hashlib.sha256(data).hexdigest()
    device.declare(sha, len(data))
    device.chunk(sha, 0, data[:CHUNK])
    device.chunk(sha, 2, data[2 * CHUNK : 3 * CHUNK])
    restarted = Device(centre.client(centre.store), device.headers)  # a new process's view
    status = restarted.status(sha).json()
    assert (status["received"], status["next_chunk"]) == ([0, 2], 1)
    restarted.chunk(sha, 1, data[CHUNK : 2 * CHUNK])
    restarted.chunk(sha, 3, data[3 * CHUNK :])
    assert restarted.complete(sha).json()["complete"] is True
    assert restarted.content(sha).content == data


def test_a_file_the_office_holds_is_complete_at_once_and_not_sent_again(centre: Centre) -> None:
    device = centre.device()
    data = _file(CHUNK // 2)
    sha = device.upload(data)
    again = device.declare(sha, len(data)).json()
    assert again["complete"] is True and again["next_chunk"] is None
    assert device.status(sha).json()["complete"] is True
    assert device.chunk(sha, 0, data).json()["complete"] is True  # a late resend changes nothing
    assert device.complete(sha).status_code == 200


def test_another_office_gets_404_for_a_file_it_does_not_hold(centre: Centre) -> None:
    mine, theirs = centre.device(UNIT), centre.device(OTHER)
    data = _file(CHUNK + 1)
    sha = mine.upload(data)
    assert theirs.status(sha).status_code == 404
    assert theirs.content(sha).status_code == 404
    unknown = "ab" * 32
    assert theirs.content(unknown).status_code == 404  # the same answer as for no file at all
    assert theirs.content(sha).json() == theirs.content(unknown).json()
    # Knowing the hash is not enough: the other office must send the bytes itself.
    declared = theirs.declare(sha, len(data)).json()
    assert (declared["complete"], declared["next_chunk"]) == (False, 0)
    assert theirs.complete(sha).status_code == 409
    assert theirs.content(sha).status_code == 404
    theirs.upload(data)
    assert theirs.content(sha).content == data
    assert centre.count(AttachmentBlob) == 1  # the bytes are stored once


def test_routes_need_a_device_credential(centre: Centre) -> None:
    client = centre.client(centre.store)
    sha = "cd" * 32
    for method, path in (
        ("GET", f"/api/v1/attachments/{sha}"),
        ("PUT", f"/api/v1/attachments/{sha}?bytes=1"),
        ("PUT", f"/api/v1/attachments/{sha}/chunks/0"),
        ("POST", f"/api/v1/attachments/{sha}/complete"),
        ("GET", f"/api/v1/attachments/{sha}/content"),
    ):
        assert client.request(method, path).status_code == 401, path


def test_the_stats_count_the_files_held_for_the_office(centre: Centre) -> None:
    mine, theirs = centre.device(UNIT), centre.device(OTHER)
    mine.upload(_file(100))
    mine.upload(_file(CHUNK + 3))
    partial = _file(CHUNK + 3)
    mine.declare(hashlib.sha256(partial).hexdigest(), len(partial))  # not complete: not held
    theirs.upload(_file(10))
    operator = {"Authorization": f"Bearer {OPERATOR_TOKEN}"}
    stats = mine.client.get(f"/api/v1/offices/{UNIT}/stats", headers=operator).json()
    assert stats["attachments"] == 2 and stats["unit_code"] == UNIT and "dossiers" in stats
    other = mine.client.get(f"/api/v1/offices/{OTHER}/stats", headers=operator).json()
    assert other["attachments"] == 1


def test_a_server_without_an_attachment_folder_answers_503(centre: Centre) -> None:
    assert folder_for("postgresql+psycopg://central@db.example/central", None) is None
    device = centre.device()
    device.client.app.state.attachment_folder = None  # type: ignore[attr-defined]
    answer = device.status("ef" * 32)
    assert answer.status_code == 503 and "--attachment-store" in answer.json()["detail"]
    assert int(answer.headers["Retry-After"]) > 0


def test_a_sqlite_server_keeps_its_files_beside_the_database(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'central.db'}")
    try:
        app = create_app(engine)
        assert app.state.attachment_folder.root == tmp_path / "central-attachments"
    finally:
        engine.dispose()


def test_a_damaged_file_is_never_served_as_whole(centre: Centre) -> None:
    device = centre.device()
    data = _file(CHUNK + 7)
    sha = device.upload(data)
    path = centre.store / "files" / sha[:2] / sha
    flip_first_byte(path)
    with pytest.raises(DamagedFile):  # a real server cuts the answer: no whole body arrives
        device.content(sha)
