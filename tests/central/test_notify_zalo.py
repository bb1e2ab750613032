"""Zalo ZNS through a stand-in of its API on 127.0.0.1: the documented request shape, the
access token renewed when missing or refused (each refresh token used once), retries, and
exactly one message per event."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text

from central_server.db import session_scope
from central_server.notify.providers import set_provider
from central_server.notify.zalo import ZNS_PARAM_LIMIT
from tests.support.notify_central import OFFICE_NAME, PUBLIC_URL, NotifyCentral, notify_central
from tests.support.zns_standin import APP_ID, APP_SECRET, FIRST_REFRESH, ZnsStandIn

PHONE = "0912 345 678"


@pytest.fixture
def central(sqlite_url: str, notify_key: str) -> Iterator[NotifyCentral]:
    with notify_central(sqlite_url) as made:
        yield made


@pytest.fixture
def zns(central: NotifyCentral) -> Iterator[ZnsStandIn]:
    with ZnsStandIn() as standin:
        settings = {"app_id": APP_ID, "templates": {"received": "301001", "result_ready": "301002"}}
        settings |= {"api_url": standin.api_url, "oauth_url": standin.oauth_url}
        secrets = {"secret": APP_SECRET, "refresh_token": FIRST_REFRESH}
        with session_scope(central.factory) as session:
            set_provider(session, "zalo", settings, secrets)
        yield standin


def _run_until_quiet(central: NotifyCentral, passes: int = 6) -> None:
    sender = central.sender()
    for _ in range(passes):
        sender.run_once()
        central.clock.advance(3600)


def test_one_message_per_event_under_token_refresh_and_retries(
    central: NotifyCentral, zns: ZnsStandIn
) -> None:
    received = central.request("zalo", PHONE)
    ready = central.request("zalo", PHONE, event="result_ready", day=None)
    zns.faults = ["expired", "busy"]
    sender = central.sender()
    assert sender.run_once() == 2
    assert (central.row(received).state, central.row(ready).state) == ("retrying", "sent")
    zns.faults = ["lost"]
    central.clock.advance(3600)
    assert sender.run_once() == 1 and central.row(received).state == "retrying"
    _run_until_quiet(central)
    assert (central.row(received).state, central.row(ready).state) == ("sent", "sent")
    assert zns.shape_errors == [] and set(zns.delivered) == {received, ready}
    tries = [p["tracking_id"] for p in zns.posts if p["tracking_id"] == received]
    assert len(tries) == 4  # token expired, busy, answer lost, accepted
    assert [r["refresh_token"] for r in zns.refreshes][0] == FIRST_REFRESH
    assert len(zns.refreshes) == 2 and zns.refreshes[1]["refresh_token"] != FIRST_REFRESH
    body = zns.delivered[received]
    assert body["phone"] == "84912345678" and body["template_id"] == "301001"
    data = body["template_data"]
    assert data["office_name"] == OFFICE_NAME and data["date"] == "03/12/2026"
    assert data["lookup_url"] == f"{PUBLIC_URL}/tra-cuu?code={data['dossier_code']}"
    assert "date" not in zns.delivered[ready]["template_data"]
    states = [(s["entity_id"], s["payload"]["state"]) for s in central.statuses()]
    assert states.count((received, "sent")) == 1 and states.count((ready, "sent")) == 1
    assert central.row(ready).provider_message_id == f"m-{ready[:8]}"


def test_what_a_supplement_needs_reaches_zalo_masked_and_cut(
    central: NotifyCentral, zns: ZnsStandIn
) -> None:
    """The one free text goes through the same masking as the e-mail and SMS bodies: an ID or
    phone number an officer typed there never reaches Zalo, and the parameter fits."""
    with session_scope(central.factory) as session:
        settings = {"app_id": APP_ID, "templates": {"supplement": "301003"}}
        settings |= {"api_url": zns.api_url, "oauth_url": zns.oauth_url}
        secrets = {"secret": APP_SECRET, "refresh_token": FIRST_REFRESH}
        set_provider(session, "zalo", settings, secrets)
    zns.templates.add("301003")
    needs = "Bản sao CCCD 001090012345 của chủ hộ, " + "giấy xác nhận cư trú " * 10
    request = central.request("zalo", PHONE, event="supplement", day=None, missing=needs)
    _run_until_quiet(central, passes=2)
    assert central.row(request).state == "sent", central.row(request).last_error
    missing = zns.delivered[request]["template_data"]["missing"]
    assert "001090012345" not in missing and "***" in missing
    assert len(missing.encode("utf-16-le")) // 2 <= ZNS_PARAM_LIMIT


def test_the_tokens_are_kept_sealed(central: NotifyCentral, zns: ZnsStandIn) -> None:
    central.request("zalo", PHONE)
    central.sender().run_once()
    with central.engine.connect() as connection:
        stored = connection.execute(text("SELECT settings, secrets FROM notify_provider")).one()
    assert zns.refresh_token not in str(stored) and APP_SECRET not in str(stored)
    assert FIRST_REFRESH not in str(stored) and not any(t in str(stored) for t in zns.access_tokens)


def test_refusals_are_final(central: NotifyCentral, zns: ZnsStandIn) -> None:
    no_template = central.request("zalo", PHONE, event="supplement", missing="tờ khai")
    bad_phone = central.request("zalo", "12345")
    _run_until_quiet(central, passes=2)
    assert central.row(no_template).state == "refused"
    assert "no Zalo template set for the event supplement" in (
        central.row(no_template).last_error or ""
    )
    assert central.row(bad_phone).state == "refused" and "12345" not in (
        central.row(bad_phone).last_error or ""
    )
    assert zns.posts == []
