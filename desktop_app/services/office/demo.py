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
    ReceivedDossier,
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


@dataclass(frozen=True)
class _Demo:
    """What every step of making demo data needs; ``rng`` is seeded, so runs are identical."""

    session: Session
    office: OfficeInfo
    calendar: WorkCalendar
    now: datetime
    staff_ids: list[uuid.UUID]
    rng: random.Random


def add_demo_data(
    session: Session, office: OfficeInfo, calendar: WorkCalendar, now: datetime, days: int = 4
) -> DemoResult:
    """Add demo data unless it is there already; the caller commits."""
    if _has_demo_data(session):
        return DemoResult(False, 0, 0, 0)
    rng = random.Random(2026)
    staff_ids = _add_staff(session, office)
    _add_counters(session, office)
    demo = _Demo(session, office, calendar, now, staff_ids, rng)
    tickets = dossiers = 0
    for day in _recent_working_days(calendar, now, days):
        t, d = _add_day(demo, day)
        tickets, dossiers = tickets + t, dossiers + d
    return DemoResult(True, len(staff_ids), tickets, dossiers)


def _has_demo_data(session: Session) -> bool:
    return session.scalars(select(Staff.id).where(Staff.username == "canbo1")).first() is not None


def _add_staff(session: Session, office: OfficeInfo) -> list[uuid.UUID]:
    """The demo accounts; returns the ids of the reception officers."""
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
    areas = _area_ids(session, office.id)
    for number, name, area_codes in DEMO_COUNTERS:
        counter = Counter(id=uuid.uuid4(), office_id=office.id, number=number, name=name)
        counter.areas = [
            CounterArea(area_id=areas[c], preference=i + 1) for i, c in enumerate(area_codes)
        ]
        session.add(counter)
    session.flush()


def _area_ids(session: Session, office_id: uuid.UUID) -> dict[str, uuid.UUID]:
    query = select(ServiceArea).where(ServiceArea.office_id == office_id)
    return {area.code: area.id for area in session.scalars(query)}


def _recent_working_days(calendar: WorkCalendar, now: datetime, count: int) -> list[date]:
    days: list[date] = []
    day = now.astimezone(calendar.tz).date()
    while len(days) < count:
        if calendar.is_working_day(day):
            days.append(day)
        day -= timedelta(days=1)
    return sorted(days)


def _add_day(demo: _Demo, day: date) -> tuple[int, int]:
    """Citizens arriving every few minutes from opening; returns (tickets, dossiers)."""
    tickets = dossiers = 0
    tz = demo.calendar.tz
    moment = datetime.combine(day, time(8, 5), tz)
    last = min(datetime.combine(day, time(16, 30), tz), demo.now)
    while moment < last:
        dossiers += _visit(demo, moment)
        tickets += 1
        moment += timedelta(minutes=demo.rng.randint(6, 20))
    return tickets, dossiers


def _visit(demo: _Demo, moment: datetime) -> int:
    """A citizen takes a ticket; when served (in working hours) they hand in dossiers."""
    rng, calendar = demo.rng, demo.calendar
    area = rng.choice(("A", "A", "B", "B", "B", "C"))
    priority = "elderly" if rng.random() < 0.12 else None
    ticket = issue_ticket(
        demo.session, demo.office.id, area, at=moment, tz=calendar.tz, priority_group=priority
    )
    served_at = moment + timedelta(minutes=rng.randint(2, 25))
    if served_at >= demo.now - timedelta(minutes=10) or not calendar.is_within_window(served_at):
        return 0
    staff = rng.choice(demo.staff_ids)
    counter = DEMO_COUNTER_OF_AREA[area]
    station = Station(demo.office.id, counter, served_at, calendar.tz, staff)
    _serve(demo.session, station, ticket.id, rng)
    return _receive(demo, area, station, ticket.id)


def _serve(session: Session, station: Station, ticket_id: uuid.UUID, rng: random.Random) -> None:
    """Call the ticket to its counter, serve it and finish it a few minutes later."""
    call_ticket(session, station, str(ticket_id))
    start_serving(session, station)
    minutes = rng.randint(3, 12)
    finish(session, replace(station, at=station.at + timedelta(minutes=minutes)))


def _receive(demo: _Demo, area: str, station: Station, ticket_id: uuid.UUID) -> int:
    """One dossier or two handed in at ``station``, each moved along; returns how many."""
    count = demo.rng.choice((1, 1, 1, 2))
    for _ in range(count):
        received = receive_dossier(
            demo.session,
            _demo_request(area, demo.rng),
            office=demo.office,
            calendar=demo.calendar,
            received_at=station.at,
            staff_id=station.staff_id,
            visit_ticket_id=ticket_id,
        )
        _progress(demo, received, station)
    return count


def _demo_request(area: str, rng: random.Random) -> ReceptionRequest:
    birth_year = rng.randint(1950, 2004)
    id_number = _demo_id_number(birth_year, rng)
    name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
    phone = f"09{rng.randint(10_000_000, 99_999_999)}"
    procedure_code = rng.choice(PROCEDURES_BY_AREA[area])
    birth_date = date(birth_year, rng.randint(1, 12), 1)
    return ReceptionRequest(
        procedure_code=procedure_code,
        applicant=ApplicantInput(
            full_name=name,
            id_type=IdType.CCCD,
            id_number=id_number,
            birth_date=birth_date,
            phone=phone,
            address="Phường Hoàn Kiếm, Hà Nội",
        ),
    )


def _demo_id_number(birth_year: int, rng: random.Random) -> str:
    """A well-formed CCCD: province, century and sex, year of birth, serial."""
    century = 0 if birth_year < 2000 else 2
    sex = rng.randint(0, 1)
    serial = f"{rng.choice(PROVINCES)}{century + sex}{birth_year % 100:02d}"
    return f"{serial}{rng.randint(0, 999999):06d}"


def _progress(demo: _Demo, received: ReceivedDossier, station: Station) -> None:
    """Move older demo dossiers along: in progress, result ready, returned."""
    steps = (DossierStatus.IN_PROGRESS, DossierStatus.RESULT_READY, DossierStatus.RETURNED)
    moment = received.received_at
    latest = received.due_at + timedelta(hours=2) if received.due_at else None
    for status in steps:
        moment += timedelta(hours=demo.rng.randint(1, 20))
        if moment > demo.now or demo.rng.random() < 0.15:
            return
        at = min(moment, latest) if latest else moment
        change_status(demo.session, received.id, status, at=at, staff_id=station.staff_id)
