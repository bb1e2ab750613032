"""Known-citizen and doubled-reception checks on a large office database, next to their floors.

At the counter, a scanned card or a typed ID number asks two questions before the officer saves:
who is this citizen (the newest record: ``known_applicant``) and was the same citizen received
for the same procedure within the hour (``recent_duplicates``). Both must stay instant on an
office with years of dossiers. The floor is the bare indexed ``SELECT`` on ``dossier.id_number``.

    python benchmarks/bench_citizens.py --rows 1000000 --backend sqlite
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from benchmarks.bench_lookup import (  # noqa: E402
    TZ,
    UNIT,
    id_number_of,
    run_on_backends,
    timed,
    write_register,
)
from desktop_app.app import build_context  # noqa: E402
from desktop_app.config import load_settings  # noqa: E402
from desktop_app.services.dossiers.citizens import known_applicant, recent_duplicates  # noqa: E402
from desktop_app.services.dossiers.register_import import import_register  # noqa: E402
from desktop_app.services.office.identity import current_office  # noqa: E402
from desktop_app.services.office.setup import set_up_office  # noqa: E402
from desktop_app.storage.migrate import upgrade_to_head  # noqa: E402

FLOOR = "SELECT applicant_id FROM dossier WHERE id_number = :n ORDER BY received_at DESC LIMIT 1"


def bench_backend(name: str, url: str, register: Path, rows: int, repeat: int) -> None:
    settings = load_settings(environ={}, read_standard_file=False,
                             overrides={"database_url": url, "office_code": UNIT})  # fmt: skip
    context = build_context(settings, create=True)
    upgrade_to_head(context.engine)
    with context.session() as session:
        set_up_office(session, UNIT, "UBND Phường Thử")
    with context.session(read_only=True) as session:
        office = current_office(session)
    started = time.perf_counter()
    report = import_register(context.session, register, office_id=office.id, tz=TZ)
    assert report.committed and report.imported == rows, report
    print(f"\n[{name}] {rows:,} dossiers imported in {time.perf_counter() - started:.1f} s")
    if name == "postgresql":
        with context.engine.begin() as connection:
            connection.execute(text("ANALYZE"))
    rng = random.Random(5)
    numbers = [id_number_of(rng.randrange(rows)) for _ in range(repeat)]
    now = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)
    with context.session(read_only=True) as session:
        connection = session.connection()
        cases = {
            "known citizen: service": lambda: known_applicant(session, next(n)),
            "doubled reception: service": lambda: recent_duplicates(
                session, next(n), "1.001193", now),
            "by ID number: floor SQL": lambda: connection.execute(
                text(FLOOR), {"n": next(n)}).all(),
        }  # fmt: skip
        for label, fn in cases.items():
            n = iter(numbers * 2)
            fn()  # warm up
            n = iter(numbers)
            p50, p95 = timed(fn, repeat - 1)
            print(f"[{name}] {label:<28} p50 {p50:7.2f} ms   p95 {p95:7.2f} ms")
    context.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        register = Path(folder) / "register.csv"
        write_register(register, args.rows, with_id_numbers=True)
        run_on_backends(bench_backend, args.backend, Path(folder), register, args.rows,
                        args.repeat)  # fmt: skip


if __name__ == "__main__":
    main()
