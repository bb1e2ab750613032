"""Handover batches: sender, receiver and time on every item; events, outbox and audit."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from desktop_app.services.errors import NotFound, ServiceError
from desktop_app.services.handover.batches import (
    Direction,
    create_batch,
    get_batch,
    list_batches,
    receive_batch,
)
from desktop_app.services.handover.department import (
    department_worklist,
    mark_result_ready,
    start_processing,
)
from desktop_app.storage.models import AuditEntry, Dossier, DossierEvent, HandoverItem, OutboxOp
from motcua_core.domain.lifecycle import DossierStatus
from tests.support.handover_data import DEPARTMENT, add_people, receive


@pytest.fixture
def people(context, office):
    with context.session() as session:
        return add_people(session, office)


def _two_dossiers(context, office, calendar, now, counter):
    with context.session() as session:
        return [
            receive(session, office, calendar, now, staff_id=counter.id).code,
            receive(
                session,
                office,
                calendar,
                now + timedelta(minutes=3),
                staff_id=counter.id,
                name="Phạm Văn Đức",
                id_number="001090012345",
            ).code,
        ]


def _hand_to_department(context, office, calendar, now, counter, codes):
    with context.session() as session:
        return create_batch(
            session,
            codes,
            office_id=office.id,
            direction=Direction.TO_DEPARTMENT,
            to_unit=DEPARTMENT,
            at=now,
            tz=calendar.tz,
            sender_id=counter.id,
        )


def test_batch_to_department_records_sender_receiver_and_time(
    context, office, calendar, now, people
):
    counter, specialist = people
    codes = _two_dossiers(context, office, calendar, now, counter)
    handed = now + timedelta(hours=1)
    batch = _hand_to_department(context, office, calendar, handed, counter, codes + [codes[0]])
    assert batch.number == 1 and batch.count == 2 and not batch.is_received
    assert [i.code for i in batch.items] == codes
    assert all(i.handed_at == handed and i.sender_name == "Lê Thị Mai" for i in batch.items)
    taken = handed + timedelta(minutes=20)
    with context.session() as session:
        received = receive_batch(session, batch.id, receiver_id=specialist.id, at=taken)
    assert received.received_at == taken and received.receiver_name == "Trần Văn Bình"
    assert all(
        i.received_at == taken and i.receiver_name == "Trần Văn Bình" for i in received.items
    )
    with context.session(read_only=True) as session:
        items = session.scalars(select(HandoverItem)).all()
        assert {(i.sender_id, i.receiver_id) for i in items} == {(counter.id, specialist.id)}
        kinds = session.scalars(select(DossierEvent.kind).order_by(DossierEvent.at)).all()
        assert kinds.count("handed_over") == 2 and kinds.count("handover_received") == 2
        event = session.scalars(
            select(DossierEvent).where(DossierEvent.kind == "handover_received")
        ).first()
        assert (event.from_unit, event.to_unit, event.staff_id) == (
            "Bộ phận Một cửa",
            DEPARTMENT,
            specialist.id,
        )
        ops = session.scalars(
            select(OutboxOp).where(OutboxOp.entity == "handover_batch").order_by(OutboxOp.seq)
        ).all()
        assert [op.operation for op in ops] == ["upsert", "upsert"]
        assert len(ops[-1].payload["items"]) == 2 and ops[-1].payload["items"][0][
            "receiver_id"
        ] == str(specialist.id)
        actions = set(session.scalars(select(AuditEntry.action)))
        assert {"handover_created", "handover_received"} <= actions
        assert get_batch(session, str(batch.id)[:8]).id == batch.id
        assert [b.id for b in list_batches(session, unit=DEPARTMENT)] == [batch.id]
        assert {w.code for w in department_worklist(session, DEPARTMENT)} == set(codes)
    with pytest.raises(ServiceError), context.session() as session:
        receive_batch(session, batch.id, receiver_id=specialist.id, at=taken)


def test_pending_batch_and_unknown_code_are_refused_and_nothing_saved(
    context, office, calendar, now, people
):
    counter, _ = people
    codes = _two_dossiers(context, office, calendar, now, counter)
    _hand_to_department(context, office, calendar, now, counter, codes[:1])
    with pytest.raises(ServiceError, match="not yet received"):
        _hand_to_department(context, office, calendar, now, counter, codes)
    with pytest.raises(NotFound) as error:
        _hand_to_department(
            context, office, calendar, now, counter, [codes[1], "000.00.06.H56-261126-9999"]
        )
    assert "9999" in error.value.message_vi
    with pytest.raises(ServiceError):
        _hand_to_department(context, office, calendar, now, counter, [])
    with context.session(read_only=True) as session:
        assert session.scalar(select(func.count()).select_from(HandoverItem)) == 1


def test_results_back_to_counter_then_post(context, office, calendar, now, people):
    counter, specialist = people
    with context.session() as session:
        code = receive(
            session, office, calendar, now, staff_id=counter.id, return_method="post"
        ).code
    batch = _hand_to_department(context, office, calendar, now, counter, [code])
    later = now + timedelta(hours=2)
    with context.session() as session:
        receive_batch(session, batch.id, receiver_id=specialist.id, at=later)
        start_processing(session, code, at=later, staff_id=specialist.id, unit=DEPARTMENT)
        mark_result_ready(
            session,
            code,
            at=later + timedelta(hours=1),
            staff_id=specialist.id,
            unit=DEPARTMENT,
            note="Giấy xác nhận tình trạng hôn nhân",
        )
    with pytest.raises(ServiceError), context.session() as session:  # not ready: wrong direction
        create_batch(
            session,
            [code],
            office_id=office.id,
            direction=Direction.TO_DEPARTMENT,
            to_unit=DEPARTMENT,
            at=later,
            tz=calendar.tz,
            sender_id=counter.id,
        )
    with context.session() as session:
        back = create_batch(
            session,
            [code],
            office_id=office.id,
            direction=Direction.TO_COUNTER,
            to_unit=None,
            from_unit=DEPARTMENT,
            at=later + timedelta(hours=2),
            tz=calendar.tz,
            sender_id=specialist.id,
        )
        assert back.items[0].result_note == "Đã có kết quả"
        receive_batch(session, back.id, receiver_id=counter.id, at=later + timedelta(hours=3))
        assert department_worklist(session, DEPARTMENT) == []
        post = create_batch(
            session,
            [code],
            office_id=office.id,
            direction=Direction.TO_POST,
            to_unit=None,
            at=later + timedelta(hours=4),
            tz=calendar.tz,
            sender_id=counter.id,
            receiver_name="nguyễn văn bưu",
        )
    assert post.number == 3 and post.is_received and post.receiver_name == "nguyễn văn bưu"
    with context.session(read_only=True) as session:
        dossier = session.scalars(select(Dossier)).one()
        assert dossier.status == DossierStatus.RETURNED
        assert dossier.returned_at == later + timedelta(hours=4)
        assert dossier.returned_to_name == "nguyễn văn bưu"


def _results_batch(context, office, calendar, now, people, codes):
    """The department received ``codes``, finished them and handed them back (not received)."""
    counter, specialist = people
    batch = _hand_to_department(context, office, calendar, now, counter, codes)
    later = now + timedelta(hours=2)
    with context.session() as session:
        receive_batch(session, batch.id, receiver_id=specialist.id, at=later)
        for code in codes:
            start_processing(session, code, at=later, staff_id=specialist.id, unit=DEPARTMENT)
            mark_result_ready(
                session, code, at=later, staff_id=specialist.id, unit=DEPARTMENT, note="Kết quả"
            )
        return create_batch(
            session,
            codes,
            office_id=office.id,
            direction=Direction.TO_COUNTER,
            to_unit=None,
            from_unit=DEPARTMENT,
            at=later + timedelta(hours=1),
            tz=calendar.tz,
            sender_id=specialist.id,
        )


def _pending_results(context) -> list:
    with context.session(read_only=True) as session:
        return list_batches(session, direction=Direction.TO_COUNTER, pending_only=True)


def test_results_batch_no_longer_pending_once_every_result_was_returned(
    context, office, calendar, now, people
):
    from desktop_app.services.handover.result_return import Receiver, return_result

    counter, _ = people
    codes = _two_dossiers(context, office, calendar, now, counter)
    batch = _results_batch(context, office, calendar, now, people, codes)
    assert [b.id for b in _pending_results(context)] == [batch.id]
    at = now + timedelta(hours=5)
    with context.session() as session:
        return_result(session, codes[0], receiver=Receiver(), fee_collected=None, at=at,
                      tz=calendar.tz, staff_id=counter.id)  # fmt: skip
    assert [b.id for b in _pending_results(context)] == [batch.id]  # one result still waits
    with context.session() as session:
        return_result(session, codes[1], receiver=Receiver(), fee_collected=None, at=at,
                      tz=calendar.tz, staff_id=counter.id)  # fmt: skip
    assert _pending_results(context) == []
    with context.session(read_only=True) as session:
        assert [b.id for b in list_batches(session, direction=Direction.TO_COUNTER)] == [batch.id]


def test_results_batch_no_longer_pending_once_its_results_went_to_the_post(
    context, office, calendar, now, people
):
    counter, _ = people
    with context.session() as session:
        code = receive(
            session, office, calendar, now, staff_id=counter.id, return_method="post"
        ).code
    _results_batch(context, office, calendar, now, people, [code])
    assert len(_pending_results(context)) == 1
    with context.session() as session:
        create_batch(
            session,
            [code],
            office_id=office.id,
            direction=Direction.TO_POST,
            to_unit=None,
            at=now + timedelta(hours=6),
            tz=calendar.tz,
            sender_id=counter.id,
            receiver_name="Nguyễn Văn Bưu",
        )
    assert _pending_results(context) == []
