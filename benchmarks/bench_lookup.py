"""Dossier lookup and register import on a large office database, next to their floors.

Generates a register of N dossiers (default 1,000,000) as a CSV file, imports it with
``import_register`` (the rate and the peak memory are the import benchmark), then times:

* lookup by exact code — the service (``search_dossiers`` with a scanned code) next to the
  floor, the bare indexed ``SELECT … WHERE code = ?``;
* accent-insensitive name search, first 50 results — the service with folded text ("nguyen van
  h") next to the bare range query on ``ix_dossier_name_key``; and a word inside the name
  ("nhung") next to the bare range on ``dossier_name_word``.

On SQLite (a temporary file) and PostgreSQL (a throw-away server from tests/support/postgres.py).

    python benchmarks/bench_lookup.py --rows 1000000 --backend both
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from desktop_app.app import build_context  # noqa: E402
from desktop_app.config import load_settings  # noqa: E402
from desktop_app.services.dossiers.lookup import search_dossiers  # noqa: E402
from desktop_app.services.dossiers.register_file import REGISTER_COLUMNS  # noqa: E402
from desktop_app.services.dossiers.register_import import import_register  # noqa: E402
from desktop_app.services.office.identity import current_office  # noqa: E402
from desktop_app.services.office.setup import set_up_office  # noqa: E402
from desktop_app.storage.migrate import upgrade_to_head  # noqa: E402
from motcua_core.domain.text import fold_for_search  # noqa: E402

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
UNIT = "000.00.06.H56"
PER_DAY = 400
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ")
MIDDLE = ("Văn", "Thị", "Hữu", "Minh", "Ngọc", "Thanh", "Đức", "Thu", "Quốc", "Hồng")
GIVEN = ("An", "Bình", "Châu", "Dũng", "Đào", "Giang", "Hà", "Hải", "Hằng", "Khánh", "Lan",
         "Long", "Mai", "Nam", "Nhung", "Phúc", "Quang", "Sơn", "Thảo", "Trang", "Tuấn",
         "Yến")  # fmt: skip
PROCEDURES = ("1.004873", "2.000815", "2.000884", "1.001193", "2.000635")


def code_of(index: int) -> str:
    day = datetime(2020, 1, 1) + timedelta(days=index // PER_DAY)
    return f"{UNIT}-{day:%y%m%d}-{index % PER_DAY + 1:04d}"


def id_number_of(index: int) -> str:
    """A CCCD-shaped number unique to the row (province, century/sex, year, sequence)."""
    return f"001{index % 2}{index % 100:02d}{index:06d}"


def write_register(path: Path, rows: int, *, with_id_numbers: bool = False) -> None:
    rng = random.Random(7)
    start = datetime(2020, 1, 1, 8, 0)
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(REGISTER_COLUMNS)
        for i in range(rows):
            received = start + timedelta(days=i // PER_DAY, seconds=(i % PER_DAY) * 60)
            name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
            # drawn as before, so names and statuses stay those of earlier measurements
            _ = (rng.randint(1, 96), rng.randint(0, 1), rng.randint(0, 99))
            status = rng.choice((2, 4, 9, 10, 10, 10))
            finished = (received + timedelta(days=1)).isoformat() if status >= 9 else ""
            returned = (received + timedelta(days=2)).isoformat() if status == 10 else ""
            number = id_number_of(i) if with_id_numbers else ""
            out.writerow([code_of(i), rng.choice(PROCEDURES), name, number, f"09{i % 10**8:08d}",
                          "Hà Nội", 1, received.isoformat(),
                          (received + timedelta(days=3)).isoformat(), finished, returned, status,
                          f"V{i // 2}"])  # fmt: skip


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, float]:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def bench_backend(name: str, url: str, register: Path, rows: int, repeat: int) -> None:
    settings = load_settings(environ={}, read_standard_file=False,
                             overrides={"database_url": url, "office_code": UNIT})  # fmt: skip
    context = build_context(settings, create=True)
    upgrade_to_head(context.engine)
    with context.session() as session:
        set_up_office(session, UNIT, "UBND Phường Thử")
    with context.session(read_only=True) as session:
        office = current_office(session)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    report = import_register(context.session, register, office_id=office.id, tz=TZ)
    seconds = time.perf_counter() - started
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert report.committed and report.imported == rows, report
    grown = (rss_after - rss_before) / 1024
    print(f"\n[{name}] import {rows:,} rows: {seconds:.1f} s, {rows / seconds:,.0f} rows/s, "
          f"peak RSS {rss_after / 1024:.0f} MiB (+{grown:.0f} MiB)")  # fmt: skip
    if name == "postgresql":
        with context.engine.begin() as connection:
            connection.execute(text("ANALYZE"))
    rng = random.Random(11)
    now = datetime.now(UTC)
    codes = [code_of(rng.randrange(rows)) for _ in range(repeat)]
    prefixes = [fold_for_search(f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)[0]}")
                for _ in range(repeat)]  # fmt: skip
    words = [fold_for_search(rng.choice(GIVEN)) for _ in range(repeat)]
    with context.session(read_only=True) as session:
        connection = session.connection()
        cases = {
            "code: service": lambda: search_dossiers(session, next(c), now=now, tz=TZ),
            "code: floor SQL": lambda: connection.execute(
                text("SELECT id, code FROM dossier WHERE code = :c"), {"c": next(c)}).all(),
            "name prefix, 50: service": lambda: search_dossiers(session, next(p), now=now, tz=TZ),
            "name prefix, 50: floor SQL": lambda: connection.execute(text(
                "SELECT id FROM dossier WHERE name_key >= :k AND name_key < :e "
                "ORDER BY name_key LIMIT 50"), _range(next(p))).all(),
            "name word, 50: service": lambda: search_dossiers(session, next(w), now=now, tz=TZ),
            "name word, 50: floor SQL": lambda: connection.execute(text(
                "SELECT dossier_id FROM dossier_name_word WHERE word >= :k AND word < :e "
                "LIMIT 50"), _range(next(w))).all(),
        }  # fmt: skip
        for label, fn in cases.items():
            c, p, w = iter(codes * 2), iter(prefixes * 2), iter(words * 2)
            fn()  # warm up
            c, p, w = iter(codes), iter(prefixes), iter(words)
            p50, p95 = timed(fn, repeat - 1)
            print(f"[{name}] {label:<28} p50 {p50:7.2f} ms   p95 {p95:7.2f} ms")
    context.close()


def _range(key: str) -> dict[str, str]:
    return {"k": key, "e": key + "\uffff"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        register = Path(folder) / "register.csv"
        started = time.perf_counter()
        write_register(register, args.rows)
        print(f"generated {args.rows:,} rows in {time.perf_counter() - started:.1f} s")
        run_on_backends(bench_backend, args.backend, Path(folder), register, args.rows,
                        args.repeat)  # fmt: skip


def run_on_backends(bench: Callable[..., None], backend: str, folder: Path,
                    *args: Any) -> None:  # fmt: skip
    """``bench(name, url, *args)`` on a SQLite file in ``folder`` and/or a throw-away PostgreSQL."""
    if backend in ("sqlite", "both"):
        bench("sqlite", f"sqlite:///{folder}/office.sqlite3", *args)
    if backend in ("postgresql", "both"):
        from tests.support.postgres import create_database, start_server

        server = start_server()
        try:
            bench("postgresql", create_database(server.admin_url), *args)
        finally:
            server.stop()


if __name__ == "__main__":
    main()
