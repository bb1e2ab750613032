"""The payload models both sides share: every op kind round-trips office → wire → server.

The office's outbox builders run on plain rows (the attributes the ORM rows have); their
payload goes through JSON into a ``PushOp`` and is validated by the server's own entry point.
"""

from __future__ import annotations

import ast
import json
import uuid
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from pydantic import ValidationError

from central_server.ingest import apply_op, validated_payload
from desktop_app.services import outbox, outbox_bookings
from motcua_core.op_payloads import OP_PAYLOADS
from motcua_core.payloads import OpPayload
from motcua_core.protocol import OFFICE_ENTITIES, PushOp

ROOT = Path(__file__).resolve().parents[3]
AT = datetime(2026, 11, 26, 2, 30, 15, 123456, tzinfo=UTC)
NAME = "Nguyễn Văn An"


class _Collect:
    """Receives the outbox rows the builders add (the builders only call ``add``)."""

    def __init__(self) -> None:
        self.added: list[Any] = []

    def add(self, row: Any) -> None:
        self.added.append(row)


def _ids(*names: str) -> dict[str, uuid.UUID]:
    return {name: uuid.uuid4() for name in names}


def _applicant() -> SimpleNamespace:
    return SimpleNamespace(
        id=uuid.uuid4(), full_name=NAME, id_type="cccd", id_number="001090000123",
        birth_date=date(1990, 5, 17), phone="0912345678", email="an@example.vn",
        address="12 Hàng Bạc",
    )  # fmt: skip


def _dossier(applicant: SimpleNamespace | None) -> SimpleNamespace:
    return SimpleNamespace(
        **_ids("id", "office_id", "procedure_id", "visit_ticket_id", "received_by_id"),
        applicant_id=applicant.id if applicant else None, applicant=applicant,
        code="000.00.00.H01-261126-0001", owner_name=None if applicant else "Trần Bình",
        channel=1, status=4, received_at=AT, due_at=AT + timedelta(days=3),
        original_due_at=AT + timedelta(days=3), extended=False, paused_at=None,
        finished_at=None, returned_at=None, sets_count=2, fee_text="50.000 đ",
        documents=[{"name": "Tờ khai", "copies": 1}], return_method="counter",
        return_address=None,
    )  # fmt: skip


def _event() -> SimpleNamespace:
    return SimpleNamespace(
        **_ids("id", "dossier_id", "staff_id"), at=AT, kind="status", from_status=2,
        to_status=4, from_unit="Bộ phận một cửa", to_unit="Phòng Tư pháp", note="chuyển",
    )  # fmt: skip


def _ticket() -> SimpleNamespace:
    return SimpleNamespace(
        **_ids("id", "office_id", "area_id", "staff_id"), local_day=date(2026, 11, 26),
        number=7, display_number="A007", priority_group=None, status="serving", issued_at=AT,
        arrival_at=AT, called_at=AT + timedelta(minutes=5), serving_at=AT, finished_at=None,
        counter_number=2, recall_count=1, booking=SimpleNamespace(code="DH7K3M9Q2X"),
    )  # fmt: skip


def _batch() -> SimpleNamespace:
    item = SimpleNamespace(
        **_ids("id", "dossier_id", "sender_id"), handed_at=AT, received_at=None,
        receiver_id=None, result_note="",
    )  # fmt: skip
    return SimpleNamespace(
        **_ids("id", "office_id", "sender_id"), number=3, direction="out",
        from_unit="Bộ phận một cửa", to_unit="Phòng Tư pháp", receiver_id=None,
        receiver_name=None, created_at=AT, sent_at=AT, received_at=None, note="", items=[item],
    )  # fmt: skip


def _rating() -> SimpleNamespace:
    return SimpleNamespace(
        **_ids("id", "office_id", "dossier_id", "ticket_id", "staff_id"),
        level="satisfied", reason="", at=AT,
    )  # fmt: skip


def _attachment() -> SimpleNamespace:
    return SimpleNamespace(
        **_ids("id", "dossier_id", "digitised_by_id"), role="document", document_index=2,
        sha256="ab" * 32, bytes=123456, pages=3, name="Giấy khai sinh", kind="bản sao",
        number="12/2020", issued_on=date(2020, 3, 4), issuer="UBND phường Hàng Bạc",
        valid_until=None, permanent=True, owner_id_number="001090000123", digitised_at=AT,
        reused_from_id=uuid.uuid4(),
    )  # fmt: skip


def _notification() -> SimpleNamespace:
    return SimpleNamespace(
        **_ids("id", "dossier_id"), event="received", medium="email", recipient="an@example.vn",
        created_at=AT,
    )  # fmt: skip


