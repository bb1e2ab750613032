"""Attach a 10-page 300 dpi A4 scan (JPEG pages) to a dossier: time to saved, next to ``cp``.

The pages are generated like a scan of a typed page (light paper grain, dark lines of text),
2480 × 3508 pixels each. "Saved" is ``attach_document`` end to end on a SQLite office: the
10 JPEGs made one PDF (their bytes embedded as they are), written to the attachment store
(temporary file, fsync, rename, folder fsync), the rows, audit and outbox op committed. The
floor is ``cp`` of the same 10 JPEG files into a new folder (no fsync), and the same bytes
written with an fsync. Each repetition uses a new store, so every run writes the file.

    python benchmarks/bench_attach.py [-n 5] [--pages 10]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

A4_300DPI = (2480, 3508)


def scan_page(path: Path, seed: int) -> Path:
    """A page that compresses like a real scan: paper grain and lines of 'text'."""
    rng = random.Random(seed)
    grain = Image.effect_noise(A4_300DPI, 10).point(lambda v: min(255, 120 + v))
    draw = ImageDraw.Draw(grain)
    for line in range(60):
        y = 250 + line * 52
        x = 200
        while x < 2200:
            word = rng.randint(40, 220)
            draw.rectangle((x, y, x + word, y + 28), fill=rng.randint(20, 70))
            x += word + rng.randint(18, 30)
    grain.convert("RGB").save(path, quality=85, dpi=(300, 300))
    return path


def _office(folder: Path) -> tuple[object, str]:
    from tests.support.attach_data import office_with_dossier

    url = f"sqlite:///{(folder / 'office.sqlite3').as_posix()}"
    return office_with_dossier(url, ({"name": "Hồ sơ quét"},))


def time_attach(context, code: str, pages: list[Path], store_root: Path) -> tuple[float, int]:
    from desktop_app.services.dossiers.attach_document import attach_document
    from desktop_app.services.dossiers.attachment_metadata import AttachmentMetadata
    from desktop_app.storage.attachment_store import AttachmentStore

    store = AttachmentStore(store_root)
    started = time.perf_counter()
    with context.session() as session:
        view = attach_document(
            session, store, code, 1, pages, AttachmentMetadata(), None, datetime.now(UTC)
        )
    return time.perf_counter() - started, view.bytes


def time_cp(pages: list[Path], target: Path) -> float:
    target.mkdir()
    started = time.perf_counter()
    subprocess.run(["cp", *map(str, pages), str(target)], check=True)
    return time.perf_counter() - started


def time_fsynced_write(pages: list[Path], target: Path) -> float:
    started = time.perf_counter()
    with target.open("wb") as out:
        for page in pages:
            out.write(page.read_bytes())
        out.flush()
        os.fsync(out.fileno())
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=5, help="repetitions (median reported)")
    parser.add_argument("--pages", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        pages = [scan_page(folder / f"page{n:02}.jpg", n) for n in range(args.pages)]
        total = sum(p.stat().st_size for p in pages)
        context, code = _office(folder)
        saved, cp, fsynced, pdf_bytes = [], [], [], 0
        for run in range(args.n):
            seconds, pdf_bytes = time_attach(context, code, pages, folder / f"store{run}")
            saved.append(seconds)
            cp.append(time_cp(pages, folder / f"cp{run}"))
            fsynced.append(time_fsynced_write(pages, folder / f"fsync{run}.bin"))
        context.close()  # type: ignore[attr-defined]
    print(f"{args.pages} pages, {total / 1e6:.1f} MB of JPEG; PDF {pdf_bytes / 1e6:.1f} MB")
    for name, values in (("attach, time to saved", saved), ("cp", cp), ("write + fsync", fsynced)):
        median = statistics.median(values)
        print(f"{name:24} median {median * 1000:7.0f} ms  ({total / 1e6 / median:6.0f} MB/s)")


if __name__ == "__main__":
    main()
