"""Office-wide settings in the database win over the station's file: calendar and fairness."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from sqlalchemy import select

from desktop_app.services.errors import ServiceError
from desktop_app.services.office.calendar import office_calendar
from desktop_app.services.office.settings import (
    apply_office_settings,
    clear_office_setting,
    fairness_overrides,
    office_logo_png,
    read_office_settings,
    set_office_setting,
    station_key,
)
from desktop_app.services.queue import calls
from desktop_app.services.queue.config import add_counter
from desktop_app.services.queue.tickets import issue_ticket
from desktop_app.storage.models import AuditEntry

PNG = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQ"
    "AAAABJRU5ErkJggg=="
)


def test_stored_windows_days_and_cutoff_win_over_the_station_file(context, office, now):
    with context.session() as session:
        before = office_calendar(session, context.settings, office.id)
        set_office_setting(session, office.id, "working_windows", ["07:30-11:30", "13:30-17:00"],
                           staff_id=None, at=now)  # fmt: skip
        set_office_setting(session, office.id, "working_days", "mon-sat", staff_id=None, at=now)
        set_office_setting(session, office.id, "same_day_cutoff", "14:00", staff_id=None, at=now)
    assert [w.start for w in before.windows] == [time(8), time(13)]
    with context.session(read_only=True) as session:
        after = office_calendar(session, context.settings, office.id)
        stored = read_office_settings(session, office.id)
        actions = list(session.scalars(select(AuditEntry.action)))
    assert [(w.start, w.end) for w in after.windows] == [
        (time(7, 30), time(11, 30)),
        (time(13, 30), time(17)),
    ]
    assert 5 in after.working_weekdays and after.same_day_cutoff == time(14)
    assert stored["working_days"].value == "mon-sat"
    assert actions.count("office_setting_changed") == 3
    with context.session() as session:
        assert clear_office_setting(session, office.id, "same_day_cutoff", staff_id=None, at=now)
        assert office_calendar(session, context.settings, office.id).same_day_cutoff == time(15)


def test_bad_values_are_refused_with_a_vietnamese_message(context, office, now):
    with context.session() as session:
        with pytest.raises(ServiceError) as error:
            set_office_setting(session, office.id, "working_windows", "17:00-08:00",
                               staff_id=None, at=now)  # fmt: skip
        assert "không hợp lệ" in error.value.message_vi
        with pytest.raises(ServiceError):
            set_office_setting(session, office.id, "colour", "red", staff_id=None, at=now)
        with pytest.raises(ServiceError):
            set_office_setting(session, office.id, "office_logo", {"png_base64": "bm90IGEgcG5n"},
                               staff_id=None, at=now)  # fmt: skip


def test_printers_per_station_and_logo(context, office, now):
    settings = context.settings.with_values("test", role="counter", counter_number=2)
    with context.session() as session:
        set_office_setting(session, office.id, "station_printers", {
            station_key("counter", 2): {"ticket_printer": "", "form_printer": "HP-Quay-2"},
            station_key("kiosk", 1): {"ticket_printer": "XP-80", "form_printer": ""},
        }, staff_id=None, at=now)  # fmt: skip
        set_office_setting(
            session,
            office.id,
            "office_logo",
            {"file_name": "logo.png", "png_base64": PNG},
            staff_id=None,
            at=now,
        )
    with context.session(read_only=True) as session:
        mine = apply_office_settings(session, settings, office.id)
        logo = office_logo_png(session, office.id)
    assert mine.form_printer == "HP-Quay-2" and mine.ticket_printer == ""
    assert mine.sources["form_printer"] == "office database"
    assert logo is not None and logo.startswith(b"\x89PNG")


def test_stored_fairness_shapes_call_next(context, office, now):
    with context.session() as session:
        add_counter(session, office.id, number=1, name="Quầy 1", areas=["A"])
        for minutes, group in ((0, None), (1, "elderly"), (2, "elderly")):
            issue_ticket(session, office.id, "A", at=now + timedelta(minutes=minutes),
                         tz=context.settings.zone, priority_group=group)  # fmt: skip
        set_office_setting(session, office.id, "priority_fairness_n", 1, staff_id=None, at=now)
        assert fairness_overrides(session, office.id) == {"fairness_n": 1}
    station_policy = calls.CallPolicy(fairness_n=5, strict=False)
    called = []
    for minutes in (10, 11, 12):
        station = calls.Station(office.id, 1, now + timedelta(minutes=minutes),
                                context.settings.zone)  # fmt: skip
        with context.session() as session:
            called.append(calls.call_next(session, station, station_policy).display_number)
    # With the station's N=5 both elderly tickets come first; the office's N=1 lets the
    # normal ticket in after one priority call.
    assert called == ["A002", "A001", "A003"]


def test_strict_from_the_office_turns_fairness_off(context, office, now):
    with context.session() as session:
        set_office_setting(session, office.id, "priority_strict", True, staff_id=None,
                           at=datetime(2026, 1, 1, tzinfo=now.tzinfo))  # fmt: skip
        assert fairness_overrides(session, office.id) == {"strict": True}
