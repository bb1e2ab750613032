"""Form II.06a over a reporting year on a large office database, next to one SQL aggregate.

The dossiers are those of ``bench_report.generate`` (default 1,000,000, all received in the
first half of 2020 with their status events, a supplement request on one in twenty), so the
whole table falls in the year 2020 (15 Dec 2019 – 14 Dec 2020): the worst case. The database
file is kept in the temporary folder and reused by the next run with the same row count.
Then times:

* the form, ``build_form_ii06a`` for ``2020`` (streamed histories with the status at both ends
  from the events, the shared rule in Python, rows per field, the late annex);
* its floor: ONE ``SELECT field, count(*) ... GROUP BY field`` over the same rows.

    python benchmarks/bench_form_ii06a.py --rows 1000000
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_report import UNIT, generate  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from desktop_app.app import build_context  # noqa: E402
from desktop_app.config import load_settings  # noqa: E402
from desktop_app.services.office.setup import set_up_office  # noqa: E402
from desktop_app.services.reports.form_ii06a import FormOptions, build_form_ii06a  # noqa: E402
from desktop_app.storage.migrate import upgrade_to_head  # noqa: E402
from desktop_app.storage.models import Dossier, Procedure  # noqa: E402
from motcua_core.domain.report_periods import parse_report_period  # noqa: E402

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
PERIOD = parse_report_period("2020")
NOW = datetime(2021, 1, 15, tzinfo=UTC)


def prepared_context(rows: int):  # type: ignore[no-untyped-def]
    """The office database with ``rows`` dossiers, generated once and cached.

    A run is generated under a ``.partial`` name and renamed when complete, so an interrupted
    generation is never reused.
    """
    path = Path(tempfile.gettempdir()) / f"bench_form_ii06a_{rows}.sqlite3"
    if not path.exists():
        partial = path.with_suffix(".partial")
        for leftover in partial.parent.glob(partial.name + "*"):
            leftover.unlink()
        context = _context(partial)
        upgrade_to_head(context.engine)
        with context.session() as session:
            set_up_office(session, UNIT, "UBND Phường Thử")
        seconds = generate(context, rows)
        context.close()
        partial.rename(path)
        print(f"generated {rows:,} dossiers in {seconds:.1f} s into {path}", flush=True)
    else:
        print(f"reusing {path}", flush=True)
    return _context(path)


def _context(path: Path):  # type: ignore[no-untyped-def]
    overrides = {"database_url": f"sqlite:///{path}", "office_code": UNIT}
    settings = load_settings(environ={}, read_standard_file=False, overrides=overrides)
    return build_context(settings, create=True)


def floor_query():  # type: ignore[no-untyped-def]
    start, end = PERIOD.utc_bounds(TZ)
    return (
        select(Procedure.field, func.count())
        .select_from(Dossier)
        .join(Procedure, Procedure.id == Dossier.procedure_id)
        .where(Dossier.received_at < end)
        .group_by(Procedure.field)
    )


def timed(fn, repeat: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(repeat):
        begun = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - begun)
    return statistics.median(samples), min(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    context = prepared_context(args.rows)
    options = FormOptions(TZ, True, NOW)
    with context.session(read_only=True) as session:
        tracemalloc.start()
        report = build_form_ii06a(session, PERIOD, options)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        floor_median, floor_best = timed(lambda: session.execute(floor_query()).all(), args.repeat)
        form_median, form_best = timed(
            lambda: build_form_ii06a(session, PERIOD, options), args.repeat
        )
    total = report.total
    print(f"figures: (3) {total['3']:,} = (7) {total['7']:,} + (11) {total['11']:,}; "
          f"late annex {len(report.late):,}; peak {peak / 2**20:.0f} MiB traced")  # fmt: skip
    print(f"floor: one GROUP BY field   median {floor_median:6.2f} s  best {floor_best:6.2f} s")
    print(f"form II.06a                 median {form_median:6.2f} s  best {form_best:6.2f} s  "
          f"({form_median / floor_median:.1f}x the floor)")  # fmt: skip
    context.close()


if __name__ == "__main__":
    main()
