"""The probes (/healthz, /readyz), /metrics behind the operator credential, JSON logs, ids."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from prometheus_client import REGISTRY
from sqlalchemy import text

from central_server.app import create_app
from central_server.db import make_engine
from central_server.json_logging import JsonFormatter, current_request_id, log_config
from tests.support.push_ops import dossier_ops, push_body
from tests.support.sync_harness import free_port, init_central

OPERATOR = "operator-token-for-tests"
PUSH_ROUTE = "/api/v1/offices/{unit_code}/push"


@pytest.fixture
def central(database_url: str) -> Iterator[tuple[TestClient, str]]:
    token = init_central(database_url)
    engine = make_engine(database_url)
    yield TestClient(create_app(engine, operator_token=OPERATOR)), token
    engine.dispose()


def _sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def test_healthz_and_readyz_answer_without_a_credential(central):
    client, _ = central
    assert client.get("/healthz").json()["ok"] is True
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json() == {"ok": True, "database": True, "schema_at_head": True}


def test_readyz_is_503_when_the_schema_is_not_at_head(tmp_path: Path):
    engine = make_engine(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    try:
        answer = TestClient(create_app(engine)).get("/readyz")
    finally:
        engine.dispose()
    assert answer.status_code == 503 and answer.headers["Retry-After"]
    assert answer.json() == {"ok": False, "database": True, "schema_at_head": False}


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_readyz_is_503_when_the_database_is_down(tmp_path: Path, backend: str):
    url = (
        f"sqlite:///{tmp_path / 'no-such-folder' / 'c.sqlite3'}"
        if backend == "sqlite"
        else f"postgresql+psycopg://app@127.0.0.1:{free_port()}/central"
    )
    engine = make_engine(url)
    try:
        client = TestClient(create_app(engine))
        answer = client.get("/readyz")
        assert client.get("/healthz").status_code == 200  # the process is still up
    finally:
        engine.dispose()
    assert answer.status_code == 503
    assert answer.json() == {"ok": False, "database": False, "schema_at_head": False}


def test_metrics_need_the_operator_credential(central):
    client, _ = central
    assert client.get("/metrics").status_code == 401
    wrong = client.get("/metrics", headers={"Authorization": "Bearer not-the-token"})
    assert wrong.status_code == 401
    answer = client.get("/metrics", headers={"Authorization": f"Bearer {OPERATOR}"})
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/plain")
    assert "central_http_requests_total" in answer.text


def test_metrics_count_routes_by_template_and_push_outcomes(central):
    client, token = central
    device = client.post("/api/v1/enrol", json={"token": token}).json()
    auth = {"Authorization": f"Bearer {device['device_id']}:{device['secret']}"}
    labels = {"method": "POST", "route": PUSH_ROUTE, "status": "200"}
    before = {
        "requests": _sample("central_http_requests_total", **labels),
        "applied": _sample("central_push_ops_total", outcome="applied"),
        "duplicate": _sample("central_push_ops_total", outcome="duplicate"),
        "batches": _sample("central_push_batch_ops_count"),
    }
    body = push_body(dossier_ops(3))
    for _ in range(2):  # the second time every op is a duplicate
        assert client.post("/api/v1/offices/000.00.06.H56/push", json=body, headers=auth).is_success
    assert _sample("central_http_requests_total", **labels) - before["requests"] == 2
    assert _sample("central_push_ops_total", outcome="applied") - before["applied"] == 3
    assert _sample("central_push_ops_total", outcome="duplicate") - before["duplicate"] == 3
    assert _sample("central_push_batch_ops_count") - before["batches"] == 2
    text_seen = client.get("/metrics", headers={"Authorization": f"Bearer {OPERATOR}"}).text
    assert "000.00.06.H56" not in text_seen  # labels hold templates, never unit codes


def test_a_request_id_is_echoed_or_made(central):
    client, _ = central
    assert client.get("/healthz", headers={"X-Request-ID": "office-7:abc"}).headers[
        "x-request-id"
    ] == ("office-7:abc")
    made = client.get("/healthz", headers={"X-Request-ID": "bad id\twith spaces"})
    assert len(made.headers["x-request-id"]) == 32 and " " not in made.headers["x-request-id"]
    other = client.get("/healthz").headers["x-request-id"]
    assert other != made.headers["x-request-id"]


def test_a_json_line_carries_the_request_id_and_no_error_values():
    token = current_request_id.set("req-1")
    try:
        try:
            raise ValueError("Nguyễn Văn An 001203004567")
        except ValueError:
            record = logging.LogRecord(
                "central_server.api", logging.ERROR, __file__, 1, "push failed", (), sys.exc_info()
            )
        line = json.loads(JsonFormatter().format(record))
    finally:
        current_request_id.reset(token)
    assert line["request_id"] == "req-1" and line["message"] == "push failed"
    assert line["error"] == "ValueError" and "001203004567" not in json.dumps(line)


def test_the_log_configuration_keeps_query_strings_out_of_the_access_log():
    config = log_config("json", "info")
    access = config["loggers"]["uvicorn.access"]
    assert [config["filters"][name]["()"] for name in access["filters"]] == [
        "central_server.access_log.QueryStringsHidden"
    ]
    assert log_config("text", "info")["formatters"]["main"] == {
        "format": "%(asctime)s %(levelname)s %(name)s %(message)s"
    }


def test_the_pool_wait_is_measured_for_the_engine_of_a_worker(tmp_path: Path):
    from central_server.serve_workers import ServeConfig, make_worker_engine

    url = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    engine = make_worker_engine(ServeConfig(db=url))
    before = _sample("central_db_pool_wait_seconds_count")
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    finally:
        engine.dispose()
    assert _sample("central_db_pool_wait_seconds_count") - before == 1