def _built() -> list[Any]:
    """One outbox row of every op kind, written by the office's own builders."""
    session = _Collect()
    outbox.record_dossier(session, _dossier(_applicant()), "1.001193")  # type: ignore[arg-type]
    outbox.record_dossier(session, _dossier(None), "1.001193")  # type: ignore[arg-type]
    outbox.record_dossier_event(session, _event(), "000.00.00.H01-261126-0001")  # type: ignore[arg-type]
    outbox.record_ticket(session, _ticket())  # type: ignore[arg-type]
    outbox.record_handover_batch(session, _batch())  # type: ignore[arg-type]
    outbox.record_citizen_rating(session, _rating())  # type: ignore[arg-type]
    outbox.record_attachment(session, _attachment(), "000.00.00.H01-261126-0001")  # type: ignore[arg-type]
    outbox.record_office_setting(
        session, "000.00.00.H01", "report_withdrawn_as_resolved", False, AT
    )  # type: ignore[arg-type]
    outbox.record_notification(
        session, _notification(), "000.00.00.H01-261126-0001", day=date(2026, 11, 30)
    )  # type: ignore[arg-type]
    _built_bookings(session)
    return session.added


def _built_bookings(session: _Collect) -> None:
    """The booking ops: an area's settings, a local calendar day, a booking's visit."""
    area = SimpleNamespace(code="A", name="Hộ tịch", opens_at=None, closes_at=time(16, 30))
    setting = SimpleNamespace(minutes=30, places=2, days_ahead=14, enabled=True, updated_at=AT)
    week = (((time(8), time(12)), (time(13), time(17))), (0, 1, 2, 3, 4))
    outbox_bookings.record_booking_config(session, "000.00.00.H01", area, setting, week)  # type: ignore[arg-type]
    outbox_bookings.record_office_calendar_day(
        session, "000.00.00.H01", date(2026, 12, 5), True, removed=False, at=AT
    )  # type: ignore[arg-type]
    booking = SimpleNamespace(id=uuid.uuid4(), code="DH7K3M9Q2X", ticket_id=uuid.uuid4())
    outbox_bookings.record_booking_visit(session, booking, "checked_in", AT)  # type: ignore[arg-type]


def _keys(names: str) -> set[str]:
    return set(names.split())


#: The keys the office wrote before the payload models (the wire format must not change).
LEGACY_KEYS = {
    "dossier": _keys(
        "id code office_id procedure_id applicant_id owner_name channel status received_at "
        "due_at original_due_at extended paused_at finished_at returned_at sets_count fee_text "
        "documents return_method return_address visit_ticket_id received_by_id "
        "procedure_code"
    ),
    "dossier_event": _keys(
        "id dossier_id dossier_code at kind staff_id from_status to_status from_unit to_unit note"
    ),
    "ticket": _keys(
        "id office_id area_id local_day number display_number priority_group status issued_at "
        "arrival_at called_at serving_at finished_at counter_number staff_id "
        "recall_count booking_code"
    ),
    "handover_batch": _keys(
        "id office_id number direction from_unit to_unit sender_id receiver_id receiver_name "
        "created_at sent_at received_at note items"
    ),
    "rating": _keys("id office_id dossier_id ticket_id staff_id level reason at"),
    "attachment": _keys(
        "id dossier_id dossier_code role document_index sha256 bytes pages name kind number "
        "issued_on issuer valid_until permanent digitised_at reused"
    ),
    "office_setting": _keys("id key value updated_at"),
    "notification": _keys("id dossier_id dossier_code event medium recipient at day missing"),
    "booking_config": _keys(
        "id area_code area_name minutes places days_ahead enabled windows working_days "
        "area_opens_at area_closes_at updated_at"
    ),
    "office_calendar_day": _keys("id day is_working_day removed updated_at"),
    "booking_visit": _keys("id code state at ticket_id"),
}
APPLICANT_KEYS = _keys("id full_name id_type id_number birth_date phone email address")
ITEM_KEYS = _keys("id dossier_id handed_at received_at sender_id receiver_id result_note")


def _push_op(row: Any, payload: dict[str, Any], seq: int = 1) -> PushOp:
    wire = json.loads(json.dumps({
        "op_id": str(row.op_id), "seq": seq, "entity": row.entity, "entity_id": row.entity_id,
        "operation": row.operation, "payload": payload, "schema_version": row.schema_version,
        "device_time": row.device_time.isoformat(),
    }))  # fmt: skip
    return PushOp.model_validate(wire)


