"""Several senders at once: a request is claimed by one sender at a time and never sent twice
(PostgreSQL: SKIP LOCKED; SQLite: the conditional claim); the loop ``serve`` runs per worker."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, event, text

from central_server.app import create_app
from central_server.db import session_scope
from central_server.notify.claims import LEASE, claim_due
from central_server.notify.delivery import BackoffPolicy, record_answer
from central_server.notify.loop import attach
from central_server.notify.outgoing import Answer
from central_server.notify.providers import set_provider
from tests.support.notify_central import NotifyCentral, notify_central
from tests.support.notify_standins import SmsGateway, SmtpSink

REQUESTS = 20


@pytest.fixture
def central(database_url: str, notify_key: str) -> Iterator[NotifyCentral]:
    with notify_central(database_url) as made:
        yield made


def _sms(central: NotifyCentral, url: str) -> None:
    secrets = {"body_template": '{"to": "{{phone}}", "ref": "{{id}}", "text": "{{text}}"}'}
    secrets["headers"] = {"Content-Type": "application/json"}
    settings = {"url": url, "header_names": ["Content-Type"], "success_contains": None}
    with session_scope(central.factory) as session:
        set_provider(session, "sms", settings | {"gsm7": False}, secrets)


def _widen_the_race(engine: Engine) -> None:
    """Pause after each sender's SELECT of due requests, so both senders see the same rows
    before either claims them (without the locks and the conditional claim, both would)."""

    def pause(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().startswith("SELECT notification_request.id"):
            time.sleep(0.02)

    event.listen(engine, "after_cursor_execute", pause)


def test_two_senders_racing_send_each_request_once(central: NotifyCentral) -> None:
    ops = [central.request_op("sms", f"0912 000 {n:03d}") for n in range(REQUESTS)]
    central.push(ops)
    _widen_the_race(central.engine)
    with SmsGateway() as gateway:
        _sms(central, gateway.url)
        start = threading.Barrier(2)
        handled: list[int] = []

        def race() -> None:
            sender = central.sender()
            start.wait()
            for _ in range(REQUESTS):
                count = sender.run_once(limit=3)
                handled.append(count)
                if count == 0:
                    return

        threads = [threading.Thread(target=race) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
        refs = [r.body.split('"ref": "')[1][:36] for r in gateway.requests]
    assert sum(handled) == REQUESTS and len(refs) == REQUESTS and len(set(refs)) == REQUESTS
    assert {row.state for row in central.rows()} == {"sent"}
    statuses = central.statuses()
    assert len(statuses) == REQUESTS and len({s["entity_id"] for s in statuses}) == REQUESTS


@pytest.mark.postgres
def test_a_claim_in_progress_is_skipped_not_waited_for(postgres_url: str, notify_key: str) -> None:
    with notify_central(postgres_url) as central:
        central.push([central.request_op("sms", "0912000111") for _ in range(4)])
        now = central.clock()
        first = central.factory()
        try:
            mine = claim_due(first, "sender-a", now, 2)  # not committed: rows still locked
            with session_scope(central.factory) as second:
                second.execute(text("SET LOCAL lock_timeout = '5s'"))  # fail, never hang
                theirs = claim_due(second, "sender-b", now, 10)
        finally:
            first.commit()
            first.close()
    assert len(mine) == 2 and len(theirs) == 2 and not set(mine) & set(theirs)


def test_a_lost_claim_records_nothing(sqlite_url: str, notify_key: str) -> None:
    with notify_central(sqlite_url) as central:
        _lost_claim(central)


def _lost_claim(central: NotifyCentral) -> None:
    request_id = uuid.UUID(central.request("sms", "0912000111"))
    now = central.clock()
    with session_scope(central.factory) as session:
        assert claim_due(session, "sender-a", now, 5) == [request_id]
    with session_scope(central.factory) as session:
        assert claim_due(session, "sender-b", now + timedelta(seconds=1), 5) == []
    later = now + LEASE + timedelta(seconds=1)
    with session_scope(central.factory) as session:  # sender-a died: its claim ran out
        assert claim_due(session, "sender-b", later, 5) == [request_id]
    policy = BackoffPolicy()
    with session_scope(central.factory) as session:
        assert (
            record_answer(session, request_id, "sender-a", Answer("accepted"), later, policy)
            is None
        )
    with session_scope(central.factory) as session:
        assert (
            record_answer(session, request_id, "sender-b", Answer("accepted"), later, policy)
            == "sent"
        )
    assert [s["payload"]["state"] for s in central.statuses()] == ["sent"]


def test_the_worker_loop_sends_and_stops_with_the_app(sqlite_url: str, notify_key: str) -> None:
    with notify_central(sqlite_url) as central:
        _worker_loop(central)


def _worker_loop(central: NotifyCentral) -> None:
    with SmtpSink() as sink:
        settings = {"host": "127.0.0.1", "port": sink.port, "security": "none"}
        with session_scope(central.factory) as session:
            set_provider(session, "email", settings | {"sender": "a@example.vn"}, {})
        request_id = central.request("email", "an@example.vn")
        app = create_app(central.engine)
        sender = central.sender(clock=lambda: central.clock() + timedelta(seconds=1))
        attach(app, sender, interval=0.05)
        with TestClient(app):
            for _ in range(400):  # bounded wait for the loop's first pass
                if sink.raw:
                    break
                time.sleep(0.025)
        threads = [t.name for t in threading.enumerate()]
        assert len(sink.raw) == 1
    assert central.row(request_id).state == "sent"
    assert "notification-sender" not in threads
