"""The HTTP API offices talk to: enrol, push, pull, report; plus operator statistics.

Every office route carries the office's unit code; the device's credential must belong to
that office (401 without a valid credential, 403 for another office). Database outages and
overload answer 503 with ``Retry-After``; the client waits at least that long.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Header, HTTPException, Query, Request
from sqlalchemy import func, select
from sqlalchemy.exc import StatementError
from sqlalchemy.orm import Session, sessionmaker

from central_server.admin import EnrolmentRefused, enrol_device
from central_server.attachments import held_count
from central_server.changes import current_epoch, read_page
from central_server.db import session_scope
from central_server.error_responses import BODY, errors
from central_server.ingest import apply_batch, error_name, is_storage_refusal
from central_server.metrics import record_push
from central_server.models import (
    AppliedOp,
    CentralDossier,
    CentralDossierEvent,
    CentralHandoverBatch,
    CentralOffice,
    CentralRating,
    CentralTicket,
    Device,
    utc_now,
)
from central_server.operator_auth import require_operator
from central_server.secrets_util import secret_matches
from motcua_core.protocol import (
    DEFAULT_PULL_PAGE,
    MAX_PULL_PAGE,
    MAX_SEQ,
    EnrolRequest,
    EnrolResponse,
    OfficeStats,
    PullPage,
    PushRequest,
    PushResponse,
    StatusAck,
    StatusReport,
)

log = logging.getLogger("central_server.api")
router = APIRouter(prefix="/api/v1")
PUSH_WAIT_SECONDS = 10.0
BUSY_RETRY_AFTER = 2


class ServiceBusy(Exception):
    """Too many pushes at once: answered 503 with Retry-After."""


@dataclass(frozen=True)
class DeviceIdentity:
    device_id: uuid.UUID
    office_id: uuid.UUID
    unit_code: str


def session_factory(request: Request) -> sessionmaker[Session]:
    return request.app.state.session_factory  # type: ignore[no-any-return]


def db_session(request: Request) -> Iterator[Session]:
    """A session for reads and small writes; committed when the route returns."""
    with session_scope(session_factory(request)) as session:
        yield session


SessionDep = Annotated[Session, Depends(db_session)]


def authenticate(session: Session, authorization: str | None) -> DeviceIdentity:
    """The device whose credential (``Bearer <device id>:<secret>``) the request carries."""
    scheme, _, credential = (authorization or "").partition(" ")
    device_text, _, secret = credential.strip().partition(":")
    try:
        device_id = uuid.UUID(device_text)
    except ValueError:
        device_id = None
    if scheme.lower() != "bearer" or device_id is None or not secret:
        raise HTTPException(
            401, "a device credential is required", headers={"WWW-Authenticate": "Bearer"}
        )
    row = session.execute(
        select(Device, CentralOffice.unit_code)
        .join(CentralOffice, CentralOffice.id == Device.office_id)
        .where(Device.id == device_id)
    ).first()
    if (
        row is None
        or row[0].revoked_at is not None
        or not secret_matches(secret, row[0].secret_hash)
    ):
        raise HTTPException(
            401, "unknown or revoked device credential", headers={"WWW-Authenticate": "Bearer"}
        )
    return DeviceIdentity(row[0].id, row[0].office_id, row[1])


def check_office(unit_code: str, device: DeviceIdentity) -> DeviceIdentity:
    """The device, checked to belong to the office named in the path (else 403)."""
    if unit_code.strip().upper() != device.unit_code:
        raise HTTPException(403, "this device is not enrolled for that office")
    return device


def authenticated_device(
    session: SessionDep, authorization: Annotated[str | None, Header()] = None
) -> DeviceIdentity:
    """The request's device, checked in the route's own session and transaction (FastAPI gives
    a request one ``db_session``): one connection and one commit a pull or report, not two."""
    return authenticate(session, authorization)


def device_in_own_session(
    request: Request, authorization: Annotated[str | None, Header()] = None
) -> DeviceIdentity:
    """The request's device, checked in a short transaction of its own: for routes that open
    their sessions themselves around file transfers, so no connection waits on the transfer."""
    with session_scope(session_factory(request)) as session:
        return authenticate(session, authorization)


def office_device(
    unit_code: str, device: Annotated[DeviceIdentity, Depends(authenticated_device)]
) -> DeviceIdentity:
    return check_office(unit_code, device)


OfficeDevice = Annotated[DeviceIdentity, Depends(office_device)]


@router.post(
    "/enrol", response_model=EnrolResponse, tags=["devices"], responses=errors(403, 503, *BODY)
)
def enrol(body: EnrolRequest, session: SessionDep) -> EnrolResponse:
    """Trade a one-time enrolment token for a device credential scoped to its office."""
    try:
        response = enrol_device(session, body.token, body.device_name, body.app_version)
    except EnrolmentRefused as exc:
        raise HTTPException(403, str(exc)) from None
    log.info("device %s enrolled for office %s", response.device_id, response.office_code)
    return response


@router.post(
    "/offices/{unit_code}/push",
    response_model=PushResponse,
    tags=["sync"],
    responses=errors(401, 403, 503, *BODY),
)
def push(
    unit_code: str,
    body: PushRequest,
    request: Request,
    authorization: Annotated[str | None, Header()] = None,
) -> PushResponse:
    """Apply a fixed batch of outbox ops; one result per op, in order."""
    gate: threading.BoundedSemaphore = request.app.state.push_gate
    if not gate.acquire(timeout=PUSH_WAIT_SECONDS):
        raise ServiceBusy()
    try:
        results, epoch = _apply_push(session_factory(request), unit_code, authorization, body)
    finally:
        gate.release()
    log.info("office %s batch %s: %d ops", unit_code, body.batch_id, len(body.ops))
    record_push(result.outcome for result in results)
    return PushResponse(epoch=epoch, server_time=utc_now(), results=results)


def _apply_push(
    factory: sessionmaker[Session], unit_code: str, authorization: str | None, body: PushRequest
) -> tuple[list, str]:  # type: ignore[type-arg]
    """Check the credential and apply, in one transaction; when the database refuses the data,
    once more with a savepoint per op (the refused op alone is rejected)."""
    for savepoints in (False, True):
        try:
            with session_scope(factory) as session:
                device = check_office(unit_code, authenticate(session, authorization))
                office = session.get(CentralOffice, device.office_id)
                row = session.get(Device, device.device_id)
                assert office is not None and row is not None
                results = apply_batch(session, office, row, body, savepoints=savepoints)
                epoch = current_epoch(session)
            return results, epoch
        except StatementError as exc:
            if not is_storage_refusal(exc):
                raise
            log.warning(
                "office %s batch %s: refused by the database (%s), %s",
                unit_code, body.batch_id, error_name(exc),
                "not stored" if savepoints else "retrying op by op",
            )  # fmt: skip
            if savepoints:
                raise HTTPException(503, "batch not stored", {"Retry-After": "5"}) from None
    raise AssertionError("unreachable")


@router.get(
    "/offices/{unit_code}/changes",
    response_model=PullPage,
    tags=["sync"],
    responses=errors(401, 403, 503),
)
def changes(
    device: OfficeDevice,
    session: SessionDep,
    after: Annotated[int, Query(ge=0, le=MAX_SEQ)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_PAGE)] = DEFAULT_PULL_PAGE,
) -> PullPage:
    """The office's changes after the cursor ``after``, in server sequence order."""
    return read_page(session, device.office_id, after, limit)


