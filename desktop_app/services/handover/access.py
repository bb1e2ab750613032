"""Finding dossiers and staff for the handover, department and return use cases."""

from __future__ import annotations

import uuid
from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.errors import NotFound, ServiceError
from desktop_app.storage.models import Dossier, DossierEvent, Staff
from motcua_core.domain.lifecycle import DossierStatus

#: The counter's own unit name in handover events (the same one reception writes).
COUNTER_UNIT = "Bộ phận Một cửa"


def dossier_by_code(session: Session, code: str, *, lock: bool = True) -> Dossier:
    """The dossier with this exact code (as a scanner types it), locked for the update.

    Raises:
        NotFound: no dossier has this code (the message names it).
    """
    cleaned = code.strip()
    query = select(Dossier).where(Dossier.code == cleaned)
    dossier = session.scalars(query.with_for_update() if lock else query).one_or_none()
    if dossier is None:
        raise NotFound(f"no dossier has the code {cleaned!r}", f"Không có hồ sơ mã số {cleaned}.")
    return dossier


def applicant_name(dossier: Dossier) -> str:
    """The applicant's full name, else the owner named on the dossier (empty when neither)."""
    return dossier.applicant.full_name if dossier.applicant else (dossier.owner_name or "")


def require_status(dossier: Dossier, allowed: Collection[DossierStatus], action_vi: str) -> None:
    """Refuse an action on a dossier whose status does not allow it.

    Raises:
        ServiceError: the status is not one of ``allowed`` (both messages name it).
    """
    status = DossierStatus(dossier.status)
    if status not in allowed:
        raise _status_refusal(dossier.code, status, action_vi)


def _status_refusal(code: str, status: DossierStatus, action_vi: str) -> ServiceError:
    return ServiceError(
        f"dossier {code} is in status {int(status)}; cannot {action_vi}",
        f"Hồ sơ {code} đang ở trạng thái “{status.label_vi}”, không thể {action_vi}.",
    )


def staff_row(session: Session, staff_id: uuid.UUID | None) -> Staff | None:
    """The staff member, or None when no one is named (scripts, demos)."""
    if staff_id is None:
        return None
    staff = session.get(Staff, staff_id)
    if staff is None:
        raise NotFound(f"no staff member {staff_id}", "Không tìm thấy cán bộ.")
    return staff


def staff_by_username(session: Session, username: str) -> Staff:
    """The active staff account with this username.

    Raises:
        NotFound: no active account has it.
    """
    staff = session.scalars(
        select(Staff).where(Staff.username == username.strip().lower())
    ).one_or_none()
    if staff is None or not staff.active:
        raise NotFound(f"no active staff account {username!r}", f"Không có cán bộ {username}.")
    return staff


def staff_name(session: Session, staff_id: uuid.UUID | None) -> str:
    """The full name of a staff member, empty when none."""
    staff = staff_row(session, staff_id)
    return staff.full_name if staff else ""


def add_event(
    session: Session,
    dossier: Dossier,
    kind: str,
    *,
    at: object,
    staff_id: uuid.UUID | None,
    from_unit: str | None = None,
    to_unit: str | None = None,
    note: str = "",
) -> DossierEvent:
    """Record a dossier event that is not a status change (handover, extension, resume)."""
    event = DossierEvent(
        id=uuid.uuid4(),
        dossier_id=dossier.id,
        at=at,
        kind=kind,
        staff_id=staff_id,
        from_status=dossier.status,
        to_status=dossier.status,
        from_unit=from_unit,
        to_unit=to_unit,
        note=note,
    )
    session.add(event)
    return event


def required_text(value: str | None, what: str, what_vi: str) -> str:
    """A reason or description that must not be empty.

    Raises:
        ServiceError: the text is empty or only spaces.
    """
    text = single_spaced(value)
    if not text:
        raise ServiceError(f"the {what} is required", f"Chưa nhập {what_vi}.")
    return text


def single_spaced(value: str | None) -> str:
    """``value`` trimmed, each run of spaces or line breaks made one space."""
    return " ".join((value or "").split())
