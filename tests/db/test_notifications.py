"""Citizens' notifications at the office: which request each dossier event writes, and when none.

Every request is a ``dossier_notification`` row (pending) and a ``notification`` outbox op,
written in the event's transaction; the rule is ``services/dossiers/notification_rule.py``.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop_app.services.dossiers.detail import dossier_detail
from desktop_app.services.dossiers.notification_rule import notify
from desktop_app.services.dossiers.reception import (
    ApplicantInput,
    ReceptionRequest,
    receive_dossier,
    request_supplement_at_reception,
)
from desktop_app.services.errors import ServiceError
from desktop_app.services.handover.department import (
    extend_due_date,
    mark_result_ready,
    request_supplement,
    resume_processing,
)
from desktop_app.services.handover.result_return import Receiver, return_result
from desktop_app.services.office.settings import set_office_setting
from desktop_app.storage.models import Dossier, DossierNotification, OutboxOp
from motcua_core.domain.identifiers import IdType
from motcua_core.domain.lifecycle import Channel
from motcua_core.notification_payloads import NOTIFICATION_EVENTS

ID_NUMBER = "001085012345"
EMAIL = "nhung@example.vn"
PHONE = "0912345678"


def _request(**changes) -> ReceptionRequest:
    applicant = ApplicantInput(
        full_name="Nguyễn Thị Hồng Nhung", id_type=IdType.CCCD,
        id_number=changes.pop("id_number", ID_NUMBER),
        birth_date=date(1985, 3, 2), phone=changes.pop("phone", PHONE),
        email=changes.pop("email", EMAIL), address="12 Hàng Bạc, Hoàn Kiếm",
    )  # fmt: skip
    return ReceptionRequest(procedure_code="1.004873", applicant=applicant, **changes)


def _receive(session, office, calendar, now, **changes):
    return receive_dossier(session, _request(**changes), office=office, calendar=calendar,
                           received_at=now)  # fmt: skip


def _set(session, office, key: str, value) -> None:
    set_office_setting(
        session, office.id, key, value, staff_id=None, at=datetime.now().astimezone()
    )


def _requests(session) -> list[DossierNotification]:
    query = select(DossierNotification).order_by(DossierNotification.created_at)
    return list(session.scalars(query))


def _ops(session) -> list[OutboxOp]:
    query = select(OutboxOp).where(OutboxOp.entity == "notification").order_by(OutboxOp.seq)
    return list(session.scalars(query))


def test_a_reception_with_consent_writes_one_pending_request_with_its_op(
    context, office, calendar, now
):
    with context.session() as session:
        saved = _receive(session, office, calendar, now, notify_medium="email")
    with context.session() as session:
        [request] = _requests(session)
        [op] = _ops(session)
        dossier = session.get_one(Dossier, saved.id)
        detail = dossier_detail(session, saved.code, now=now, tz=calendar.tz)
    assert (request.event, request.medium, request.recipient) == ("received", "email", EMAIL)
    assert request.state == "pending" and request.attempts == 0 and request.dossier_id == saved.id
    assert dossier.notify_medium == "email" and dossier.notify_consent_at == now
    assert op.entity_id == str(request.id) and op.operation == "insert"
    assert op.payload["day"] == "2026-12-01" and op.payload["dossier_code"] == saved.code
    assert ID_NUMBER not in str(op.payload) and "Hàng Bạc" not in str(op.payload)
    assert detail.notify_medium == "email"
    assert [(n.id, n.event, n.state) for n in detail.notifications] == [
        (request.id, "received", "pending")
    ]


def test_without_consent_nothing_is_written_and_the_office_default_applies(
    context, office, calendar, now
):
    with context.session() as session:
        first = _receive(session, office, calendar, now)
        _receive(session, office, calendar, now, notify_medium="none", id_number="001085000001")
        _set(session, office, "notify_default_medium", "sms")
    with context.session() as session:
        assert _requests(session) == [] and _ops(session) == []
        assert session.get_one(Dossier, first.id).notify_medium == "none"
        assert session.get_one(Dossier, first.id).notify_consent_at is None
        second = _receive(session, office, calendar, now)
    with context.session() as session:
        [request] = _requests(session)
        assert session.get_one(Dossier, second.id).notify_medium == "sms"
    assert (request.medium, request.recipient, request.dossier_id) == ("sms", PHONE, second.id)


def test_an_event_the_office_does_not_send_for_the_channel_writes_nothing(
    context, office, calendar, now
):
    with context.session() as session:
        _set(session, office, "notify_events_in_person", "result_ready")
        _receive(session, office, calendar, now, notify_medium="zalo")
        online = _receive(session, office, calendar, now, notify_medium="zalo",
                          channel=Channel.ONLINE)  # fmt: skip
    with context.session() as session:
        [request] = _requests(session)
    assert (request.dossier_id, request.event, request.medium) == (online.id, "received", "zalo")


def test_every_later_event_writes_its_request_in_order(context, office, calendar, now):
    tz = calendar.tz
    kw = {"staff_id": None, "unit": "Phòng Tư pháp"}
    with context.session() as session:
        code = _receive(session, office, calendar, now, notify_medium="sms").code
        request_supplement(session, code, missing="Bản sao sổ hộ khẩu",
                           at=datetime(2026, 11, 27, 9, 0, tzinfo=tz), **kw)  # fmt: skip
        resume_processing(session, code, calendar=calendar,
                          at=datetime(2026, 11, 27, 14, 0, tzinfo=tz), **kw)  # fmt: skip
        extend_due_date(session, code, new_due=datetime(2026, 12, 4, 16, 0, tzinfo=tz),
                        reason="Chờ xác minh", calendar=calendar,
                        at=datetime(2026, 11, 30, 9, 0, tzinfo=tz), **kw)  # fmt: skip
        mark_result_ready(session, code, at=datetime(2026, 12, 2, 9, 0, tzinfo=tz), **kw)
        return_result(session, code, receiver=Receiver(), fee_collected=None,
                      at=datetime(2026, 12, 3, 9, 0, tzinfo=tz), tz=tz, staff_id=None,
                      rating=("satisfied", None))  # fmt: skip
    with context.session() as session:
        requests, ops = _requests(session), _ops(session)
    assert [r.event for r in requests] == list(NOTIFICATION_EVENTS)
    assert {r.medium for r in requests} == {"sms"} and {r.recipient for r in requests} == {PHONE}
    assert [op.payload["event"] for op in ops] == list(NOTIFICATION_EVENTS)
    supplement, extension = ops[1].payload, ops[2].payload
    assert supplement["missing"] == "Bản sao sổ hộ khẩu" and extension["day"] == "2026-12-04"


def test_an_incomplete_reception_tells_what_is_missing(context, office, calendar, now):
    with context.session() as session:
        incomplete = _request(notify_medium="email")
        request_supplement_at_reception(session, incomplete, "Thiếu tờ khai", office=office,
                                        calendar=calendar, received_at=now)  # fmt: skip
    with context.session() as session:
        [op] = _ops(session)
    assert op.payload["event"] == "supplement" and op.payload["missing"] == "Thiếu tờ khai"


@pytest.mark.parametrize(
    ("medium", "changes", "field"),
    [("sms", {"phone": None}, "số điện thoại"), ("zalo", {"phone": " "}, "số điện thoại"),
     ("email", {"email": None}, "địa chỉ email")],
)  # fmt: skip
def test_a_medium_without_its_recipient_is_refused_and_nothing_saved(
    context, office, calendar, now, medium, changes, field
):
    with pytest.raises(ServiceError) as refused, context.session() as session:
        _receive(session, office, calendar, now, notify_medium=medium, **changes)
    assert field in refused.value.message_vi
    with context.session() as session:
        _set(session, office, "notify_default_medium", medium)
    with pytest.raises(ServiceError, match=medium), context.session() as session:
        _receive(session, office, calendar, now, **changes)
    with context.session() as session:
        assert session.scalar(select(func.count()).select_from(Dossier)) == 0
        assert _requests(session) == [] and _ops(session) == []


def test_a_rolled_back_event_leaves_no_request_and_no_op(context, office, calendar, now):
    with pytest.raises(RuntimeError), context.session() as session:
        _receive(session, office, calendar, now, notify_medium="email")
        assert len(_requests(session)) == 1
        raise RuntimeError("the save fails after the event")
    with context.session() as session:
        assert _requests(session) == [] and _ops(session) == []
        assert session.scalar(select(func.count()).select_from(Dossier)) == 0


def test_unknown_events_and_media_are_refused_in_the_office_settings(context, office):
    with context.session() as session:
        with pytest.raises(ServiceError, match="born"):
            _set(session, office, "notify_events_post", "received,born")
        with pytest.raises(ServiceError) as refused:
            _set(session, office, "notify_default_medium", "fax")
        assert "sms, zalo, email, none" in refused.value.message_vi
        _set(session, office, "notify_events_post", ["received", "returned"])
        _set(session, office, "notify_events_online", "")


_EVENTS = st.frozensets(st.sampled_from(NOTIFICATION_EVENTS))


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(
    chosen=st.fixed_dictionaries({channel: _EVENTS for channel in Channel}),
    channel=st.sampled_from(list(Channel)),
    medium=st.sampled_from(["sms", "zalo", "email", "none"]),
    event=st.sampled_from(NOTIFICATION_EVENTS),
    has_phone=st.booleans(),
    has_email=st.booleans(),
)
def test_a_request_is_written_iff_consent_chosen_event_and_recipient(
    context, office, calendar, now, chosen, channel, medium, event, has_phone, has_email
):
    """For any channel × medium × office choice × recipient: written iff all three hold."""
    keys = {Channel.IN_PERSON: "in_person", Channel.ONLINE: "online", Channel.POST: "post"}
    with context.session() as session:
        if not session.scalar(select(func.count()).select_from(Dossier)):
            _receive(session, office, calendar, now)
        dossier = session.scalars(select(Dossier)).one()
        for each, events in chosen.items():
            _set(session, office, f"notify_events_{keys[each]}", ",".join(sorted(events)))
        dossier.channel, dossier.notify_medium = int(channel), medium
        dossier.phone = dossier.applicant.phone = PHONE if has_phone else None
        dossier.applicant.email = EMAIL if has_email else None
        before = len(_ops(session))
        written = notify(session, dossier, event, at=now)
        session.flush()
        added = len(_ops(session)) - before
    recipient = has_phone if medium in ("sms", "zalo") else has_email
    expected = medium != "none" and event in chosen[channel] and recipient
    assert (written is not None) == expected and added == int(expected)