@router.post(
    "/offices/{unit_code}/report",
    response_model=StatusAck,
    tags=["sync"],
    responses=errors(401, 403, 503, *BODY),
)
def report(body: StatusReport, device: OfficeDevice, session: SessionDep) -> StatusAck:
    """The office's own view after a sync (ops waiting, rejections); answers the clock skew."""
    now = utc_now()
    skew = (body.device_time - now).total_seconds()
    row = session.get(Device, device.device_id)
    assert row is not None
    row.last_seen_at, row.ops_waiting, row.ops_rejected = now, body.ops_waiting, body.ops_rejected
    row.clock_skew_seconds, row.app_version = skew, body.app_version[:40]
    return StatusAck(server_time=now, epoch=current_epoch(session), clock_skew_seconds=skew)


@router.get(
    "/offices/{unit_code}/stats",
    response_model=OfficeStats,
    tags=["operators"],
    responses=errors(401, 404, 503),
)
def stats(unit_code: str, request: Request, session: SessionDep) -> OfficeStats:
    """Counts of what the centre holds for an office (operators: bearer token or session)."""
    require_operator(request)
    office = session.scalars(
        select(CentralOffice).where(CentralOffice.unit_code == unit_code.strip().upper())
    ).first()
    if office is None:
        raise HTTPException(404, "no such office")
    return office_stats(session, office)


def office_stats(session: Session, office: CentralOffice) -> OfficeStats:
    def count(model: type, *conditions: object) -> int:
        query = select(func.count()).select_from(model).where(model.office_id == office.id)  # type: ignore[attr-defined]
        return int(session.scalar(query.where(*conditions)) or 0)  # type: ignore[arg-type]

    return OfficeStats(
        unit_code=office.unit_code,
        dossiers=count(CentralDossier),
        dossier_events=count(CentralDossierEvent),
        tickets=count(CentralTicket),
        handover_batches=count(CentralHandoverBatch),
        ratings=count(CentralRating),
        applied_ops=count(AppliedOp, AppliedOp.outcome == "applied"),
        rejected_ops=count(AppliedOp, AppliedOp.outcome == "rejected"),
        attachments=held_count(session, office.id),
    )


def install(app: FastAPI) -> None:
    app.include_router(router)
