"""Request bodies and query parameters out of bounds answer 422, never 500 (both backends).

A number beyond the column's width, a NUL in a text, a moment that overflows once converted to
UTC: the protocol models refuse them before any database sees them.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from tests.central.test_hostile_ops import UNIT, Central, dossier_op

OVERFLOWING = "9999-12-31T23:59:00-23:59"


@pytest.fixture
def central(database_url: str) -> Iterator[Central]:
    made = Central(database_url)
    yield made
    made.engine.dispose()


PUSH_OPS = {
    "seq beyond 64 bits": {"seq": 2**64},
    "seq just beyond a signed 64-bit column": {"seq": 2**63},
    "device time overflowing in UTC": {"device_time": OVERFLOWING},
    "NUL in the entity id": {"entity_id": "abc\x00"},
    "NUL in the entity": {"entity": "dossier\x00"},
    "schema version beyond 32 bits": {"schema_version": 2**40},
}


@pytest.mark.parametrize("case", PUSH_OPS, ids=list(PUSH_OPS))
def test_push_envelopes_out_of_bounds_answer_422(central, case) -> None:
    answer = central.push_raw([dossier_op(1) | PUSH_OPS[case]])
    assert answer.status_code == 422, answer.text


def test_push_epoch_with_nul_answers_422(central) -> None:
    body = {"batch_id": str(uuid.uuid4()), "epoch": "e\x00", "ops": [dossier_op(1)]}
    url = f"/api/v1/offices/{UNIT}/push"
    assert central.client.post(url, json=body, headers=central.auth[UNIT]).status_code == 422


def test_the_largest_seq_is_still_accepted(central) -> None:
    assert central.push([dossier_op(1) | {"seq": 2**63 - 1}])[0]["outcome"] == "applied"


@pytest.mark.parametrize("after", [2**63, 2**64, 10**30, -1])
def test_pull_cursor_out_of_bounds_answers_422(central, after: int) -> None:
    url = f"/api/v1/offices/{UNIT}/changes"
    answer = central.client.get(url, params={"after": after}, headers=central.auth[UNIT])
    assert answer.status_code == 422, answer.text


def test_pull_with_the_largest_cursor_answers_an_empty_page(central) -> None:
    url = f"/api/v1/offices/{UNIT}/changes"
    answer = central.client.get(url, params={"after": 2**63 - 1}, headers=central.auth[UNIT])
    assert answer.status_code == 200 and answer.json()["changes"] == []


def _report() -> dict[str, Any]:
    return {"device_time": "2026-11-26T02:30:00+00:00", "ops_waiting": 0, "ops_rejected": 0}


REPORTS = {
    "ops waiting beyond 32 bits": {"ops_waiting": 2**31},
    "ops rejected beyond 64 bits": {"ops_rejected": 2**64},
    "ops conflict beyond 32 bits": {"ops_conflict": 2**31},
    "pull cursor beyond 64 bits": {"pull_cursor": 2**64},
    "device time overflowing in UTC": {"device_time": OVERFLOWING},
    "last success overflowing in UTC": {"last_success": "0001-01-01T00:00:00+23:59"},
    "NUL in the app version": {"app_version": "1.0\x00"},
}


@pytest.mark.parametrize("case", REPORTS, ids=list(REPORTS))
def test_reports_out_of_bounds_answer_422(central, case) -> None:
    url = f"/api/v1/offices/{UNIT}/report"
    body = _report() | REPORTS[case]
    assert central.client.post(url, json=body, headers=central.auth[UNIT]).status_code == 422


def test_a_report_of_the_widest_counts_is_stored(central) -> None:
    url = f"/api/v1/offices/{UNIT}/report"
    body = _report() | {"ops_waiting": 2**31 - 1, "ops_rejected": 2**31 - 1}
    assert central.client.post(url, json=body, headers=central.auth[UNIT]).status_code == 200


@pytest.mark.parametrize(
    "body",
    [
        {"token": "t" * 20, "device_name": "Quầy 1\x00"},
        {"token": "t" * 19 + "\x00"},
        {"token": "t" * 20, "app_version": "\x00"},
    ],
    ids=["NUL in the device name", "NUL in the token", "NUL in the app version"],
)
def test_enrolment_with_nul_answers_422(central, body: dict[str, str]) -> None:
    assert central.client.post("/api/v1/enrol", json=body).status_code == 422
