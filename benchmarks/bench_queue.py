"""Queue hot paths next to their floors, on SQLite (a temporary file) and PostgreSQL.

Cases:
  insert    floor: one bare INSERT of a ticket row + commit (no numbering, no events, no outbox)
  issue     ``issue_ticket`` in its own transaction (number, ticket, event, outbox, board)
  issue+img ``issue_ticket`` + rendering the 80 mm ticket image at 203 dpi (the kiosk's path)
  delay     call-to-display: a counter commits ``call_next`` at random moments; a display
            polls like ``DisplayPage`` (every 250 ms, change number then board) and notes when
            it first shows each call. Floor: the poll interval (mean wait 125 ms).
  kiosks    tickets per second with 4 kiosk processes issuing at once (one transaction each)

Usage: ``python benchmarks/bench_queue.py [--backend sqlite|postgresql|both] [-n 200]``.
Benchmarks never fail on timing; copy the numbers into benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _context(url: str):
    from desktop_app.app import build_context
    from desktop_app.config import load_settings

    settings = load_settings(environ={}, read_standard_file=False, overrides={"database_url": url})
    return build_context(settings, create=True)


def prepare(url: str) -> None:
    from desktop_app.services.office.identity import current_office
    from desktop_app.services.office.setup import set_up_office
    from desktop_app.services.queue.config import add_counter
    from desktop_app.storage.migrate import upgrade_to_head

    context = _context(url)
    upgrade_to_head(context.engine)
    with context.session() as session:
        set_up_office(session, context.settings.office_code, context.settings.office_name)
        office = current_office(session)
        add_counter(session, office.id, number=1, name="Quầy 1", areas=["A", "B", "C", "D"])
    context.close()


def _ms(samples: list[float]) -> str:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return (
        f"median {statistics.median(ordered) * 1000:7.2f} ms  p99 {p99 * 1000:7.2f} ms  "
        f"max {ordered[-1] * 1000:7.2f} ms  (n={len(ordered)})"
    )


def bench_insert(url: str, n: int) -> list[float]:
    from sqlalchemy import insert

    from desktop_app.services.office.identity import current_office
    from desktop_app.storage.models import QueueTicket, ServiceArea

    context = _context(url)
    with context.session(read_only=True) as session:
        office = current_office(session)
        area_id = session.query(ServiceArea.id).filter(ServiceArea.code == "D").scalar()
    samples = []
    for index in range(n):
        started = time.perf_counter()
        with context.session() as session:
            now = datetime.now(UTC)
            session.execute(
                insert(QueueTicket).values(
                    id=uuid.uuid4(), office_id=office.id, area_id=area_id,
                    local_day=datetime(2030, 1, 1).date(), number=index + 1,
                    display_number=f"D{index + 1:03d}", status="waiting", issued_at=now,
                    arrival_at=now, recall_count=0,
                )
            )  # fmt: skip
        samples.append(time.perf_counter() - started)
    context.close()
    return samples


def bench_issue(url: str, n: int, render: bool) -> list[float]:
    from desktop_app.printing.ticket import TicketPrint, ticket_image
    from desktop_app.services.office.identity import current_office
    from desktop_app.services.queue.tickets import issue_ticket

    context = _context(url)
    zone = context.settings.zone
    samples = []
    for _ in range(n):
        started = time.perf_counter()
        with context.session() as session:
            office = current_office(session)
            ticket = issue_ticket(session, office.id, "A", at=datetime.now(UTC), tz=zone)
        if render:
            ticket_image(TicketPrint.from_ticket(ticket, office.name), zone)
        samples.append(time.perf_counter() - started)
    context.close()
    return samples


def bench_delay(url: str, calls: int) -> list[float]:
    """Seconds from a call's commit to the moment a polling display has read it."""
    from desktop_app.services.office.identity import current_office
    from desktop_app.services.queue.calls import CallPolicy, Station, call_next
    from desktop_app.services.queue.tickets import issue_ticket
    from desktop_app.ui.display.feed import BoardFeed

    counter_ctx, display_ctx = _context(url), _context(url)
    zone = counter_ctx.settings.zone
    with counter_ctx.session() as session:
        office = current_office(session)
        for _ in range(calls):
            issue_ticket(session, office.id, "B", at=datetime.now(UTC), tz=zone)
    committed: dict[str, float] = {}
    seen: dict[str, float] = {}
    feed = BoardFeed(display_ctx)
    feed.poll()
    stop = threading.Event()

    def display() -> None:
        while not stop.is_set():
            result = feed.poll()
            if result.board is not None:
                for call in result.board.last_calls:
                    seen.setdefault(str(call.event_id), time.perf_counter())
            time.sleep(0.25)

    def counter() -> None:
        rng = random.Random(4)
        for _ in range(calls):
            time.sleep(rng.uniform(0.1, 0.6))
            with counter_ctx.session() as session:
                station = Station(office.id, 1, datetime.now(UTC), zone)
                ticket = call_next(session, station, CallPolicy())
            committed[ticket.display_number] = time.perf_counter()

    watcher = threading.Thread(target=display)
    watcher.start()
    counter()
    time.sleep(0.6)
    stop.set()
    watcher.join()
    events = _call_events(counter_ctx)
    counter_ctx.close()
    display_ctx.close()
    return [seen[eid] - committed[number] for eid, number in events if eid in seen]


