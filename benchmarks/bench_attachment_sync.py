"""Attachment sync throughput over loopback, next to a bare HTTP upload of the same bytes.

One ``uvicorn`` process serves the central application with one extra route of this
benchmark's own, ``PUT /bench/sink/{name}?last=0|1``: the body appended to a file in the same
folder, flushed after the last piece (the floor: HTTP, the body, the disk, nothing else; the
server's 1 MiB body limit holds for it too). Then:

* bare: each file sent to the sink in 512 KiB PUTs, one connection;
* sync: the office's ``AttachmentUploader`` sends the same files: status, declare, one PUT per
  512 KiB chunk (each recorded in the database), completion (the chunks joined, hashed and
  flushed), the office's ``stored_file`` row marked.

    python benchmarks/bench_attachment_sync.py [--files 20] [--mb 5] [--backend both]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
from fastapi import Request

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_lookup import run_on_backends  # noqa: E402
from tests.support.sync_harness import Office, free_port, init_central  # noqa: E402

READ = 512 * 1024


def serve(database_url: str, port: int, store: str) -> None:
    """The central app plus the sink route (run in a child process)."""
    import uvicorn

    from central_server.app import create_app
    from central_server.db import make_engine

    app = create_app(make_engine(database_url), attachment_store=Path(store))
    sink = Path(store) / "sink"
    sink.mkdir(parents=True, exist_ok=True)

    @app.put("/bench/sink/{name}")
    async def put_sink(name: str, request: Request, last: int = 0) -> dict[str, int]:
        size = 0
        with (sink / name).open("ab") as out:
            async for piece in request.stream():
                out.write(piece)
                size += len(piece)
            if last:
                out.flush()
                os.fsync(out.fileno())
        return {"bytes": size}

    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


def _pieces(path: Path) -> Iterator[bytes]:
    with path.open("rb") as source:
        while piece := source.read(READ):
            yield piece


def _start(url: str, store: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    command = [sys.executable, __file__, "--serve", url, str(port), str(store)]
    process = subprocess.Popen(command, cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                return process, base
        except httpx.HTTPError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("server did not start")


def _plant(office: Office, files: int, size: int) -> list[Path]:
    from desktop_app.storage.attachment_store import AttachmentStore, store_root_for
    from desktop_app.storage.database import make_engine, make_session_factory, session_scope
    from desktop_app.storage.models import StoredFile

    store = AttachmentStore(store_root_for(office.db_url, None))
    blobs = [store.put_stream([os.urandom(size)]) for _ in range(files)]
    engine = make_engine(office.db_url, create=False)
    with session_scope(make_session_factory(engine)) as session:
        session.add_all(StoredFile(sha256=b.sha256, bytes=b.bytes, pages=1) for b in blobs)
    engine.dispose()
    return [store.path_of(b.sha256) for b in blobs]


def _sync(office: Office, base: str) -> int:
    from desktop_app.app import build_context
    from desktop_app.sync.attachment_upload import AttachmentUploader, office_store
    from desktop_app.sync.client import SyncClient
    from desktop_app.sync.credentials import load_credential

    settings = office.settings()
    context = build_context(settings)
    credential = load_credential(office.credential_file)
    store = office_store(settings.database_url, None)
    assert store is not None
    with SyncClient(base, authorization=credential.authorization()) as client:
        result = AttachmentUploader(context.session_factory, client, store).run()
    context.close()
    return result.uploaded


def bench(name: str, url: str, files: int, megabytes: int, folder: Path) -> None:
    token = init_central(url)
    process, base = _start(url, folder / f"{name}-central-files")
    try:
        office = Office(folder / f"{name}-office").init()
        office.enrol(base, token)
        paths = _plant(office, files, megabytes * 1024 * 1024)
        total = files * megabytes
        start = time.perf_counter()
        with httpx.Client(base_url=base, timeout=60) as client:
            for path in paths:
                pieces = list(enumerate(_pieces(path)))
                for index, piece in pieces:
                    last = int(index == len(pieces) - 1)
                    url = f"/bench/sink/{path.name}?last={last}"
                    client.put(url, content=piece).raise_for_status()
        bare = time.perf_counter() - start
        start = time.perf_counter()
        uploaded = _sync(office, base)
        synced = time.perf_counter() - start
        assert uploaded == files, uploaded
        print(f"{name}: {files} files of {megabytes} MB")
        print(f"  bare upload      {total / bare:7.1f} MB/s  ({bare:.2f} s)")
        print(f"  attachment sync  {total / synced:7.1f} MB/s  ({synced:.2f} s)")
    finally:
        process.terminate()
        process.wait(10)


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--serve":
        serve(sys.argv[2], int(sys.argv[3]), sys.argv[4])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--mb", type=int, default=5)
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        run_on_backends(
            lambda n, u: bench(n, u.replace("office.sqlite3", "central.sqlite3"), args.files,
                               args.mb, folder),
            args.backend, folder,
        )  # fmt: skip


if __name__ == "__main__":
    main()
