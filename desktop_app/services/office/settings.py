"""Office-wide settings the administrator edits, stored in the office database.

A few values belong to the office, not to one station: the working windows, the working days,
the same-day cut-off, the queue's fairness rule, the printers of each station and the logo
printed on forms. They live in ``office_setting`` (key, JSON value, who, when) and WIN over a
station's settings file for those keys, so every station of the office computes the same due
dates and calls tickets the same way. Values are stored in the settings file's own text form
(``"08:00-12:00"``, ``"mon-fri"``, ``"15:00"``) and parsed by the same functions. Setting one
the centre counts by (``SYNCED_OFFICE_SETTINGS``: ``report_withdrawn_as_resolved``) also
queues its parsed value in the sync outbox, in the same transaction.
"""

from __future__ import annotations

import base64
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.config import SETTINGS_BY_NAME, Settings, SettingsError
from desktop_app.services.audit import record_audit
from desktop_app.services.errors import ServiceError
from desktop_app.services.outbox import record_office_setting
from desktop_app.services.outbox_bookings import record_area_configs
from desktop_app.storage.models import Office, OfficeSetting
from motcua_core.payloads import SYNCED_OFFICE_SETTINGS

#: Which events citizens are told of, per channel, and the medium offered by default.
NOTIFY_KEYS = (
    "notify_events_in_person",
    "notify_events_online",
    "notify_events_post",
    "notify_default_medium",
)
#: Keys that override the station's settings of the same name.
OFFICE_KEYS = (
    "working_windows",
    "working_days",
    "same_day_cutoff",
    "priority_fairness_n",
    "priority_strict",
    "report_withdrawn_as_resolved",
    "public_lookup_url",
    "booking_grace_minutes",
    *NOTIFY_KEYS,
)
#: The office's working week, which the centre's booking slots follow.
WEEK_KEYS = ("working_windows", "working_days")
#: ``{"counter:2": {"ticket_printer": "...", "form_printer": "..."}, ...}``
PRINTERS_KEY = "station_printers"
PRINTER_KINDS = ("ticket_printer", "form_printer")
#: ``{"file_name": "logo.png", "png_base64": "..."}``
LOGO_KEY = "office_logo"
MAX_LOGO_BYTES = 512 * 1024
SOURCE = "office database"
_FAIRNESS = {"priority_fairness_n": "fairness_n", "priority_strict": "strict"}


@dataclass(frozen=True)
class OfficeSettingInfo:
    key: str
    value: Any
    updated_by_id: uuid.UUID | None
    updated_at: datetime


def read_office_settings(session: Session, office_id: uuid.UUID) -> dict[str, OfficeSettingInfo]:
    """Every stored office setting by key."""
    rows = session.scalars(select(OfficeSetting).where(OfficeSetting.office_id == office_id))
    return {r.key: OfficeSettingInfo(r.key, r.value, r.updated_by_id, r.updated_at) for r in rows}


def _stored_values(session: Session, office_id: uuid.UUID, keys: tuple[str, ...]) -> dict:
    rows = session.execute(
        select(OfficeSetting.key, OfficeSetting.value).where(
            OfficeSetting.office_id == office_id, OfficeSetting.key.in_(keys)
        )
    )
    return {key: value for key, value in rows}


def check_value(key: str, value: Any) -> Any:
    """The parsed value of an office key, or ``ServiceError`` naming what is expected."""
    if key in OFFICE_KEYS:
        return _parse_office_key(key, value)
    if key == PRINTERS_KEY:
        return _check_printers(value)
    if key == LOGO_KEY:
        return _check_logo(value)
    raise ServiceError(f"unknown office setting {key!r}", f"Không có thiết lập “{key}”.")


def _parse_office_key(key: str, value: Any) -> Any:
    """A station setting's value parsed as the settings file's parser does."""
    try:
        return SETTINGS_BY_NAME[key].parse(value)
    except ValueError as exc:
        raise ServiceError(
            f"{key} expects {exc}", f"Giá trị của “{key}” không hợp lệ: cần {exc}."
        ) from None


def _check_printers(value: Any) -> dict[str, dict[str, str]]:
    if not _is_printer_map(value):
        raise ServiceError("printers: a mapping of station to printers", "Danh sách máy in sai.")
    return {
        station: {kind: str(names.get(kind, "")).strip() for kind in PRINTER_KINDS}
        for station, names in value.items()
    }


def _is_printer_map(value: Any) -> bool:
    """``{station: {kind: printer name}}``, as far as the shape goes."""
    return isinstance(value, dict) and all(
        isinstance(k, str) and isinstance(v, dict) for k, v in value.items()
    )


def _check_logo(value: Any) -> dict[str, str]:
    data = _decoded_logo(value)
    if not data.startswith(b"\x89PNG") or len(data) > MAX_LOGO_BYTES:
        raise ServiceError(
            "the logo must be a PNG image of at most 512 KiB",
            "Logo phải là ảnh PNG, tối đa 512 KiB.",
        )
    return {"file_name": str(value.get("file_name", "logo.png")), "png_base64": value["png_base64"]}


def _decoded_logo(value: Any) -> bytes:
    try:
        return base64.b64decode(value["png_base64"], validate=True)
    except (KeyError, TypeError, ValueError):
        raise ServiceError("the logo must be a PNG image", "Logo phải là ảnh PNG.") from None