def _call_events(context) -> list[tuple[str, str]]:
    from sqlalchemy import select

    from desktop_app.storage.models import QueueTicket, TicketEvent

    with context.session(read_only=True) as session:
        rows = session.execute(
            select(TicketEvent.id, QueueTicket.display_number)
            .join(QueueTicket, QueueTicket.id == TicketEvent.ticket_id)
            .where(TicketEvent.kind == "called")
        ).all()
    return [(str(a), b) for a, b in rows]


def bench_kiosks(url: str, per_kiosk: int, kiosks: int = 4) -> float:
    """Tickets per second with ``kiosks`` processes issuing at once (start-up excluded)."""
    command = [sys.executable, "-m", "tests.support.queue_worker", "issue", url, str(per_kiosk)]
    workers = [
        subprocess.Popen([*command, "C"], cwd=ROOT, stdout=subprocess.PIPE, text=True)
        for _ in range(kiosks)
    ]
    firsts: list[float] = []
    for worker in workers:
        assert worker.stdout is not None
        worker.stdout.readline()
        firsts.append(time.perf_counter())
    for worker in workers:
        worker.communicate()
    elapsed = time.perf_counter() - max(firsts)
    return (kiosks * (per_kiosk - 1)) / elapsed


def run(name: str, url: str, n: int) -> None:
    prepare(url)
    print(f"\n== {name} ==")
    print(f"insert (floor)  {_ms(bench_insert(url, n))}")
    print(f"issue           {_ms(bench_issue(url, n, render=False))}")
    print(f"issue+image     {_ms(bench_issue(url, n, render=True))}")
    delays = bench_delay(url, max(20, n // 4))
    late = sum(1 for d in delays if d > 1.0)
    print(f"call→display    {_ms(delays)}  over 1 s: {late}  (floor: poll every 250 ms)")
    print(f"4 kiosks        {bench_kiosks(url, max(50, n)):7.1f} tickets/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("-n", type=int, default=200)
    args = parser.parse_args()
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])
    with tempfile.TemporaryDirectory() as folder:
        if args.backend in ("sqlite", "both"):
            run("sqlite", f"sqlite:///{Path(folder) / 'bench.sqlite3'}", args.n)
        if args.backend in ("postgresql", "both"):
            from tests.support.postgres import create_database, start_server

            server = start_server()
            try:
                run("postgresql", create_database(server.admin_url), args.n)
            finally:
                server.stop()
    del app
    # PySide6 can crash while the interpreter tears down after this mix of threads, Qt
    # painting and database drivers; the numbers are printed, so leave without the teardown.
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
