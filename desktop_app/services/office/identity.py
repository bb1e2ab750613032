"""The office this database belongs to."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.errors import NotInitialised, ServiceError
from desktop_app.storage.models import Office


@dataclass(frozen=True)
class OfficeInfo:
    id: uuid.UUID
    code: str
    name: str
    address: str


def _info(office: Office) -> OfficeInfo:
    return OfficeInfo(office.id, office.code, office.name, office.address)


def ensure_office(
    session: Session, code: str, name: str, *, code_is_explicit: bool = False, rename: bool = True
) -> tuple[OfficeInfo, bool]:
    """The office of this database, created with ``code`` and ``name`` if there is none.

    Returns the office and whether it was created. Once created, the office recorded in the
    database is the truth; ``name`` renames it when ``rename`` is set. A different ``code``
    given explicitly is refused.

    Raises:
        ServiceError: the database belongs to another office.
    """
    office = _first_office(session)
    if office is None:
        return _info(_add_office(session, code, name)), True
    if code_is_explicit:
        _check_same_code(office, code)
    if rename and name and office.name != name:
        office.name = name
    return _info(office), False


def current_office(session: Session) -> OfficeInfo:
    """The office of this database.

    Raises:
        NotInitialised: ``desktop-app init`` has not been run.
    """
    office = _first_office(session)
    if office is None:
        raise NotInitialised(
            "the office database is empty: run 'desktop-app init'",
            "Cơ sở dữ liệu chưa được khởi tạo: hãy chạy 'desktop-app init'.",
        )
    return _info(office)


def _first_office(session: Session) -> Office | None:
    """The office row (the first one made, should a restore have left two)."""
    return session.scalars(select(Office).order_by(Office.created_at)).first()


def _add_office(session: Session, code: str, name: str) -> Office:
    office = Office(id=uuid.uuid4(), code=code, name=name)
    session.add(office)
    session.flush()
    return office


def _check_same_code(office: Office, code: str) -> None:
    if code != office.code:
        raise ServiceError(
            f"this database belongs to office {office.code}, not {code}",
            f"Cơ sở dữ liệu này thuộc đơn vị {office.code}, không phải {code}.",
        )
