"""Bookings at the office on SQLite and PostgreSQL: pulled, checked in, missed, configured."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from desktop_app.services.errors import ServiceError
from desktop_app.services.office.administration import (
    remove_calendar_override,
    set_calendar_override,
)
from desktop_app.services.office.settings import set_office_setting
from desktop_app.services.queue.booking_settings import set_booking
from desktop_app.services.queue.bookings import check_in, day_bookings, sweep_no_shows
from desktop_app.storage.models import Booking, OutboxOp, QueueTicket
from desktop_app.sync.booking_inbox import apply_booking
from desktop_app.sync.client import TransientError
from desktop_app.sync.credentials import DeviceCredential
from desktop_app.sync.engine import SyncPass
from tests.support.bookings import CARD, booking_change, pull_booking


def _ops(session, entity):
    return session.scalars(
        select(OutboxOp).where(OutboxOp.entity == entity).order_by(OutboxOp.seq)
    ).all()


def _check_in(context, office, now, **how):
    with context.session() as session:
        ticket = check_in(session, office.id, now=now, tz=context.settings.zone, **how)
        return ticket.id, ticket.booking_start, ticket.display_number


def test_pulled_booking_is_inserted_updated_and_cancelled_once(context, office, now):
    change = booking_change(now + timedelta(hours=1))
    with context.session() as session:
        apply_booking(session, office.id, change)
        apply_booking(session, office.id, change)  # the same change again: nothing new
    moved = change.model_copy(update={"payload": {**change.payload, "minutes": 15}})
    cancelled = moved.model_copy(update={"payload": {**moved.payload, "status": "cancelled"}})
    with context.session() as session:
        apply_booking(session, office.id, moved)
        apply_booking(session, office.id, cancelled)
    with context.session(read_only=True) as session:
        [row] = session.scalars(select(Booking)).all()
        assert (row.code, row.minutes, row.status) == (change.payload["code"], 15, "cancelled")
        assert _ops(session, "booking_visit") == []  # pulled changes write no op


def test_cancelling_a_checked_in_booking_keeps_the_office_fact(context, office, now):
    change = booking_change(now + timedelta(minutes=10))
    with context.session() as session:
        apply_booking(session, office.id, change)
    _check_in(context, office, now, booking_code=change.payload["code"])
    cancelled = change.model_copy(update={"payload": {**change.payload, "status": "cancelled"}})
    with context.session() as session:
        apply_booking(session, office.id, cancelled)
        assert session.scalars(select(Booking.status)).one() == "checked_in"


def test_check_in_by_code_gives_a_booked_ticket_with_its_op(context, office, now):
    start = now + timedelta(minutes=30)
    with context.session() as session:
        pulled = pull_booking(session, office.id, start)
    ticket_id, booking_start, number = _check_in(
        context, office, now, booking_code=pulled["code"].lower()
    )
    assert booking_start == start and number == "A001"
    with context.session(read_only=True) as session:
        booking = session.get_one(Booking, ticket_id.__class__(pulled["id"]))
        assert (booking.status, booking.ticket_id, booking.checked_in_at) == (
            "checked_in", ticket_id, now,
        )  # fmt: skip
        [visit] = _ops(session, "booking_visit")
        assert visit.payload["state"] == "checked_in"
        assert visit.payload["ticket_id"] == str(ticket_id)
        last_ticket_op = _ops(session, "ticket")[-1]
        assert last_ticket_op.payload["booking_code"] == pulled["code"]
        assert session.get_one(QueueTicket, ticket_id).booking_id == booking.id


def test_check_in_writes_one_ticket_op_that_is_booked_already(context, office, now):
    with context.session() as session:
        pulled = pull_booking(session, office.id, now + timedelta(minutes=30))
    _check_in(context, office, now, booking_code=pulled["code"])
    with context.session(read_only=True) as session:
        [issued] = _ops(session, "ticket")
        assert issued.payload["booking_code"] == pulled["code"]


def test_check_in_by_card_takes_todays_next_booking(context, office, now):
    with context.session() as session:
        later = pull_booking(session, office.id, now + timedelta(hours=2))
        sooner = pull_booking(session, office.id, now + timedelta(minutes=20))
        pull_booking(session, office.id, now + timedelta(days=1))
    first = _check_in(context, office, now, cccd_payload=CARD)
    second = _check_in(context, office, now, cccd_payload=CARD)
    assert (first[1], second[1]) == (now + timedelta(minutes=20), now + timedelta(hours=2))
    with context.session(read_only=True) as session:
        states = dict(session.execute(select(Booking.code, Booking.status)).all())
        assert states[sooner["code"]] == states[later["code"]] == "checked_in"
    with pytest.raises(ServiceError) as refused:  # only tomorrow's is left
        _check_in(context, office, now, cccd_payload=CARD)
    assert "không phải hôm nay" in refused.value.message_vi


@pytest.mark.parametrize(
    ("how", "vi"),
    [
        ("unknown", "Không tìm thấy lịch hẹn"),
        ("cancelled", "đã bị hủy"),
        ("other_day", "không phải hôm nay"),
        ("twice", "đã được xác nhận"),
        ("no_card", "theo thẻ căn cước"),
    ],
)
def test_check_in_refusals_give_no_ticket(context, office, now, how, vi):
    start = now + timedelta(days=1 if how == "other_day" else 0, minutes=5)
    status = "cancelled" if how == "cancelled" else "booked"
    with context.session() as session:
        pulled = pull_booking(session, office.id, start, status=status,
                              id_number="079185000123")  # fmt: skip
    if how == "twice":
        _check_in(context, office, now, booking_code=pulled["code"])
    way = {"cccd_payload": CARD} if how == "no_card" else {"booking_code": pulled["code"]}
    if how == "unknown":
        way = {"booking_code": "DH00000000"}
    with pytest.raises(ServiceError) as refused:
        _check_in(context, office, now, **way)
    assert vi in refused.value.message_vi
    with context.session(read_only=True) as session:
        tickets = session.scalars(select(QueueTicket)).all()
        assert len(tickets) == (1 if how == "twice" else 0)


def test_a_late_arrival_gets_a_walk_in_ticket(context, office, now):
    with context.session() as session:
        pulled = pull_booking(session, office.id, now - timedelta(minutes=16))
        on_time = pull_booking(session, office.id, now - timedelta(minutes=15))
    late_id, late_start, _ = _check_in(context, office, now, booking_code=pulled["code"])
    _, kept_start, _ = _check_in(context, office, now, booking_code=on_time["code"])
    assert late_start is None and kept_start == now - timedelta(minutes=15)
    with context.session(read_only=True) as session:
        row = session.scalars(select(Booking).where(Booking.code == pulled["code"])).one()
        assert (row.status, row.ticket_id) == ("late", late_id)
        assert session.get_one(QueueTicket, late_id).booking_id is None
        states = [op.payload["state"] for op in _ops(session, "booking_visit")]
        assert states == ["late", "checked_in"]


def test_missed_bookings_become_no_shows_once(context, office, now):
    with context.session() as session:
        gone = pull_booking(session, office.id, now - timedelta(minutes=46))  # 30 + 15 grace
        pull_booking(session, office.id, now - timedelta(minutes=44))
    with context.session() as session:
        views = day_bookings(session, office.id, date(2026, 11, 26), now=now)
        assert sweep_no_shows(session, office.id, now, 15) == 0  # idempotent
    assert [v.status for v in views] == ["no_show", "booked"]
    assert views[0].phone == "*******678" and views[0].area_code == "A"
    with context.session() as session:
        [op] = _ops(session, "booking_visit")
        assert (op.payload["state"], op.payload["code"]) == ("no_show", gone["code"])
    late_id, start, _ = _check_in(context, office, now, booking_code=gone["code"])
    assert start is None  # a no-show who still comes is late: a walk-in ticket
    with context.session(read_only=True) as session:
        listed = day_bookings(session, office.id, date(2026, 11, 26))
        assert listed[0].status == "late" and listed[0].ticket_number == "A001"


class _Offline:
    """A sync client whose every request finds no server."""

    def __getattr__(self, name):
        def no_server(*args, **kwargs):
            raise TransientError("no connection to the central server")

        return no_server


def test_a_sync_pass_marks_no_shows_even_offline(context, office, now):
    with context.session() as session:
        gone = pull_booking(session, office.id, now - timedelta(minutes=46))
    code = context.settings.office_code
    credential = DeviceCredential("http://127.0.0.1:9", "device", "secret", code, "Office")
    result = SyncPass(context.session_factory, _Offline(), credential).run()  # type: ignore[arg-type]
    assert result.error and not result.complete
    with context.session(read_only=True) as session:
        row = session.scalars(select(Booking).where(Booking.code == gone["code"])).one()
        assert row.status == "no_show"
        [op] = _ops(session, "booking_visit")
        assert op.payload["state"] == "no_show"  # pushed by the next pass that gets through


def test_booking_settings_and_the_week_travel_to_the_centre(context, office, now):
    settings = context.settings
    with context.session() as session:
        set_booking(session, "A", 20, 3, 7, True, settings=settings, at=now)
        set_booking(session, "B", 30, 2, 14, False, settings=settings, at=now)
        with pytest.raises(ServiceError):
            set_booking(session, "A", 3, 3, 7, True, settings=settings, at=now)
        with pytest.raises(ServiceError):
            set_booking(session, "Z", 30, 2, 7, True, settings=settings, at=now)
    with context.session() as session:
        configs = [op.payload for op in _ops(session, "booking_config")]
        assert [(c["area_code"], c["minutes"], c["places"], c["enabled"]) for c in configs] == [
            ("A", 20, 3, True), ("B", 30, 2, False),
        ]  # fmt: skip
        assert configs[0]["windows"] == [
            {"start": "08:00", "end": "12:00"}, {"start": "13:00", "end": "17:00"},
        ]  # fmt: skip
        assert configs[0]["working_days"] == [0, 1, 2, 3, 4]
        set_office_setting(session, office.id, "working_days", "mon-sat", staff_id=None, at=now)
        set_office_setting(session, office.id, "same_day_cutoff", "14:00", staff_id=None, at=now)
    with context.session() as session:
        again = [op.payload for op in _ops(session, "booking_config")][2:]
        assert [(c["area_code"], c["working_days"]) for c in again] == [
            ("A", [0, 1, 2, 3, 4, 5]), ("B", [0, 1, 2, 3, 4, 5]),
        ]  # fmt: skip
        assert again[0]["id"] == configs[0]["id"]  # the newest op of one area wins


def test_calendar_overrides_travel_to_the_centre(context, office, now):
    day = date(2026, 12, 5)
    with context.session() as session:
        set_calendar_override(session, office.id, day, is_working_day=True, note="bù",
                              actor_id=None, at=now)  # fmt: skip
        remove_calendar_override(session, office.id, day, actor_id=None, at=now)
        ops = _ops(session, "office_calendar_day")
    assert [(op.payload["day"], op.payload["removed"]) for op in ops] == [
        ("2026-12-05", False), ("2026-12-05", True),
    ]  # fmt: skip
    assert ops[0].entity_id == ops[1].entity_id


def test_report_counts_bookings_and_compares_waits(context, office, now, tmp_path):
    from openpyxl import load_workbook

    from desktop_app.printing.report_json import report_as_dict
    from desktop_app.printing.report_xlsx import write_report_xlsx
    from desktop_app.services.queue import calls
    from desktop_app.services.queue.config import add_counter
    from desktop_app.services.queue.tickets import issue_ticket
    from desktop_app.services.reports.period import Period, build_period_report

    zone = context.settings.zone
    with context.session() as session:
        add_counter(session, office.id, number=1, name="Quầy 1", areas=["A"])
        issue_ticket(session, office.id, "A", at=now - timedelta(minutes=20), tz=zone)
        on_time = pull_booking(session, office.id, now)
        late = pull_booking(session, office.id, now - timedelta(minutes=20))
        pull_booking(session, office.id, now - timedelta(minutes=50))  # missed
        pull_booking(session, office.id, now, status="cancelled")
        pull_booking(session, office.id, now + timedelta(days=1))  # another period
    _check_in(context, office, now - timedelta(minutes=4), booking_code=on_time["code"])
    _check_in(context, office, now, booking_code=late["code"])
    for minutes in (0, 6):  # the booked ticket at its slot (waited 4), then the first walk-in
        station = calls.Station(office.id, 1, now + timedelta(minutes=minutes), zone)
        with context.session() as session:
            calls.call_next(session, station, calls.CallPolicy())
    with context.session(read_only=True) as session:
        day = date(2026, 11, 26)
        report = build_period_report(session, Period(day, day), tz=zone, now=now)
    figures = report_as_dict(report)["bookings"]
    assert figures == {
        "bookings": 3, "checked_in": 1, "late": 1, "no_shows": 1, "cancelled": 1,
        "booked_tickets": 1, "booked_wait_median": 4.0, "booked_wait_mean": 4.0,
        "walk_in_tickets": 1, "walk_in_wait_median": 26.0, "walk_in_wait_mean": 26.0,
    }  # fmt: skip
    write_report_xlsx(report, tmp_path / "report.xlsx")
    rows = [
        [c for c in row if c is not None]
        for row in load_workbook(tmp_path / "report.xlsx")["Xếp hàng"].iter_rows(values_only=True)
    ]
    assert ["Không đến", 1] in rows and ["Chờ, không hẹn (trung bình, phút)", 26] in rows
