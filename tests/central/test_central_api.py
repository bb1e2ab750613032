"""The central server's API in-process (FastAPI TestClient) on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from fastapi.testclient import TestClient

from central_server.admin import create_office, ensure_server_rows, revoke_device
from central_server.app import create_app
from central_server.central_ops import change_status_centrally, submit_online
from central_server.db import (
    VERSION_TABLE,
    make_engine,
    make_session_factory,
    session_scope,
    upgrade_to_head,
)
from central_server.models import Base
from motcua_core.domain.lifecycle import DossierStatus

UNIT, OTHER = "000.00.06.H56", "000.00.07.H56"
OPERATOR = {"Authorization": "Bearer operator-token-for-tests"}


@pytest.fixture
def central(database_url: str) -> Iterator[dict[str, Any]]:
    engine = make_engine(database_url)
    upgrade_to_head(engine)
    factory = make_session_factory(engine)
    with session_scope(factory) as session:
        ensure_server_rows(session)
        from central_server.central_ops import load_catalogue

        load_catalogue(
            session,
            [
                {
                    "code": "1.001193",
                    "name": "Đăng ký khai sinh",
                    "limit_amount": 0,
                    "limit_unit": "same_day",
                }
            ],
        )
        tokens = {
            unit: create_office(session, unit, f"Office {unit}").token for unit in (UNIT, OTHER)
        }
    client = TestClient(create_app(engine, operator_token="operator-token-for-tests"))
    yield {"client": client, "tokens": tokens, "factory": factory, "engine": engine}
    engine.dispose()


def _enrol(central: dict[str, Any], unit: str = UNIT) -> dict[str, str]:
    answer = central["client"].post("/api/v1/enrol", json={"token": central["tokens"][unit]})
    assert answer.status_code == 200, answer.text
    data = answer.json()
    return {
        "Authorization": f"Bearer {data['device_id']}:{data['secret']}",
        "device_id": data["device_id"],
    }


def _dossier_op(code: str, status: int = 2, seq: int = 1, **extra: Any) -> dict[str, Any]:
    dossier_id = extra.pop("id", str(uuid.uuid4()))
    payload = {
        "id": dossier_id,
        "code": code,
        "procedure_code": "1.001193",
        "status": status,
        "channel": 1,
        "received_at": "2026-11-26T02:30:00+00:00",
        "applicant": {"full_name": "Nguyễn Văn An"},
        **extra,
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


def _push(central: dict[str, Any], headers: dict[str, str], ops: list[dict], unit: str = UNIT):
    body = {"batch_id": str(uuid.uuid4()), "ops": ops}
    auth = {"Authorization": headers["Authorization"]}
    return central["client"].post(f"/api/v1/offices/{unit}/push", json=body, headers=auth)


def test_migrations_match_models(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        upgrade_to_head(engine)
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "version_table": VERSION_TABLE}
            )
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_openapi_is_served(central) -> None:
    spec = central["client"].get("/openapi.json").json()
    assert "/api/v1/offices/{unit_code}/push" in spec["paths"]
    assert central["client"].get("/docs").status_code == 200


def test_token_is_one_time_and_credentials_are_scoped(central) -> None:
    headers = _enrol(central)
    again = central["client"].post("/api/v1/enrol", json={"token": central["tokens"][UNIT]})
    assert again.status_code == 403
    op = _dossier_op(f"{OTHER}-261126-0001")
    assert _push(central, headers, [op], unit=OTHER).status_code == 403
    pull = central["client"].get(
        f"/api/v1/offices/{OTHER}/changes", headers={"Authorization": headers["Authorization"]}
    )
    assert pull.status_code == 403
    assert _push(central, {"Authorization": "Bearer nonsense"}, [op]).status_code == 401
    with session_scope(central["factory"]) as session:
        revoke_device(session, headers["device_id"])
    assert _push(central, headers, [_dossier_op(f"{UNIT}-261126-0001")]).status_code == 401


def test_results_per_op_duplicates_and_rejections_without_personal_data(central) -> None:
    headers = _enrol(central)
    good = _dossier_op(f"{UNIT}-261126-0001")
    foreign = _dossier_op(f"{OTHER}-261126-0002")
    invalid = _dossier_op(f"{UNIT}-261126-0003", status=42)
    answer = _push(central, headers, [good, foreign, invalid]).json()
    outcomes = [(r["outcome"], r["reason"]) for r in answer["results"]]
    assert outcomes[0] == ("applied", None)
    assert outcomes[1] == ("rejected", "the dossier code belongs to another office")
    assert outcomes[2][0] == "rejected" and "status" in outcomes[2][1]
    assert "Nguyễn" not in str(outcomes)
    repeat = _push(central, headers, [good, invalid]).json()["results"]
    assert [(r["outcome"], r["stored_outcome"]) for r in repeat] == [
        ("duplicate", "applied"),
        ("duplicate", "rejected"),
    ]
    stats = central["client"].get(f"/api/v1/offices/{UNIT}/stats", headers=OPERATOR).json()
    assert stats["dossiers"] == 1 and stats["rejected_ops"] == 2


def test_central_status_change_is_not_overwritten(central) -> None:
    headers = _enrol(central)
    code = f"{UNIT}-261126-0001"
    owner = {"full_name": "Nguyễn Văn An", "id_number": "001203004567"}
    first = _dossier_op(code, applicant=owner)
    _push(central, headers, [first])
    with session_scope(central["factory"]) as session:
        change_status_centrally(session, code, DossierStatus.IN_PROGRESS, "chuyển phòng")
    stale = _dossier_op(
        code, status=2, seq=2, id=first["payload"]["id"], fee_text="mới", applicant=owner
    )
    [result] = _push(central, headers, [stale]).json()["results"]
    assert result["outcome"] == "conflict"
    lookup = {"id_last4": "4567"}
    public = central["client"].get(f"/api/v1/public/dossiers/{code}", params=lookup).json()
    assert public["status"] == 4 and "Nguyễn" not in str(public)
    later = _dossier_op(code, status=9, seq=3, id=first["payload"]["id"])
    assert _push(central, headers, [later]).json()["results"][0]["outcome"] == "applied"


def test_pull_pages_follow_the_server_sequence(central) -> None:
    headers = _enrol(central)
    auth = {"Authorization": headers["Authorization"]}
    with session_scope(central["factory"]) as session:
        for name in ("Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung"):
            submit_online(session, UNIT, "1.001193", {"full_name": name})
        submit_online(session, OTHER, "1.001193", {"full_name": "Người Khác"})
    url = f"/api/v1/offices/{UNIT}/changes"
    first = central["client"].get(url, params={"after": 0, "limit": 2}, headers=auth).json()
    assert first["has_more"] and len(first["changes"]) == 2
    rest = central["client"].get(url, params={"after": first["next_cursor"]}, headers=auth).json()
    kinds = [c["kind"] for c in first["changes"] + rest["changes"]]
    assert kinds == ["procedure", "dossier", "dossier", "dossier"]  # not the other office's
    assert not rest["has_more"]
    seqs = [c["seq"] for c in first["changes"] + rest["changes"]]
    assert seqs == sorted(seqs)


def test_limits_batch_size_and_body(central) -> None:
    headers = _enrol(central)
    ops = [_dossier_op(f"{UNIT}-261126-{i + 1:04d}", seq=i + 1) for i in range(201)]
    assert _push(central, headers, ops).status_code == 422
    big = central["client"].post(
        f"/api/v1/offices/{UNIT}/push",
        content=b"x" * (1024 * 1024 + 70_000),
        headers={"Authorization": headers["Authorization"], "Content-Type": "application/json"},
    )
    assert big.status_code == 413


def test_admin_page_and_public_lookup_page(central) -> None:
    _enrol(central)
    page = central["client"].get("/admin/offices", headers=OPERATOR).text
    assert UNIT in page and OTHER in page
    lookup = {"code": "X", "id_last4": "0000"}
    assert "Không tìm thấy" in central["client"].get("/tra-cuu", params=lookup).text


def test_unavailable_database_answers_503_with_retry_after() -> None:
    engine = make_engine("postgresql+psycopg://app@127.0.0.1:1/none", pool_pre_ping=False)
    client = TestClient(create_app(engine))
    answer = client.get(
        f"/api/v1/offices/{UNIT}/changes", headers={"Authorization": f"Bearer {uuid.uuid4()}:x"}
    )
    assert answer.status_code == 503 and answer.headers["retry-after"] == "5"


@pytest.mark.postgres
def test_commit_order_matches_numbering(postgres_url: str) -> None:
    """A writer that takes number N+1 waits until N's transaction ends."""
    from central_server.changes import next_change_seq, read_page

    engine = make_engine(postgres_url)
    upgrade_to_head(engine)
    factory = make_session_factory(engine)
    with session_scope(factory) as session:
        ensure_server_rows(session)
        office_id = create_office(session, UNIT, "x").office_id
    first = factory()
    assert next_change_seq(first) == 1
    taken: list[int] = []
    second = threading.Thread(target=lambda: taken.append(_take_and_commit(factory)))
    second.start()
    second.join(0.5)
    assert taken == []  # blocked behind the first, uncommitted number
    with session_scope(factory) as reader:
        assert read_page(reader, office_id, 0, 10).changes == []
    first.commit()
    first.close()
    second.join(10)
    assert taken == [2]
    engine.dispose()


def _take_and_commit(factory) -> int:  # type: ignore[no-untyped-def]
    from central_server.changes import next_change_seq

    with session_scope(factory) as session:
        return next_change_seq(session)
