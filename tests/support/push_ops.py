"""Valid pushes for the server-scale tests: dossier ops, batches, an enrolled device's header."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import httpx

from tests.support.sync_harness import UNIT


def dossier_ops(count: int, unit: str = UNIT, day: str = "261126") -> list[dict[str, Any]]:
    """``count`` new dossiers of ``unit`` (one upsert op each, codes numbered from 1)."""
    ops = []
    for number in range(1, count + 1):
        dossier_id = str(uuid.uuid4())
        payload = {
            "id": dossier_id,
            "code": f"{unit}-{day}-{number:04d}",
            "procedure_code": "1.001193",
            "status": 2,
            "channel": 1,
            "received_at": "2026-11-26T02:30:00+00:00",
            "applicant": {"full_name": "Chủ Hồ Sơ"},
        }
        ops.append(
            {
                "op_id": str(uuid.uuid4()),
                "seq": number,
                "entity": "dossier",
                "entity_id": dossier_id,
                "operation": "upsert",
                "payload": payload,
                "schema_version": 1,
                "device_time": datetime.now(UTC).isoformat(),
            }
        )
    return ops


def push_body(ops: list[dict[str, Any]]) -> dict[str, Any]:
    return {"batch_id": str(uuid.uuid4()), "ops": ops}


def enrol(base_url: str, token: str) -> dict[str, str]:
    """Enrol a device over HTTP; returns its ``Authorization`` header."""
    answer = httpx.post(f"{base_url}/api/v1/enrol", json={"token": token}, timeout=30)
    answer.raise_for_status()
    data = answer.json()
    return {"Authorization": f"Bearer {data['device_id']}:{data['secret']}"}
