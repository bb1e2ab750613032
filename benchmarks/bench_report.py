"""The half-year period report on a large office database, next to a single SQL aggregate.

Generates N dossiers (default 1,000,000), all received in the first half of 2020 (the worst
case: the whole table is the period), with status events (received, result ready) and a
supplement request on one dossier in twenty, bulk-inserted (executemany on SQLite, COPY on
PostgreSQL). Then times:

* the report service, ``build_period_report`` for 1 Jan – 30 Jun 2020 (all figures, daily
  counts, queue and ratings);
* its floor: ONE ``SELECT count(*), sum(CASE ...) ... WHERE received_at >= ? AND < ?`` with
  the before-due / on-time / late / open sums on the same rows.

    python benchmarks/bench_report.py --rows 1000000 --backend both
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import select, text  # noqa: E402

from desktop_app.app import build_context  # noqa: E402
from desktop_app.config import load_settings  # noqa: E402
from desktop_app.services.office.identity import current_office  # noqa: E402
from desktop_app.services.office.setup import set_up_office  # noqa: E402
from desktop_app.services.reports.period import Period, build_period_report  # noqa: E402
from desktop_app.storage.bulk import bulk_insert  # noqa: E402
from desktop_app.storage.migrate import upgrade_to_head  # noqa: E402
from desktop_app.storage.models import Dossier, DossierEvent, Procedure  # noqa: E402

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
UNIT = "000.00.06.H56"
PERIOD = Period(date(2020, 1, 1), date(2020, 6, 30))
BATCH = 50_000
FLOOR_SQL = """
SELECT count(*),
       sum(CASE WHEN status IN (9, 10) AND finished_at < :end AND finished_at < due_at
           THEN 1 ELSE 0 END),
       sum(CASE WHEN status IN (9, 10) AND finished_at < :end AND finished_at >= due_at
           THEN 1 ELSE 0 END),
       sum(CASE WHEN status NOT IN (3, 7, 8, 9, 10) AND due_at >= :end THEN 1 ELSE 0 END),
       sum(CASE WHEN status NOT IN (3, 7, 8, 9, 10) AND due_at < :end THEN 1 ELSE 0 END)
