"""Test data for the handover, department and return tests: staff and received dossiers."""

from __future__ import annotations

from datetime import date, datetime

from desktop_app.services.dossiers.reception import (
    ApplicantInput,
    ReceptionRequest,
    receive_dossier,
)
from desktop_app.services.staff.accounts import StaffInfo, StaffRole, add_staff
from motcua_core.domain.identifiers import IdType

DEPARTMENT = "Phòng Tư pháp - Hộ tịch"


def add_people(session, office) -> tuple[StaffInfo, StaffInfo]:
    """A counter officer and a specialist of ``DEPARTMENT``."""
    counter = add_staff(
        session,
        office.id,
        username="canbo1",
        full_name="Lê Thị Mai",
        role=StaffRole.RECEPTION,
        password="motcua2026",
    )
    specialist = add_staff(
        session,
        office.id,
        username="tuphap",
        full_name="Trần Văn Bình",
        role=StaffRole.SPECIALIST,
        password="motcua2026",
        department=DEPARTMENT,
    )
    return counter, specialist


def receive(
    session,
    office,
    calendar,
    at: datetime,
    *,
    staff_id=None,
    procedure="1.004873",
    name="Nguyễn Thị Hồng Nhung",
    id_number="001085012345",
    return_method="counter",
):
    """Receive one dossier and return its ``ReceivedDossier``."""
    request = ReceptionRequest(
        procedure_code=procedure,
        applicant=ApplicantInput(
            full_name=name,
            id_type=IdType.CCCD,
            id_number=id_number,
            birth_date=date(1900 + int(id_number[4:6]), 3, 2),
            phone="0912345678",
            address="12 Hàng Bạc, Hoàn Kiếm",
        ),
        return_method=return_method,
        return_address="12 Hàng Bạc, Hoàn Kiếm, Hà Nội" if return_method == "post" else None,
    )
    return receive_dossier(
        session, request, office=office, calendar=calendar, received_at=at, staff_id=staff_id
    )
