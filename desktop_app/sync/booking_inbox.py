"""Pulled change ``booking``: a booking made or cancelled on the centre's public page.

A new booking is stored as ``booked``; a later change of the same booking (``entity_id`` = its
id) updates it while nobody has checked in yet, and ``cancelled`` cancels it then. Once the
citizen came (``checked_in``, ``late``) or the slot passed (``no_show``) the office's own fact
stays: it has already travelled to the centre as a ``booking_visit`` op. Applying the same
change twice changes nothing. A booking of an area this office does not have (renamed since)
is skipped and logged by its id only: there is nobody here to serve it.
"""

from __future__ import annotations

import logging
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.storage.models import Booking, ServiceArea
from motcua_core import booking_payloads
from motcua_core.protocol import Change

log = logging.getLogger(__name__)
#: The fields a pulled booking sets on its row (the area is found by its code).
_COPIED = ("code", "start", "minutes", "name", "phone", "procedure_code", "id_number", "status")


def apply_booking(session: Session, office_id: uuid.UUID, change: Change) -> None:
    """Insert or update the booking ``change`` carries (see the module's docstring)."""
    pulled = booking_payloads.BookingPayload.model_validate(change.payload)
    row = session.get(Booking, pulled.id, with_for_update=True)
    if row is not None and row.status not in ("booked", "cancelled"):
        return
    area_id = _area_id(session, office_id, pulled.area_code)
    if area_id is None:
        log.warning("pulled booking %s names an area this office does not have", pulled.id)
        return
    if row is None:
        row = Booking(id=pulled.id, office_id=office_id, created_at=pulled.created_at)
        session.add(row)
    row.area_id = area_id
    for name in _COPIED:
        setattr(row, name, getattr(pulled, name))


def _area_id(session: Session, office_id: uuid.UUID, code: str) -> uuid.UUID | None:
    return session.scalar(
        select(ServiceArea.id).where(ServiceArea.office_id == office_id, ServiceArea.code == code)
    )
