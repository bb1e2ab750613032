"""A small office month for the report window tests and screenshots: tickets, dossiers, ratings.

November 2026 (working days 2–27): each day a few tickets are served at counters 1 and 2 with
growing waits, each served ticket brings one dossier, dossiers are resolved before due, on time
or late in a fixed pattern, and some visits are rated.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from desktop_app.services.dossiers.reception import (
    ApplicantInput,
    ReceptionRequest,
    receive_dossier,
)
from desktop_app.services.dossiers.status import change_status
from desktop_app.services.office.calendar import office_calendar
from desktop_app.services.office.identity import current_office
from desktop_app.services.office.setup import set_up_office
from desktop_app.services.queue import calls
from desktop_app.services.queue.config import add_counter
from desktop_app.services.queue.tickets import issue_ticket
from desktop_app.services.ratings.rating import record_rating
from desktop_app.services.staff.accounts import StaffRole, add_staff
from motcua_core.domain.lifecycle import DossierStatus

PASSWORD = "motcua2026"
NAMES = ("Nguyễn Thị Hồng Nhung", "Trần Văn Đức", "Lê Thị Ánh", "Phạm Quốc Việt", "Đặng Thu Hà")
PROCEDURES = ("1.004873", "2.000815", "2.000884")
REASONS = ("Thời gian chờ đợi lâu", "Hướng dẫn chưa rõ ràng")


@dataclass(frozen=True)
class MonthFigures:
    dossiers: int
    before_due: int
    on_time: int
    late: int
    served: int
    ratings: int


def seed_month(context, days: int = 6, per_day: int = 4) -> MonthFigures:
    """Seed the first ``days`` working days of November 2026; returns the expected figures."""
    tz = context.settings.zone
    with context.session() as session:
        set_up_office(session, context.settings.office_code, context.settings.office_name)
        office = current_office(session)
        for number, areas in ((1, ["A", "B"]), (2, ["B", "A"])):
            add_counter(session, office.id, number=number, name=f"Quầy {number}", areas=areas)
        officers = [
            add_staff(session, office.id, username=u, full_name=n, role=StaffRole.RECEPTION,
                      password=PASSWORD)
            for u, n in (("canbo1", "Lê Thị Mai"), ("canbo2", "Hoàng Văn Nam"))
        ]  # fmt: skip
        add_staff(session, office.id, username="lanhdao", full_name="Nguyễn Văn Lãnh",
                  role=StaffRole.LEADER, password=PASSWORD)  # fmt: skip
        add_staff(session, office.id, username="admin", full_name="Quản Trị Viên",
                  role=StaffRole.ADMIN, password=PASSWORD)  # fmt: skip
        calendar = office_calendar(session, context.settings, office.id)
    counts = {"before": 0, "on_time": 0, "late": 0, "served": 0, "ratings": 0, "dossiers": 0}
    day, done_days = date(2026, 11, 2), 0
    while done_days < days:
        if calendar.is_working_day(day):
            _seed_day(context, office, calendar, officers, day, per_day, counts)
            done_days += 1
        day += timedelta(days=1)
    del tz
    return MonthFigures(counts["dossiers"], counts["before"], counts["on_time"], counts["late"],
                        counts["served"], counts["ratings"])  # fmt: skip


def _seed_day(context, office, calendar, officers, day, per_day, counts) -> None:
    tz = context.settings.zone
    opening = datetime(day.year, day.month, day.day, 8, 0, tzinfo=tz)
    for i in range(per_day):
        area = "A" if i % 2 == 0 else "B"
        with context.session() as session:
            issue_ticket(session, office.id, area, at=opening + timedelta(minutes=5 * i), tz=tz)
    for i in range(per_day):
        counter, officer = (1, officers[0]) if i % 2 == 0 else (2, officers[1])
        called = opening + timedelta(minutes=12 + 9 * i)
        station = calls.Station(office.id, counter, called, tz, officer.id)
        with context.session() as session:
            ticket = calls.call_next(session, station, calls.CallPolicy())
        if ticket is None:
            continue
        request = ReceptionRequest(
            procedure_code=PROCEDURES[i % 3],
            applicant=ApplicantInput(full_name=NAMES[i % len(NAMES)]),
        )
        with context.session() as session:
            dossier = receive_dossier(session, request, office=office, calendar=calendar,
                                      received_at=called + timedelta(minutes=3),
                                      staff_id=officer.id, visit_ticket_id=ticket.id)  # fmt: skip
        finish_station = calls.Station(office.id, counter, called + timedelta(minutes=6 + i), tz,
                                       officer.id)  # fmt: skip
        with context.session() as session:
            calls.finish(session, finish_station)
        counts["served"] += 1
        counts["dossiers"] += 1
        _resolve(context, dossier, i, tz, counts)
        if i % 2 == 0:
            level = ("very_satisfied", "satisfied", "dissatisfied")[(i // 2) % 3]
            reason = REASONS[i % 2] if level == "dissatisfied" else None
            with context.session() as session:
                record_rating(session, office_id=office.id, level=level, reason=reason,
                              dossier_code=dossier.code, staff_id=officer.id,
                              at=called + timedelta(minutes=8))  # fmt: skip
            counts["ratings"] += 1


def _resolve(context, dossier, index: int, tz, counts) -> None:
    """Before due (most), on the due date, or the day after it; one in eight stays open."""
    pattern = index % 8
    if pattern == 7:
        return
    due = dossier.due_at.astimezone(tz)
    if pattern == 6:
        finished, key = due + timedelta(days=1), "late"
    elif pattern == 5:
        finished, key = due.replace(hour=16, minute=59), "on_time"
    else:
        finished, key = dossier.received_at + timedelta(hours=2), "before"
    if finished.date() == due.date() and key == "before":
        key = "on_time"
    with context.session() as session:
        change_status(session, dossier.id, DossierStatus.IN_PROGRESS, at=finished)
        change_status(session, dossier.id, DossierStatus.RESULT_READY, at=finished)
    counts[key] += 1
