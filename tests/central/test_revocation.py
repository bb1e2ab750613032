"""A revoked credential is refused from its very next request, on every worker: nothing caches
a device's credential (each request reads the device row)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from central_server.app import create_app
from central_server.cli import main as central_cli
from central_server.db import make_engine
from tests.support.push_ops import dossier_ops, push_body
from tests.support.sync_harness import UNIT, init_central


def test_revoked_by_the_cli_the_next_push_and_pull_are_401(database_url, capsys) -> None:
    token = init_central(database_url)
    engines = [make_engine(database_url) for _ in range(2)]
    try:
        first, second = (TestClient(create_app(engine)) for engine in engines)
        device = first.post("/api/v1/enrol", json={"token": token}).json()
        auth = {"Authorization": f"Bearer {device['device_id']}:{device['secret']}"}
        push, pull = f"/api/v1/offices/{UNIT}/push", f"/api/v1/offices/{UNIT}/changes"
        for worker in (first, second):  # both workers have served this credential
            assert worker.post(push, json=push_body(dossier_ops(1)), headers=auth).is_success
            assert worker.get(pull, headers=auth).is_success

        assert central_cli(["revoke-device", "--db", database_url, device["device_id"]]) == 0
        assert "revoked" in capsys.readouterr().out

        refused = first.post(push, json=push_body(dossier_ops(1)), headers=auth)
        assert refused.status_code == 401
        assert refused.headers["WWW-Authenticate"] == "Bearer"
        assert second.get(pull, headers=auth).status_code == 401
        assert second.post(push, json=push_body(dossier_ops(1)), headers=auth).status_code == 401
        assert first.get(pull, headers=auth).status_code == 401
    finally:
        for engine in engines:
            engine.dispose()
