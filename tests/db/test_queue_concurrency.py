"""Several kiosks and counters at once, as real processes, on SQLite and PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter as Tally

from sqlalchemy import func, select

from desktop_app.services.queue.config import add_counter
from desktop_app.services.queue.tickets import issue_ticket
from desktop_app.storage.models import QueueTicket, TicketEvent
from tests.support.queue_worker import MOMENT

ISSUERS, PER_ISSUER = 4, 500
CALLERS, TO_CALL = 6, 240


def _run_workers(commands: list[list[str]]) -> list[str]:
    workers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.support.queue_worker", *command],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for command in commands
    ]
    lines: list[str] = []
    for worker in workers:
        out, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, err
        lines += out.splitlines()
    return lines


def test_four_kiosks_issue_distinct_gapless_numbers(context, office_settings, office):
    per_issuer = PER_ISSUER if office_settings.database_url.startswith("sqlite") else 250
    url = office_settings.database_url
    printed = _run_workers([["issue", url, str(per_issuer), "A,B"] for _ in range(ISSUERS)])
    total = ISSUERS * per_issuer
    assert len(printed) == len(set(printed)) == total
    with context.session(read_only=True) as session:
        rows = session.execute(select(QueueTicket.area_id, QueueTicket.number)).all()
        displays = session.scalars(select(QueueTicket.display_number)).all()
    assert len(rows) == len(set(displays)) == total
    by_area: dict[object, list[int]] = {}
    for area_id, number in rows:
        by_area.setdefault(area_id, []).append(number)
    for numbers in by_area.values():
        assert sorted(numbers) == list(range(1, total // 2 + 1))


def test_six_counters_call_every_ticket_exactly_once(context, office_settings, office):
    with context.session() as session:
        for number in range(1, CALLERS + 1):
            add_counter(session, office.id, number=number, name=f"Quầy {number}", areas=["A", "B"])
        for index in range(TO_CALL):
            issue_ticket(
                session, office.id, "AB"[index % 2], at=MOMENT, tz=office_settings.zone,
                priority_group="elderly" if index % 5 == 0 else None,
            )  # fmt: skip
    url = office_settings.database_url
    called = _run_workers([["call", url, str(n)] for n in range(1, CALLERS + 1)])
    assert len(called) == len(set(called)) == TO_CALL
    with context.session(read_only=True) as session:
        kinds = Tally(kind for (kind,) in session.execute(select(TicketEvent.kind)).all())
        waiting = session.scalar(
            select(func.count()).select_from(QueueTicket).where(QueueTicket.status == "waiting")
        )
        ids = {str(i) for i in session.scalars(select(QueueTicket.id))}
    assert waiting == 0
    assert kinds["called"] == TO_CALL
    assert set(called) == ids