def set_office_setting(
    session: Session,
    office_id: uuid.UUID,
    key: str,
    value: Any,
    *,
    staff_id: uuid.UUID | None,
    at: datetime,
) -> OfficeSettingInfo:
    """Store (or replace) one office setting and audit the change; the caller commits.

    Raises:
        ServiceError: an unknown key or a value the settings parser refuses.
    """
    parsed = check_value(key, value)
    row = _setting_row(session, office_id, key)
    row.value = value
    row.updated_by_id = staff_id
    row.updated_at = at
    session.flush()
    record_audit(session, "office_setting_changed", "office_setting", key, staff_id=staff_id,
                 at=at)  # fmt: skip
    if key in SYNCED_OFFICE_SETTINGS:
        _queue_for_the_centre(session, office_id, key, parsed, at)
    _week_changed(session, office_id, key)
    return OfficeSettingInfo(key, value, staff_id, at)


def _week_changed(session: Session, office_id: uuid.UUID, key: str) -> None:
    """After the working windows or days change, every area's booking settings travel again."""
    if key in WEEK_KEYS:
        week = office_values(session, office_id, WEEK_KEYS)
        record_area_configs(session, office_id, (week["working_windows"], week["working_days"]))


def _queue_for_the_centre(
    session: Session, office_id: uuid.UUID, key: str, parsed: Any, at: datetime
) -> None:
    """The outbox op of a setting the centre counts by (named by the office's unit code)."""
    record_office_setting(session, session.get_one(Office, office_id).code, key, parsed, at)


def _setting_row(session: Session, office_id: uuid.UUID, key: str) -> OfficeSetting:
    """The stored row of ``key``, added (empty) when there is none yet."""
    row = session.get(OfficeSetting, (office_id, key))
    if row is None:
        row = OfficeSetting(office_id=office_id, key=key)
        session.add(row)
    return row


def clear_office_setting(
    session: Session, office_id: uuid.UUID, key: str, *, staff_id: uuid.UUID | None, at: datetime
) -> bool:
    """Remove an office setting (stations fall back to their own file); audited."""
    row = session.get(OfficeSetting, (office_id, key))
    if row is None:
        return False
    session.delete(row)
    session.flush()
    record_audit(session, "office_setting_cleared", "office_setting", key, staff_id=staff_id,
                 at=at)  # fmt: skip
    _week_changed(session, office_id, key)
    return True


def station_key(role: str, counter_number: int | None = None) -> str:
    """How printers name a station: ``counter:2``, ``kiosk:1``, ``admin:1``."""
    return f"{role}:{int(counter_number or 1)}"


def apply_office_settings(session: Session, settings: Settings, office_id: uuid.UUID) -> Settings:
    """``settings`` with the office's stored values in force (they win over the station file).

    A stored value that no longer parses is ignored (the station's own value stays).
    """
    stored = _stored_values(session, office_id, (*OFFICE_KEYS, PRINTERS_KEY))
    printers = stored.pop(PRINTERS_KEY, None) or {}
    stored.update(_printers_of_station(printers, settings))
    for key, value in stored.items():
        settings = _with_stored_value(settings, key, value)
    return settings


def _printers_of_station(printers: dict[str, Any], settings: Settings) -> dict[str, str]:
    """The printers the office set for this station (by kind; unset kinds left out)."""
    mine = printers.get(station_key(settings.role, settings.counter_number), {})
    return {k: v for k, v in mine.items() if k in PRINTER_KINDS and v}


def _with_stored_value(settings: Settings, key: str, value: Any) -> Settings:
    """``settings`` with one stored value; unchanged when the value no longer parses."""
    try:
        return settings.with_values(SOURCE, **{key: value})
    except SettingsError:
        return settings


def fairness_overrides(session: Session, office_id: uuid.UUID) -> dict[str, Any]:
    """The queue fairness values the office stored, as ``CallPolicy`` field names."""
    stored = _stored_values(session, office_id, tuple(_FAIRNESS))
    result: dict[str, Any] = {}
    for key, value in stored.items():
        try:
            result[_FAIRNESS[key]] = SETTINGS_BY_NAME[key].parse(value)
        except ValueError:
            continue
    return result


def office_values(session: Session, office_id: uuid.UUID, keys: tuple[str, ...]) -> dict:
    """The parsed office value of each key: the stored one, else the declared default."""
    stored = _stored_values(session, office_id, keys)
    return {key: _parsed_or_default(key, stored.get(key)) for key in keys}


def _parsed_or_default(key: str, value: Any) -> Any:
    """``value`` parsed as ``key``; the declared default when it is missing or no longer parses."""
    setting = SETTINGS_BY_NAME[key]
    try:
        return setting.default() if value is None else setting.parse(value)
    except ValueError:
        return setting.default()


def office_logo_png(session: Session, office_id: uuid.UUID) -> bytes | None:
    """The office's logo (PNG bytes) for printed headers, if one is stored."""
    value = _stored_values(session, office_id, (LOGO_KEY,)).get(LOGO_KEY)
    if not value:
        return None
    try:
        return base64.b64decode(value["png_base64"])
    except (KeyError, TypeError, ValueError):
        return None
