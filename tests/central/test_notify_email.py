"""The centre's notifications by e-mail: a request stored once, one e-mail per request with no
ID number, 4xx retried with backoff, 5xx refused, every change pulled by the office."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from central_server.db import session_scope
from central_server.notify.ingest import ALREADY_HELD
from central_server.notify.providers import set_provider
from tests.support.notify_central import ID_NUMBER, OFFICE_NAME, NotifyCentral, notify_central
from tests.support.notify_standins import SmtpSink
from tests.support.sync_harness import free_port

CITIZEN = "an.nguyen@example.vn"


@pytest.fixture
def central(sqlite_url: str, notify_key: str) -> Iterator[NotifyCentral]:
    with notify_central(sqlite_url) as made:
        yield made


@pytest.fixture
def on_each_backend(database_url: str, notify_key: str) -> Iterator[NotifyCentral]:
    with notify_central(database_url) as made:
        yield made


def _email_provider(central: NotifyCentral, port: int) -> None:
    settings = {"host": "127.0.0.1", "port": port, "security": "none"}
    settings |= {"sender": "motcua@example.vn", "username": None}
    with session_scope(central.factory) as session:
        set_provider(session, "email", settings, {})


class _Scripted:
    """An SMTP server answering DATA with the scripted replies in turn, then 250."""

    def __init__(self, replies: list[str]) -> None:
        self.replies, self.accepted = list(replies), []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        if self.replies:
            return self.replies.pop(0)
        self.accepted.append(envelope.content)
        return "250 OK"


@pytest.fixture
def scripted() -> Iterator[tuple[_Scripted, int]]:
    handler, port = _Scripted([]), free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield handler, port
    finally:
        controller.stop()


def test_a_request_is_stored_once(on_each_backend: NotifyCentral) -> None:
    central = on_each_backend
    op = central.request_op("email", CITIZEN)
    assert central.push([op])[0]["outcome"] == "applied"
    assert central.push([op])[0]["outcome"] == "duplicate"
    assert len(central.rows()) == 1
    other = central.request_op("email", CITIZEN)
    other["payload"]["id"] = op["payload"]["id"]
    answer = central.push([dict(other, entity_id=op["payload"]["id"])])[0]
    assert (answer["outcome"], answer["reason"]) == ("applied", ALREADY_HELD)
    assert len(central.rows()) == 1


def test_a_request_of_another_office_is_rejected(central: NotifyCentral) -> None:
    op = central.request_op("email", CITIZEN)
    op["payload"]["dossier_code"] = "000.00.07.H56-261126-0001"
    answer = central.push([op])[0]
    assert answer["outcome"] == "rejected" and "another office" in answer["reason"]
    assert central.rows() == []


def test_one_email_per_request_without_the_id_number(central: NotifyCentral) -> None:
    missing = f"bản sao CCCD số {ID_NUMBER} có chứng thực"
    with SmtpSink() as sink:
        _email_provider(central, sink.port)
        first = central.request("email", CITIZEN, pushed=True)
        second = central.request("email", CITIZEN, "supplement", pushed=True, missing=missing)
        sender = central.sender()
        assert sender.run_once() == 2
        assert sender.run_once() == 0
        central.clock.advance(7 * 86400)
        assert sender.run_once() == 0
        messages = sink.parsed()
    assert len(messages) == 2 and sink.recipients == [[CITIZEN], [CITIZEN]]
    for message in messages:
        text = message.get_content()
        assert OFFICE_NAME in text and "/tra-cuu?code=000.00.06.H56-261126-" in text
        assert ID_NUMBER not in text and ID_NUMBER not in str(message)
    assert "03/12/2026" in messages[0].get_content()
    assert {central.row(first).state, central.row(second).state} == {"sent"}
    statuses = central.statuses()
    assert [(s["entity_id"], s["payload"]["state"]) for s in statuses] == [
        (first, "sent"),
        (second, "sent"),
    ]
    assert statuses[0]["payload"]["attempts"] == 1


def test_4xx_is_retried_after_a_backoff(central: NotifyCentral, scripted) -> None:
    handler, port = scripted
    handler.replies = ["451 4.3.0 Try again later", "421 4.7.0 Busy"]
    _email_provider(central, port)
    request_id = central.request("email", CITIZEN)
    sender = central.sender()
    assert sender.run_once() == 1
    row = central.row(request_id)
    assert (row.state, row.attempts) == ("retrying", 1)
    assert "451" in (row.last_error or "")
    waited = (row.next_attempt_at - central.clock.now).total_seconds()
    assert 15 <= waited <= 30
    assert sender.run_once() == 0  # not due yet
    central.clock.advance(waited)
    assert sender.run_once() == 1
    row = central.row(request_id)
    second_wait = (row.next_attempt_at - central.clock.now).total_seconds()
    assert (row.state, row.attempts) == ("retrying", 2) and 30 <= second_wait <= 60
    central.clock.advance(second_wait)
    assert sender.run_once() == 1
    assert central.row(request_id).state == "sent" and len(handler.accepted) == 1
    states = [s["payload"]["state"] for s in central.statuses()]
    assert states == ["retrying", "retrying", "sent"]


def test_5xx_is_refused_without_quoting_the_server(central: NotifyCentral, scripted) -> None:
    handler, port = scripted
    handler.replies = [f"550 5.1.1 <{CITIZEN}>: Recipient address rejected"]
    _email_provider(central, port)
    request_id = central.request("email", CITIZEN)
    sender = central.sender()
    assert sender.run_once() == 1
    central.clock.advance(86400)
    assert sender.run_once() == 0
    row = central.row(request_id)
    assert (row.state, row.attempts) == ("refused", 1) and handler.accepted == []
    [status] = central.statuses()
    assert status["payload"]["state"] == "refused" and "550" in status["payload"]["detail"]
    assert CITIZEN not in str(status) and CITIZEN not in (row.last_error or "")


def test_a_server_that_never_answers_well_is_given_up(central: NotifyCentral) -> None:
    _email_provider(central, free_port())  # nothing listens there
    request_id = central.request("email", CITIZEN)
    sender = central.sender()
    for _ in range(5):
        assert sender.run_once() == 1
        central.clock.advance(3600)
    row = central.row(request_id)
    assert (row.state, row.attempts) == ("refused", 5)
    assert "gave up after 5 tries" in (row.last_error or "")
    assert [s["payload"]["state"] for s in central.statuses()][-1] == "refused"


def test_without_a_provider_the_request_waits(central: NotifyCentral) -> None:
    request_id = central.request("email", CITIZEN)
    assert central.sender().run_once() == 1
    row = central.row(request_id)
    assert (row.state, row.last_error) == ("retrying", "no provider set for email")


def test_the_operator_page_counts_sent_and_failed_per_office(central: NotifyCentral) -> None:
    from fastapi.testclient import TestClient

    from central_server.app import create_app

    with SmtpSink() as sink:
        _email_provider(central, sink.port)
        central.request("email", CITIZEN)
        central.request(
            "email", "bad address@"
        )  # not an address: refused (was retried: IndexError)
        central.request("email", CITIZEN)
        central.sender().run_once(limit=2)
    with TestClient(create_app(central.engine, operator_token="op-token")) as client:
        closed = client.get("/admin/offices")
        page = client.get("/admin/offices", headers={"Authorization": "Bearer op-token"}).text
    assert closed.status_code == 401 and "Thông báo cho công dân" not in closed.text
    section = page.split("Thông báo cho công dân")[1]
    assert "<td>000.00.06.H56</td>" in section
    counts = [cell.split("</td>")[0] for cell in section.split("<td>")[3:7]]
    assert counts == ["1", "1", "0", "1"]
