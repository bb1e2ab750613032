"""Fuzz stage: schemathesis against a real central server on PostgreSQL.

Every operation of the server's OpenAPI is called with generated requests (bounded examples
per operation, a fixed seed, a time limit for the whole run): the office routes with a real
device credential and the real office's unit code, the operator routes with the operator
token. Any 5xx, an undocumented status, a wrong content type or an answer that breaks its
schema fails the test; the documented 4xx answers do not. Known citizens are planted before
(a dossier push) and pushed again inside hostile ops after; none of their names, ID numbers
or phones may appear in the server's log.
"""

from __future__ import annotations

import subprocess
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.support.sync_harness import UNIT, CentralServer, base_env, init_central

pytestmark = pytest.mark.postgres

OPERATOR_TOKEN = "fuzz-operator-token-0123456789"
CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
)
MAX_EXAMPLES = 50
FUZZ_SECONDS = 300
CITIZENS = [
    {"full_name": "Hoàng Thị Xuân Mai", "id_number": "079305001234", "phone": "0987654321"},
    {"full_name": "Đặng Quốc Trung", "id_number": "001088009876", "phone": "0356112233"},
    {"full_name": "Vũ Ngọc Ánh", "id_number": "B7654321", "phone": "0773009911"},
]


def _secrets() -> list[str]:
    return [value for citizen in CITIZENS for value in citizen.values()]


def _dossier_op(seq: int, applicant: dict[str, Any], **changes: Any) -> dict[str, Any]:
    dossier_id = str(uuid.uuid4())
    payload = {
        "id": dossier_id,
        "code": f"{UNIT}-261126-{seq:04d}",
        "procedure_code": "1.001193",
        "status": 2,
        "channel": 1,
        "received_at": "2026-11-26T02:30:00+00:00",
        "applicant": applicant,
        **changes,
    }
    return {
        "op_id": str(uuid.uuid4()),
        "seq": seq,
        "entity": "dossier",
        "entity_id": dossier_id,
        "operation": "upsert",
        "payload": payload,
        "schema_version": 1,
        "device_time": datetime.now(UTC).isoformat(),
    }


def _push(server: CentralServer, credential: str, ops: list[dict[str, Any]]) -> httpx.Response:
    return httpx.post(
        f"{server.url}/api/v1/offices/{UNIT}/push",
        json={"batch_id": str(uuid.uuid4()), "ops": ops},
        headers={"Authorization": credential},
        timeout=30,
    )


def _hostile_ops(start: int) -> list[dict[str, Any]]:
    """Ops that carry the planted citizens into every error path the ingest has."""
    ops = []
    for n, citizen in enumerate(CITIZENS):
        seq = start + 4 * n
        ops += [
            _dossier_op(seq, {**citizen, "full_name": citizen["full_name"] + "x" * 300}),
            _dossier_op(seq + 1, {**citizen, "full_name": citizen["full_name"] + "\x00"}),
            _dossier_op(seq + 2, citizen, received_at="9999-12-31T23:59:00-23:59"),
            _dossier_op(seq + 3, {**citizen, "id_number": citizen["id_number"] * 40}),
        ]
    return ops


def _config(tmp_path: Path, server: CentralServer, credential: str) -> Path:
    config = tmp_path / "schemathesis.toml"
    config.write_text(
        f"""
base-url = "{server.url}"
seed = 20261126
workers = 2
request-timeout = 30
headers = {{ Authorization = "{credential}" }}

[generation]
max-examples = {MAX_EXAMPLES}

[parameters]
"path.unit_code" = "{UNIT}"

[[operations]]
include-path-regex = "/stats$|^/admin/"
headers = {{ Authorization = "Bearer {OPERATOR_TOKEN}" }}
""",
        encoding="utf-8",
    )
    return config


def _schemathesis(
    config: Path, server: CentralServer, cwd: Path
) -> subprocess.CompletedProcess[str]:
    """``st run`` over every operation with the checks above; bounded by ``FUZZ_SECONDS``."""
    command = [sys.executable, "-m", "schemathesis.cli", "--config-file", str(config)]
    command += ["--no-color", "run"]
    command += [f"{server.url}/openapi.json", "--checks", ",".join(CHECKS)]
    command += ["--phases", "examples,coverage,fuzzing"]
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=FUZZ_SECONDS,
        env=base_env(),
        cwd=cwd,
        check=False,
    )


def test_fuzzing_every_operation_finds_no_server_error_and_leaks_no_citizen(
    postgres_url: str, tmp_path: Path
) -> None:
    token = init_central(postgres_url)
    log = tmp_path / "server.log"
    server = CentralServer(
        postgres_url,
        log_path=log,
        verbose=True,
        extra_args=(
            "--operator-token",
            OPERATOR_TOKEN,
            "--lookups-per-minute",
            "1000000",
            "--attachment-store",
            str(tmp_path / "central-files"),
        ),
    ).start()
    try:
        enrolled = httpx.post(f"{server.url}/api/v1/enrol", json={"token": token}, timeout=30)
        assert enrolled.status_code == 200, enrolled.text
        device = enrolled.json()
        credential = f"Bearer {device['device_id']}:{device['secret']}"
        planted = _push(server, credential, [_dossier_op(n + 1, c) for n, c in enumerate(CITIZENS)])
        assert [r["outcome"] for r in planted.json()["results"]] == ["applied"] * len(CITIZENS)

        run = _schemathesis(_config(tmp_path, server, credential), server, tmp_path)
        hostile = _push(server, credential, _hostile_ops(start=100))
    finally:
        server.stop()
    (tmp_path / "schemathesis.txt").write_text(run.stdout + run.stderr, encoding="utf-8")
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert hostile.status_code == 200, hostile.text
    text = log.read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in text, text[-3000:]
    leaked = [value for value in _secrets() if value in text]
    assert leaked == [], f"the server log holds planted citizens' data: {len(leaked)} values"
