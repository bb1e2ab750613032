"""``central-server prune`` on a PostgreSQL holding N applied ops of 126 offices (one province).

The applied ops are spread evenly over the last 365 days (one in fifty rejected) and loaded with
``INSERT … SELECT generate_series`` in chunks of 1M; the change log holds 2,000 procedures
changed 50 times each over the year. Then: one ``prune`` with the default 90-day window (timed),
the table sizes before and after (``VACUUM``), and a pull page of one office before and after.

    python benchmarks/bench_retention.py [--rows 10000000] [--keep-days 90]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import Engine, text  # noqa: E402

from central_server.changes import read_page  # noqa: E402
from central_server.db import make_engine, make_session_factory, session_scope  # noqa: E402
from central_server.retention import prune  # noqa: E402
from tests.support.postgres import create_database, start_server  # noqa: E402
from tests.support.sync_harness import init_central  # noqa: E402

OFFICES, PROCEDURES, VERSIONS, CHUNK = 126, 2_000, 50, 1_000_000


def _offices(engine: Engine) -> None:
    """OFFICES offices (one made by init_central) and a device each."""
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO office (id, unit_code, name, created_at) SELECT gen_random_uuid(), "
                "'000.' || lpad((n / 100)::text, 2, '0') || '.' "
                "|| lpad((n % 100)::text, 2, '0') || '.H57', 'UBND', now() "
                "FROM generate_series(1, :n) n"
            ),
            {"n": OFFICES - 1},
        )
        connection.execute(
            text(
                "INSERT INTO device (id, office_id, name, secret_hash, created_at) "
                "SELECT gen_random_uuid(), id, 'bench', repeat('0', 64), now() FROM office"
            )
        )


def _applied_ops(engine: Engine, rows: int) -> None:
    sql = text(
        "INSERT INTO applied_op (office_id, op_id, device_id, batch_id, entity, entity_id, "
        "office_seq, device_time, applied_at, outcome) "
        "SELECT d.office_id, gen_random_uuid(), d.id, gen_random_uuid(), 'dossier', n::text, n, "
        "now(), now() - (n % 365) * interval '1 day' - (n % 86400) * interval '1 second', "
        "CASE WHEN n % 50 = 0 THEN 'rejected' ELSE 'applied' END "
        "FROM generate_series(:first, :last) n "
        "JOIN (SELECT id, office_id, row_number() OVER (ORDER BY id) - 1 AS k FROM device) d "
        "ON d.k = n % :offices"
    )
    for first in range(0, rows, CHUNK):
        last = min(rows, first + CHUNK) - 1
        with engine.begin() as connection:
            connection.execute(sql, {"first": first, "last": last, "offices": OFFICES})
        print(f"  loaded {last + 1:,} applied ops", flush=True)


def _change_log(engine: Engine) -> None:
    with engine.begin() as connection:
        start = int(connection.scalar(text("SELECT last_seq FROM change_counter")) or 0)
        connection.execute(
            text(
                "INSERT INTO change_log (seq, office_id, kind, entity_id, operation, payload, at) "
                "SELECT :start + n, NULL, 'procedure', 'P' || (n % :procedures), 'upsert', "
                "'{}'::json, now() - ((:total - n) * 365.0 / :total) * interval '1 day' "
                "FROM generate_series(1, :total) n"
            ),
            {"start": start, "procedures": PROCEDURES, "total": PROCEDURES * VERSIONS},
        )
        connection.execute(
            text("UPDATE change_counter SET last_seq = :seq"),
            {"seq": start + PROCEDURES * VERSIONS},
        )


def _sizes(engine: Engine) -> dict[str, tuple[int, int]]:
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("VACUUM ANALYZE applied_op"))
        connection.execute(text("VACUUM ANALYZE change_log"))
        return {
            table: (
                int(connection.scalar(text(f"SELECT count(*) FROM {table}")) or 0),
                int(connection.scalar(text(f"SELECT pg_total_relation_size('{table}')")) or 0),
            )
            for table in ("applied_op", "change_log")
        }


def _pull_ms(engine: Engine) -> float:
    """Median of 20 first pages (after 0, 200 changes) of one office, in ms."""
    factory = make_session_factory(engine)
    with session_scope(factory) as session:
        office = uuid.UUID(str(session.scalar(text("SELECT id FROM office LIMIT 1"))))
    times = []
    for _ in range(20):
        began = time.perf_counter()
        with session_scope(factory) as session:
            read_page(session, office, 0, 200)
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--keep-days", type=int, default=90)
    args = parser.parse_args()
    server = start_server()
    try:
        db = create_database(server.admin_url)
        init_central(db)
        engine = make_engine(db)
        _offices(engine)
        began = time.perf_counter()
        _applied_ops(engine, args.rows)
        _change_log(engine)
        loaded = time.perf_counter() - began
        before, pull_before = _sizes(engine), _pull_ms(engine)
        began = time.perf_counter()
        result = prune(make_session_factory(engine), args.keep_days)
        seconds = time.perf_counter() - began
        after, pull_after = _sizes(engine), _pull_ms(engine)
        engine.dispose()
    finally:
        server.stop()
    mib = 1024 * 1024
    print(f"applied ops: {args.rows:,} over 365 days, {OFFICES} offices (loaded in {loaded:.0f} s)")
    for table in before:
        (rows_b, size_b), (rows_a, size_a) = before[table], after[table]
        print(f"  {table}: {rows_b:,} rows {size_b / mib:,.0f} MiB -> "
              f"{rows_a:,} rows {size_a / mib:,.0f} MiB")  # fmt: skip
    deleted = result.applied_ops_deleted + result.changes_deleted
    print(f"prune --older-than-days {args.keep_days}: {result.applied_ops_deleted:,} applied ops "
          f"and {result.changes_deleted:,} changes deleted in {seconds:.1f} s "
          f"({deleted / seconds:,.0f} rows/s)")  # fmt: skip
    print(
        f"pull page (200 changes, after 0): {pull_before:.1f} ms before, {pull_after:.1f} ms after"
    )


if __name__ == "__main__":
    main()
