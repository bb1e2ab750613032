"""The office side of sync on SQLite and PostgreSQL: fixed batches, results, pulled pages."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from desktop_app.services.dossiers.reception import (
    ApplicantInput,
    ReceptionRequest,
    receive_dossier,
)
from desktop_app.storage.models import CalendarOverride, Dossier, DossierEvent, OutboxOp
from desktop_app.sync.inbox import EpochChanged, apply_page
from desktop_app.sync.outbox_queue import claim_batch, record_results, resend_everything
from desktop_app.sync.state import CENTRAL_CONFLICT_KIND, lock_state, read_status
from motcua_core.domain.identifiers import IdType
from motcua_core.protocol import Change, OpResult, PullPage


def _receive(context, office, calendar, now, count: int) -> list[str]:  # type: ignore[no-untyped-def]
    codes = []
    for index in range(count):
        request = ReceptionRequest(
            procedure_code="2.000815",
            applicant=ApplicantInput(
                full_name=f"Người Thử {index}", id_type=IdType.CMND, id_number=f"0{index:08d}"
            ),
        )
        with context.session() as session:
            codes.append(
                receive_dossier(
                    session, request, office=office, calendar=calendar, received_at=now
                ).code
            )
    return codes


def _states(context) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with context.session(read_only=True) as session:
        rows = session.execute(select(OutboxOp.state, func.count()).group_by(OutboxOp.state))
        return dict(rows.all())


def test_a_batch_is_fixed_until_its_results_are_recorded(context, office, calendar, now):
    _receive(context, office, calendar, now, 3)  # 6 ops
    with context.session() as session:
        batch = claim_batch(session, max_ops=4)
    assert batch is not None and len(batch.ops) == 4 and not batch.resent
    _receive(context, office, calendar, now, 1)
    with context.session() as session:
        again = claim_batch(session, max_ops=4)
    assert again is not None and again.resent and again.batch_id == batch.batch_id
    assert [op.op_id for op in again.ops] == [op.op_id for op in batch.ops]
    results = [
        OpResult(op_id=batch.ops[0].op_id, outcome="applied"),
        OpResult(op_id=batch.ops[1].op_id, outcome="rejected", reason="bad"),
        OpResult(
            op_id=batch.ops[2].op_id, outcome="duplicate", reason="bad", stored_outcome="rejected"
        ),
    ]  # the 4th is not answered
    with context.session() as session:
        record_results(session, batch, results)
    assert _states(context) == {"applied": 1, "rejected": 2, "pending": 5}
    with context.session() as session:
        following = claim_batch(session)
    assert following is not None and following.batch_id != batch.batch_id
    assert following.ops[0].op_id == batch.ops[3].op_id  # outbox order kept


def test_batches_respect_the_byte_limit(context, office, calendar, now):
    _receive(context, office, calendar, now, 5)
    with context.session() as session:
        batch = claim_batch(session, max_bytes=4000)
    assert batch is not None and 1 <= len(batch.ops) < 10


def test_status_lists_rejections_and_a_restore_resends_everything(context, office, calendar, now):
    _receive(context, office, calendar, now, 2)
    with context.session() as session:
        batch = claim_batch(session)
        assert batch is not None
        record_results(
            session,
            batch,
            [
                OpResult(
                    op_id=op.op_id,
                    outcome="rejected" if i == 0 else "applied",
                    reason="invalid status" if i == 0 else None,
                )
                for i, op in enumerate(batch.ops)
            ],
        )
    with context.session(read_only=True) as session:
        status = read_status(session)
    assert status.ops_waiting == 0 and status.ops_rejected == 1
    assert status.rejections[0].reason == "invalid status"
    with context.session() as session:
        assert resend_everything(session, "new-epoch") == 4
        state = lock_state(session)
        assert state.pull_cursor == 0 and state.server_epoch == "new-epoch"
    assert _states(context) == {"pending": 4}


def _page(epoch: str, changes: list[Change], cursor: int) -> PullPage:
    return PullPage(epoch=epoch, changes=changes, next_cursor=cursor, has_more=False)


def test_pulled_pages_apply_once_and_move_the_cursor(context, office, calendar, now):
    codes = _receive(context, office, calendar, now, 1)
    with context.session(read_only=True) as session:
        dossier = session.scalars(select(Dossier).where(Dossier.code == codes[0])).one()
    day = Change(
        seq=1,
        kind="calendar_override",
        entity_id="2026-12-05",
        operation="upsert",
        payload={"day": "2026-12-05", "is_working_day": True, "note": "làm bù"},
    )
    central = Change(
        seq=2,
        kind="dossier_event",
        entity_id=str(uuid.uuid4()),
        operation="insert",
        payload={
            "id": str(uuid.uuid4()),
            "dossier_id": str(dossier.id),
            "at": datetime.now(UTC).isoformat(),
            "to_status": 4,
            "from_status": 2,
            "note": "",
        },
    )
    clash = Change(
        seq=3,
        kind="dossier_event",
        entity_id="x",
        operation="insert",
        payload={**central.payload, "id": str(uuid.uuid4()), "to_status": 10},
    )
    page = _page("e1", [day, central, clash], 3)
    for _ in range(2):  # the second time everything is at or below the cursor
        with context.session() as session:
            apply_page(session, page)
    with context.session(read_only=True) as session:
        assert session.scalar(select(func.count()).select_from(CalendarOverride)) == 1
        assert session.get(Dossier, dossier.id).status == 4
        kinds = session.scalars(
            select(DossierEvent.kind).where(DossierEvent.dossier_id == dossier.id)
        ).all()
        assert sorted(kinds) == sorted(
            ["received", "status_changed_centrally", CENTRAL_CONFLICT_KIND]
        )
        assert read_status(session).pull_cursor == 3
        assert session.scalar(select(func.count()).select_from(OutboxOp)) == 2  # no echo
    with context.session() as session, pytest.raises(EpochChanged):
        apply_page(session, _page("e2", [], 3))
