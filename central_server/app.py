"""The FastAPI application: routes, error mapping, the HTTP guards (body size and time)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

import central_server
from central_server import (
    api,
    attachment_api,
    booking_api,
    booking_cancel_page,
    booking_page,
    operations,
    operator_auth,
    views,
)
from central_server.attachment_folder import folder_for
from central_server.client_address import TrustedProxies
from central_server.db import make_session_factory
from central_server.http_limits import BODY_TIMEOUT_SECONDS, RequestGuard
from central_server.rate_limit import DEFAULT_LOOKUPS_PER_MINUTE

log = logging.getLogger("central_server")
DB_RETRY_AFTER = 5
MAX_CONCURRENT_PUSHES = 8


def create_app(
    engine: Engine,
    *,
    operator_token: str = "",
    body_timeout: float = BODY_TIMEOUT_SECONDS,
    lookups_per_minute: int = DEFAULT_LOOKUPS_PER_MINUTE,
    trusted_proxies: Iterable[str] = (),
    max_in_flight: int = 0,
    attachment_store: Path | None = None,
) -> FastAPI:
    """The application serving ``engine``'s database.

    Args:
        operator_token: required by operator pages when set.
        body_timeout: seconds a client has to send a request body (then 408).
        lookups_per_minute: public lookups (and sign-ins) per client address and minute.
        trusted_proxies: reverse proxies whose ``X-Forwarded-For`` is believed (IPs, CIDRs).
        max_in_flight: requests at once before 503 + Retry-After (0: no limit; ``backpressure``).
        attachment_store: the attachment files' folder (``attachment_folder.folder_for``).
    """
    app = FastAPI(
        title="Một cửa — central server",
        version=central_server.__version__,
        description="Offices push their outbox and pull catalogue, calendar, statuses and "
        "online dossiers. Device credentials: `Authorization: Bearer <device id>:<secret>`.",
    )
    app.state.session_factory = make_session_factory(engine)
    app.state.operator_token = operator_token
    app.state.lookups_per_minute = lookups_per_minute
    app.state.trusted_proxies = TrustedProxies.parse(trusted_proxies)
    app.state.push_gate = threading.BoundedSemaphore(MAX_CONCURRENT_PUSHES)
    api.install(app)
    attachment_api.install(app, folder_for(engine.url, attachment_store))
    for routes in (views, operator_auth, booking_api, booking_page, booking_cancel_page):
        app.include_router(routes.router)
    app.add_middleware(RequestGuard, body_timeout=body_timeout)
    operations.install(app, max_in_flight)
    app.add_exception_handler(OperationalError, _database_unavailable)
    app.add_exception_handler(api.ServiceBusy, _busy)
    return app


async def _database_unavailable(_request: Request, exc: Exception) -> JSONResponse:
    log.warning("database unavailable: %s", type(exc).__name__)
    return JSONResponse(
        {"detail": "database unavailable, try again later"},
        503,
        headers={"Retry-After": str(DB_RETRY_AFTER)},
    )


async def _busy(_request: Request, _exc: Exception) -> JSONResponse:
    return JSONResponse(
        {"detail": "server busy, try again later"},
        503,
        headers={"Retry-After": str(api.BUSY_RETRY_AFTER)},
    )
