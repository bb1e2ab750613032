"""District IT's operations: database set-up, offices, enrolment, devices, epochs."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from central_server.models import (
    CentralOffice,
    ChangeCounter,
    Device,
    EnrolmentToken,
    ServerState,
    utc_now,
)
from central_server.secrets_util import hash_secret, new_secret
from motcua_core.domain.dossier_code import validate_unit_code
from motcua_core.protocol import EnrolResponse

TOKEN_LIFETIME = timedelta(days=7)


class AdminError(Exception):
    """An operation cannot be carried out; the message says why (shown to district IT)."""


class EnrolmentRefused(AdminError):
    """The token is unknown, used or expired."""


@dataclass(frozen=True)
class OfficeToken:
    unit_code: str
    name: str
    office_id: uuid.UUID
    token: str
    expires_at: datetime
    created: bool


def ensure_server_rows(session: Session) -> str:
    """The epoch and change counter rows exist; returns the epoch."""
    state = session.get(ServerState, 1)
    if state is None:
        state = ServerState(id=1, epoch=uuid.uuid4().hex)
        session.add(state)
    if session.get(ChangeCounter, 1) is None:
        session.add(ChangeCounter(id=1, last_seq=0))
    session.flush()
    return state.epoch


def new_epoch(session: Session) -> str:
    """Announce a new epoch after a restore: offices then re-push everything they hold."""
    state = session.get(ServerState, 1, with_for_update=True)
    if state is None:
        raise AdminError("the database is not initialised: run 'central-server init-db'")
    state.epoch = uuid.uuid4().hex
    state.epoch_started_at = utc_now()
    return state.epoch


def create_office(session: Session, unit_code: str, name: str) -> OfficeToken:
    """The office (created if new) and a fresh one-time enrolment token for it."""
    code = validate_unit_code(unit_code)
    office = session.scalars(select(CentralOffice).where(CentralOffice.unit_code == code)).first()
    created = office is None
    if office is None:
        office = CentralOffice(id=uuid.uuid4(), unit_code=code, name=name.strip())
        session.add(office)
    elif name.strip():
        office.name = name.strip()
    token = new_secret()
    expires = utc_now() + TOKEN_LIFETIME
    session.add(
        EnrolmentToken(office_id=office.id, token_hash=hash_secret(token), expires_at=expires)
    )
    session.flush()
    return OfficeToken(code, office.name, office.id, token, expires, created)


def enrol_device(
    session: Session, token: str, device_name: str, app_version: str = ""
) -> EnrolResponse:
    """Trade a one-time token for a device credential scoped to the token's office.

    Raises:
        EnrolmentRefused: the token is unknown, already used or expired.
    """
    row = session.scalars(
        select(EnrolmentToken)
        .where(EnrolmentToken.token_hash == hash_secret(token))
        .with_for_update()
    ).first()
    now = utc_now()
    if row is None or row.used_at is not None or row.expires_at < now:
        raise EnrolmentRefused("the enrolment token is unknown, used or expired")
    office = session.get(CentralOffice, row.office_id)
    assert office is not None
    secret = new_secret()
    device = Device(
        id=uuid.uuid4(),
        office_id=office.id,
        name=device_name[:200],
        secret_hash=hash_secret(secret),
        app_version=app_version[:40],
    )
    session.add(device)
    row.used_at, row.device_id = now, device.id
    epoch = ensure_server_rows(session)
    return EnrolResponse(
        device_id=device.id,
        secret=secret,
        office_code=office.unit_code,
        office_name=office.name,
        epoch=epoch,
    )


def revoke_device(session: Session, device_id: str) -> Device:
    """Revoke a device's credential; its next request is refused (401).

    Raises:
        AdminError: no such device.
    """
    try:
        key = uuid.UUID(device_id)
    except ValueError:
        raise AdminError(f"{device_id!r} is not a device id") from None
    device = session.get(Device, key)
    if device is None:
        raise AdminError(f"no device {device_id}")
    if device.revoked_at is None:
        device.revoked_at = utc_now()
    return device


def list_devices(session: Session) -> list[dict[str, object]]:
    rows = session.execute(
        select(Device, CentralOffice.unit_code)
        .join(CentralOffice, CentralOffice.id == Device.office_id)
        .order_by(CentralOffice.unit_code, Device.created_at)
    ).all()
    return [
        {
            "device_id": str(device.id),
            "office": code,
            "name": device.name,
            "created_at": device.created_at.isoformat(),
            "revoked": device.revoked_at is not None,
            "last_sync_at": device.last_sync_at.isoformat() if device.last_sync_at else None,
        }
        for device, code in rows
    ]
