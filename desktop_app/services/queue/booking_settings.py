"""Each service area's booking settings (``queue booking set``), pushed to the centre.

The centre offers an area's slots from what the office pushes: the slot length, places per
slot, how many days ahead, on or off, with the office's working windows and days in force
(the office's stored values win over the station's file, as for due dates).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.config import Settings
from desktop_app.services.errors import NotFound, ServiceError
from desktop_app.services.office.identity import current_office
from desktop_app.services.office.settings import apply_office_settings
from desktop_app.services.outbox_bookings import record_booking_config
from desktop_app.storage.models import BookingSetting, ServiceArea
from motcua_core.booking_payloads import BookingConfigPayload


def _bound(name: str, side: str) -> int:
    """The payload's own ``ge``/``le`` bound of field ``name``."""
    found = (getattr(rule, side, None) for rule in BookingConfigPayload.model_fields[name].metadata)
    return int(next(value for value in found if value is not None))


#: The limits the centre accepts (the payload's own), checked here for a clear message.
LIMITS = {
    name: (_bound(name, "ge"), _bound(name, "le")) for name in ("minutes", "places", "days_ahead")
}


@dataclass(frozen=True)
class BookingSettingView:
    area_code: str
    area_name: str
    minutes: int
    places: int
    days_ahead: int
    enabled: bool
    updated_at: datetime


def set_booking(
    session: Session,
    area_code: str,
    minutes: int,
    places: int,
    days_ahead: int,
    enabled: bool,
    *,
    settings: Settings,
    at: datetime,
) -> BookingSettingView:
    """Store an area's booking settings and queue them for the centre; the caller commits.

    Raises:
        NotFound: no such service area.
        ServiceError: a value outside what the centre accepts.
    """
    _check_limits(minutes=minutes, places=places, days_ahead=days_ahead)
    office = current_office(session)
    area = _area(session, office.id, area_code)
    row = session.get(BookingSetting, area.id) or BookingSetting(area_id=area.id)
    row.minutes, row.places, row.days_ahead, row.enabled = minutes, places, days_ahead, enabled
    row.updated_at = at
    session.add(row)
    session.flush()
    in_force = apply_office_settings(session, settings, office.id)
    week = (in_force.working_windows, in_force.working_days)
    record_booking_config(session, office.code, area, row, week)
    return _view(area, row)


def _check_limits(**values: int) -> None:
    for name, value in values.items():
        low, high = LIMITS[name]
        if not low <= value <= high:
            raise ServiceError(
                f"--{name.replace('_', '-')} must be between {low} and {high}",
                f"“{name}” phải từ {low} đến {high}.",
            )


def _area(session: Session, office_id: object, area_code: str) -> ServiceArea:
    area = session.scalars(
        select(ServiceArea).where(ServiceArea.office_id == office_id, ServiceArea.code == area_code)
    ).one_or_none()
    if area is None:
        raise NotFound(f"no service area {area_code!r}", f"Không có lĩnh vực {area_code}.")
    return area


def _view(area: ServiceArea, row: BookingSetting) -> BookingSettingView:
    return BookingSettingView(
        area.code, area.name, row.minutes, row.places, row.days_ahead, row.enabled, row.updated_at
    )