def test_every_op_kind_round_trips_from_the_office_builder_to_the_server() -> None:
    rows = _built()
    assert {(row.entity, row.operation) for row in rows} == set(OP_PAYLOADS)
    for row in rows:
        model = OP_PAYLOADS[(row.entity, row.operation)]
        received = validated_payload(_push_op(row, row.payload))
        assert type(received) is model
        assert str(received.id) == row.entity_id
        again = model.model_validate(row.payload).model_dump(mode="json", exclude_unset=True)
        assert received.model_dump(mode="json", exclude_unset=True) == row.payload == again


def test_the_wire_keeps_the_keys_and_value_formats_written_before() -> None:
    rows = _built()
    with_applicant, without_applicant, event, ticket, batch, rating, attachment, setting = rows[:8]
    for row in rows:
        assert set(row.payload) - {"applicant"} == LEGACY_KEYS[row.entity]
    assert set(with_applicant.payload["applicant"]) == APPLICANT_KEYS
    assert with_applicant.payload["applicant"]["birth_date"] == "1990-05-17"
    assert "applicant" not in without_applicant.payload
    assert [set(item) for item in batch.payload["items"]] == [ITEM_KEYS]
    assert event.payload["at"] == AT.isoformat() == "2026-11-26T02:30:15.123456+00:00"
    assert ticket.payload["local_day"] == "2026-11-26" and ticket.payload["finished_at"] is None
    assert rating.payload["level"] == "satisfied"
    assert attachment.payload["reused"] is True and "001090000123" not in str(attachment.payload)
    assert with_applicant.payload["documents"] == [{"name": "Tờ khai", "copies": 1}]
    assert uuid.UUID(with_applicant.payload["office_id"])
    assert setting.payload["value"] is False and setting.payload["updated_at"] == AT.isoformat()


def test_the_registry_is_exactly_what_the_server_accepts() -> None:
    assert set(OP_PAYLOADS) == set(OFFICE_ENTITIES.items())


def _calls_and_names(path: Path) -> tuple[list[str], set[str]]:
    """Functions calling ``record_change`` in ``path``, and every name it uses."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    callers = []
    for function in ast.walk(tree):
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            for node in ast.walk(function):
                if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "record_change":
                    callers.append(function.name)
    names = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    names |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
              for alias in node.names}  # fmt: skip
    return callers, names


def test_the_office_writes_every_op_through_a_registered_model() -> None:
    callers: dict[str, list[str]] = {}
    used: set[str] = set()
    for path in (ROOT / "desktop_app").rglob("*.py"):
        found, names = _calls_and_names(path)
        if found:
            callers[str(path.relative_to(ROOT))] = found
        used |= names
    # _record_checked: a row stored before today's limits travels as stored, still named by
    # its registered model's entity and operation (the centre rejects it with a reason).
    assert callers == {"desktop_app/services/outbox.py": ["record_payload", "_record_checked"]}
    payload_models = {name for name in used if name.endswith("Payload") and name != "OpPayload"}
    registered = {model.__name__ for model in OP_PAYLOADS.values()}
    assert registered <= payload_models
    nested = {"ApplicantPayload", "HandoverItemPayload"}
    pulled = {"NotificationStatusPayload", "BookingPayload"}  # read from the pull, not ops
    assert payload_models - nested - pulled == registered


REQUIRED = {
    model: [name for name, info in model.model_fields.items() if info.is_required()]
    for model in OP_PAYLOADS.values()
}


@pytest.mark.parametrize("model", list(OP_PAYLOADS.values()), ids=lambda m: m.ENTITY)
def test_a_payload_missing_a_required_field_is_refused(model: type[OpPayload]) -> None:
    [row] = [row for row in _built() if row.entity == model.ENTITY][:1]
    assert "id" in REQUIRED[model]
    for name in REQUIRED[model]:
        payload = {key: value for key, value in row.payload.items() if key != name}
        with pytest.raises(ValidationError):
            validated_payload(_push_op(row, payload))
        outcome, reason = apply_op(None, _push_op(row, payload))  # type: ignore[arg-type]
        assert outcome == "rejected" and reason.startswith("invalid ") and name in reason
        assert NAME not in reason and "Tư pháp" not in reason


def test_unknown_keys_and_missing_optional_fields_are_still_accepted() -> None:
    """Outbox rows written by older versions (fewer keys, or keys since dropped) still pass."""
    rows = _built()
    for row in rows:
        model = OP_PAYLOADS[(row.entity, row.operation)]
        minimal = {name: row.payload[name] for name in REQUIRED[model]}
        minimal["retired_key"] = "kept"
        received = validated_payload(_push_op(row, minimal))
        assert received.model_dump(mode="json", exclude_unset=True) == minimal
