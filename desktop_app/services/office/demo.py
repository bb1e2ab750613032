"""Demo data: staff, counters, and a few working days of tickets and dossiers.

Deterministic (seeded) so that screenshots and manual checks look the same every time.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.dossiers.reception import (
    ApplicantInput,
    ReceptionRequest,
    receive_dossier,
)
from desktop_app.services.dossiers.status import change_status
from desktop_app.services.office.identity import OfficeInfo
from desktop_app.services.queue.calls import Station, call_ticket, finish, start_serving
from desktop_app.services.queue.tickets import issue_ticket
from desktop_app.services.staff.accounts import StaffRole, add_staff
from desktop_app.storage.models import Counter, CounterArea, ServiceArea, Staff
from motcua_core.domain.identifiers import IdType
from motcua_core.domain.lifecycle import DossierStatus
from motcua_core.domain.work_calendar import WorkCalendar

DEMO_PASSWORD = "motcua2026"
DEMO_STAFF = (
    ("admin", "Quản Trị Viên", StaffRole.ADMIN, None),
    ("canbo1", "Nguyễn Thị Hồng Nhung", StaffRole.RECEPTION, None),
    ("canbo2", "Trần Văn Đức", StaffRole.RECEPTION, None),
    ("tuphap", "Lê Thị Ánh", StaffRole.SPECIALIST, "Công chức Tư pháp - Hộ tịch"),
    ("lanhdao", "Phạm Quốc Việt", StaffRole.LEADER, None),
)
DEMO_COUNTER_OF_AREA = {"A": 1, "B": 2, "C": 3}
DEMO_COUNTERS = (
    (1, "Quầy 1 - Hộ tịch", ("A", "D")),
    (2, "Quầy 2 - Chứng thực", ("B", "D")),
    (3, "Quầy 3 - Cư trú", ("C", "A")),
)
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ")
MIDDLE = ("Văn", "Thị", "Hữu", "Minh", "Ngọc", "Thanh", "Đức", "Thu", "Quốc", "Hồng")
GIVEN = (
    "An",
    "Bình",
    "Châu",
    "Dũng",
    "Đào",
    "Giang",
    "Hà",
    "Hải",
    "Hằng",
    "Khánh",
    "Lan",
    "Long",
    "Mai",
    "Nam",
    "Nhung",
    "Phúc",
    "Quang",
    "Sơn",
    "Thảo",
    "Trang",
    "Tuấn",
    "Yến",
)
PROVINCES = ("001", "031", "079", "048", "038", "040")
PROCEDURES_BY_AREA = {
    "A": ("1.001193", "1.004873", "2.000635"),
    "B": ("2.000815", "2.000884", "2.001019"),
    "C": ("1.004222", "1.004194"),
}


@dataclass(frozen=True)
class DemoResult:
    created: bool
    staff: int
    tickets: int
    dossiers: int


def add_demo_data(
    session: Session, office: OfficeInfo, calendar: WorkCalendar, now: datetime, days: int = 4
) -> DemoResult:
    """Add demo data unless it is there already; the caller commits."""
    if session.scalars(select(Staff.id).where(Staff.username == "canbo1")).first():
        return DemoResult(False, 0, 0, 0)
    rng = random.Random(2026)
    staff_ids = _add_staff(session, office)
    _add_counters(session, office)
    tickets = dossiers = 0
    for day in _recent_working_days(calendar, now, days):
        t, d = _add_day(session, office, calendar, day, now, staff_ids, rng)
        tickets, dossiers = tickets + t, dossiers + d
    return DemoResult(True, len(staff_ids), tickets, dossiers)


def _add_staff(session: Session, office: OfficeInfo) -> list[uuid.UUID]:
    ids = []
    for username, name, role, department in DEMO_STAFF:
        info = add_staff(
            session,
            office.id,
            username=username,
            full_name=name,
            role=role,
            password=DEMO_PASSWORD,
            department=department,
        )
        if role == StaffRole.RECEPTION:
            ids.append(info.id)
    return ids


def _add_counters(session: Session, office: OfficeInfo) -> None:
    areas = {
        a.code: a.id
        for a in session.scalars(select(ServiceArea).where(ServiceArea.office_id == office.id))
    }
    for number, name, area_codes in DEMO_COUNTERS:
        counter = Counter(id=uuid.uuid4(), office_id=office.id, number=number, name=name)
        counter.areas = [
            CounterArea(area_id=areas[c], preference=i + 1) for i, c in enumerate(area_codes)
        ]
        session.add(counter)
    session.flush()


def _recent_working_days(calendar: WorkCalendar, now: datetime, count: int) -> list[date]:
    days: list[date] = []
    day = now.astimezone(calendar.tz).date()
    while len(days) < count:
        if calendar.is_working_day(day):
            days.append(day)
        day -= timedelta(days=1)
    return sorted(days)


def _add_day(
    session: Session,
    office: OfficeInfo,
    calendar: WorkCalendar,
    day: date,
    now: datetime,
    staff_ids: list[uuid.UUID],
    rng: random.Random,
) -> tuple[int, int]:
    tickets = dossiers = 0
    moment = datetime.combine(day, time(8, 5), calendar.tz)
    last = min(datetime.combine(day, time(16, 30), calendar.tz), now)
    while moment < last:
        area = rng.choice(("A", "A", "B", "B", "B", "C"))
        priority = "elderly" if rng.random() < 0.12 else None
        ticket = issue_ticket(
            session, office.id, area, at=moment, tz=calendar.tz, priority_group=priority
        )
        tickets += 1
        served_at = moment + timedelta(minutes=rng.randint(2, 25))
        if served_at < now - timedelta(minutes=10) and calendar.is_within_window(served_at):
            staff = rng.choice(staff_ids)
            station = Station(office.id, DEMO_COUNTER_OF_AREA[area], served_at, calendar.tz, staff)
            _serve(session, station, ticket.id, rng)
            dossiers += _receive(
                session, office, calendar, area, served_at, now, staff, ticket.id, rng
            )
        moment += timedelta(minutes=rng.randint(6, 20))
    return tickets, dossiers


def _serve(session: Session, station: Station, ticket_id: uuid.UUID, rng: random.Random) -> None:
    """Call the ticket to its counter, serve it and finish it a few minutes later."""
    call_ticket(session, station, str(ticket_id))
    start_serving(session, station)
    minutes = rng.randint(3, 12)
    finish(session, replace(station, at=station.at + timedelta(minutes=minutes)))


def _receive(
    session: Session,
    office: OfficeInfo,
    calendar: WorkCalendar,
    area: str,
    at: datetime,
    now: datetime,
    staff_id: uuid.UUID,
    ticket_id: uuid.UUID,
    rng: random.Random,
) -> int:
    count = rng.choice((1, 1, 1, 2))
    for _ in range(count):
        received = receive_dossier(
            session,
            _demo_request(area, at, rng),
            office=office,
            calendar=calendar,
            received_at=at,
            staff_id=staff_id,
            visit_ticket_id=ticket_id,
        )
        _progress(session, received.id, received.due_at, at, now, staff_id, rng)
    return count


def _demo_request(area: str, at: datetime, rng: random.Random) -> ReceptionRequest:
    birth_year = rng.randint(1950, 2004)
    century = 0 if birth_year < 2000 else 2
    sex = rng.randint(0, 1)
    id_number = (
        f"{rng.choice(PROVINCES)}{century + sex}{birth_year % 100:02d}{rng.randint(0, 999999):06d}"
    )
    name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
    phone = f"09{rng.randint(10_000_000, 99_999_999)}"
    return ReceptionRequest(
        procedure_code=rng.choice(PROCEDURES_BY_AREA[area]),
        applicant=ApplicantInput(
            full_name=name,
            id_type=IdType.CCCD,
            id_number=id_number,
            birth_date=date(birth_year, rng.randint(1, 12), 1),
            phone=phone,
            address="Phường Hoàn Kiếm, Hà Nội",
        ),
    )


def _progress(
    session: Session,
    dossier_id: uuid.UUID,
    due_at: datetime,
    received_at: datetime,
    now: datetime,
    staff_id: uuid.UUID,
    rng: random.Random,
) -> None:
    """Move older demo dossiers along: in progress, result ready, returned."""
    steps = (DossierStatus.IN_PROGRESS, DossierStatus.RESULT_READY, DossierStatus.RETURNED)
    moment = received_at
    for status in steps:
        moment += timedelta(hours=rng.randint(1, 20))
        if moment > now or rng.random() < 0.15:
            return
        change_status(
            session,
            dossier_id,
            status,
            at=min(moment, due_at + timedelta(hours=2)),
            staff_id=staff_id,
        )
