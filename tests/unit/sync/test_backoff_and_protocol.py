"""Backoff with full jitter, the wire protocol's limits, the credential file's mode."""

from __future__ import annotations

import stat
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from desktop_app.sync.backoff import Backoff
from desktop_app.sync.credentials import (
    CredentialMissing,
    DeviceCredential,
    load_credential,
    save_credential,
)
from motcua_core.protocol import MAX_BATCH_OPS, PushOp, PushRequest


@given(st.integers(min_value=1, max_value=40), st.floats(min_value=0, max_value=1))
def test_full_jitter_stays_between_zero_and_the_capped_ceiling(failures: int, draw: float):
    backoff = Backoff(base=2.0, cap=300.0, rng=lambda: draw)
    delays = [backoff.next_delay() for _ in range(failures)]
    for attempt, delay in enumerate(delays, start=1):
        assert 0.0 <= delay <= min(300.0, 2.0 * 2**attempt)


def test_retry_after_is_honoured_and_reset_starts_over():
    backoff = Backoff(rng=lambda: 0.0)
    assert backoff.next_delay(retry_after=30) == 30
    assert backoff.next_delay(retry_after=10**9) == 3600  # not believed beyond an hour
    backoff.reset()
    assert backoff.failures == 0 and backoff.ceiling() == 2.0


def _op(seq: int = 1) -> PushOp:
    return PushOp(
        op_id=uuid.uuid4(),
        seq=seq,
        entity="ticket",
        entity_id="x",
        operation="upsert",
        payload={},
        schema_version=1,
        device_time=datetime.now(UTC),
    )


def test_a_batch_holds_at_most_200_ops():
    PushRequest(batch_id=uuid.uuid4(), ops=[_op(i + 1) for i in range(MAX_BATCH_OPS)])
    with pytest.raises(ValidationError):
        PushRequest(batch_id=uuid.uuid4(), ops=[_op(i + 1) for i in range(MAX_BATCH_OPS + 1)])
    with pytest.raises(ValidationError):  # naive moments are refused
        PushOp(
            op_id=uuid.uuid4(),
            seq=1,
            entity="t",
            entity_id="x",
            operation="upsert",
            payload={},
            schema_version=1,
            device_time=datetime(2026, 1, 1),
        )


def test_credential_file_is_readable_by_the_user_only(tmp_path: Path):
    path = tmp_path / "conf" / "device-credential.json"
    credential = DeviceCredential("https://c.example", str(uuid.uuid4()), "s3cret", "U", "Office")
    save_credential(path, credential)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_credential(path) == credential
    assert credential.authorization() == f"Bearer {credential.device_id}:s3cret"
    with pytest.raises(CredentialMissing):
        load_credential(tmp_path / "none.json")