FROM dossier WHERE received_at >= :start AND received_at < :end
"""


def generate(context, rows: int, years: int = 0) -> float:
    """Insert ``rows`` dossiers with their events; returns the seconds taken.

    ``years`` 0 puts every dossier in the half-year (the worst case); otherwise they are spread
    evenly over that many years from 1 Jan 2020 (the half-year then holds 1/(2·years) of them).
    """
    started = time.perf_counter()
    rng = random.Random(2020)
    with context.session() as session:
        office = current_office(session)
        procedures = list(session.scalars(select(Procedure.id).limit(6)))
    until = datetime(2020 + years, 1, 1, tzinfo=TZ) if years else datetime(2020, 7, 1, tzinfo=TZ)
    seconds = (until - datetime(2020, 1, 1, tzinfo=TZ)).total_seconds()
    start = datetime(2020, 1, 1, 1, 0, tzinfo=UTC)
    for first in range(0, rows, BATCH):
        dossiers, events = [], []
        for i in range(first, min(rows, first + BATCH)):
            received = start + timedelta(seconds=int(seconds * i / rows))
            due = received + timedelta(days=rng.choice((0, 1, 3, 5)), hours=8)
            status = rng.choice((2, 4, 9, 10, 10, 10, 10, 3))
            finished = None
            if status in (9, 10):
                finished = due + timedelta(hours=rng.choice((-30, -20, -2, 0, 5, 30)))
            dossier_id = uuid.uuid4()
            dossiers.append({
                "id": dossier_id, "code": f"{UNIT}-{received:%y%m%d}-{i:07d}",
                "office_id": office.id, "procedure_id": procedures[i % len(procedures)],
                "name_key": "", "channel": 1 + (i % 7 == 0), "status": status,
                "received_at": received, "due_at": due, "finished_at": finished,
                "extended": i % 50 == 0, "sets_count": 1, "fee_text": "", "documents": [],
                "return_method": "counter", "updated_at": received, "visit_key": f"V{i // 2}",
            })  # fmt: skip
            events.append({"id": uuid.uuid4(), "dossier_id": dossier_id, "at": received,
                           "kind": "status_changed", "to_status": 2, "note": ""})  # fmt: skip
            if i % 20 == 0:
                events.append({"id": uuid.uuid4(), "dossier_id": dossier_id, "at": received,
                               "kind": "status_changed", "to_status": 5, "note": ""})  # fmt: skip
            if finished is not None:
                events.append({"id": uuid.uuid4(), "dossier_id": dossier_id, "at": finished,
                               "kind": "status_changed", "to_status": 9, "note": ""})  # fmt: skip
        with context.session() as session:
            bulk_insert(session, Dossier.__table__, dossiers)
            bulk_insert(session, DossierEvent.__table__, events)
    with context.engine.begin() as connection:
        connection.execute(text("ANALYZE"))
    return time.perf_counter() - started


def timed(fn, repeat: int) -> tuple[float, float]:
    samples = []
    for _ in range(repeat):
        begun = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - begun)
    return statistics.median(samples), min(samples)


def bench_backend(name: str, url: str, rows: int, repeat: int, years: int = 0) -> None:
    settings = load_settings(environ={}, read_standard_file=False,
                             overrides={"database_url": url, "office_code": UNIT})  # fmt: skip
    context = build_context(settings, create=True)
    upgrade_to_head(context.engine)
    with context.session() as session:
        set_up_office(session, UNIT, "UBND Phường Thử")
    seconds = generate(context, rows, years)
    spread = f"over {years} years" if years else "all in the half-year"
    print(f"\n[{name}] generated {rows:,} dossiers ({spread}) in {seconds:.1f} s", flush=True)
    now = datetime(2020, 7, 15, tzinfo=UTC)
    start = datetime(2020, 1, 1, tzinfo=TZ).astimezone(UTC)
    end = datetime(2020, 7, 1, tzinfo=TZ).astimezone(UTC)
    with context.session(read_only=True) as session:
        connection = session.connection()
        bind = {"start": start, "end": end}
        if name == "sqlite":  # UtcDateTime stores ISO text on SQLite
            bind = {k: v.strftime("%Y-%m-%d %H:%M:%S.%f") for k, v in bind.items()}
        report = build_period_report(session, PERIOD, tz=TZ, now=now)

        def floor() -> None:
            connection.execute(text(FLOOR_SQL), bind).one()

        def service() -> None:
            build_period_report(session, PERIOD, tz=TZ, now=now)

        floor_median, floor_best = timed(floor, repeat)
        service_median, service_best = timed(service, repeat)
    f = report.figures
    print(f"[{name}] figures: received {f.dossiers_received:,}, before due "
          f"{f.resolved_before_due:,}, on time {f.resolved_on_time:,}, late {f.resolved_late:,}, "
          f"open {f.open_within_limit + f.open_overdue:,}, supplements {f.supplements:,}",
          flush=True)  # fmt: skip
    print(f"[{name}] floor SQL aggregate   median {floor_median:6.2f} s  best {floor_best:6.2f} s")
    print(f"[{name}] report service        median {service_median:6.2f} s  best "
          f"{service_best:6.2f} s  ({service_median / floor_median:.1f}× the floor)")  # fmt: skip
    context.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="sqlite")
    parser.add_argument("--years", type=int, default=0, help="spread over N years (0: worst case)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        if args.backend in ("sqlite", "both"):
            bench_backend("sqlite", f"sqlite:///{folder}/office.sqlite3", args.rows, args.repeat,
                          args.years)  # fmt: skip
        if args.backend in ("postgresql", "both"):
            from tests.support.postgres import create_database, start_server

            server = start_server()
            try:
                bench_backend("postgresql", create_database(server.admin_url), args.rows,
                              args.repeat, args.years)  # fmt: skip
            finally:
                server.stop()


if __name__ == "__main__":
    main()
