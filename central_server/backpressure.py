"""Back-pressure: a saturated server answers 503 with Retry-After instead of queueing forever.

Two bounds per worker. A request waits at most the pool timeout (``serve --pool-timeout``) for
a database connection; past it, SQLAlchemy's pool timeout is answered 503 (before this it was a
500). And at most ``max_in_flight`` requests are inside the application at once; the next one
is answered 503 at once, before it takes a thread or a connection. The probes and ``/metrics``
are never refused. The Retry-After is drawn from a small range, so that the offices turned away
together do not all come back in the same second (their backoff adds its own jitter).
"""

from __future__ import annotations

import json
import logging
import random

import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.types import ASGIApp, Receive, Scope, Send

from central_server.metrics import OVERLOAD

log = logging.getLogger("central_server.backpressure")
#: Seconds a refused client is asked to wait: drawn uniformly from this range (whole seconds).
RETRY_AFTER_RANGE = (2, 6)
NEVER_REFUSED = frozenset({"/healthz", "/readyz", "/metrics"})
BUSY = {"detail": "server busy, try again later"}
#: Threads beyond the in-flight limit (one suffices; the probes and metrics run as well).
THREADS_TO_SPARE = 4


def retry_after_seconds() -> int:
    return random.randint(*RETRY_AFTER_RANGE)


def install(app: FastAPI) -> None:
    """Answer a pool timeout with 503 + Retry-After."""
    app.add_exception_handler(PoolTimeout, _pool_timeout)


async def _pool_timeout(_request: Request, _exc: Exception) -> JSONResponse:
    OVERLOAD.labels("pool_timeout").inc()
    log.warning("no database connection within the pool timeout: answered 503")
    return JSONResponse(BUSY, 503, headers={"Retry-After": str(retry_after_seconds())})


class InFlightLimit:
    """ASGI middleware: at most ``limit`` requests at once in this worker, the rest get 503.

    The worker's thread pool (where the sync routes and their session clean-up run) is made
    larger than ``limit``: with fewer threads than requests let in, every thread could sit
    waiting for a connection that only a finished request's clean-up would give back, and that
    clean-up would wait for a thread, so an idle database answered a burst 503 after the pool
    timeout. Each request uses one thread at a time, so ``limit`` + 1 threads always leave one
    for a clean-up."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit, self.in_flight = app, limit, 0
        self.threads_sized = False

    def _size_thread_pool(self) -> None:
        limiter = anyio.to_thread.current_default_thread_limiter()
        limiter.total_tokens = max(limiter.total_tokens, self.limit + THREADS_TO_SPARE)
        self.threads_sized = True

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not self.threads_sized:
            self._size_thread_pool()  # needs the running event loop: on the first call
        if scope["type"] != "http" or scope["path"] in NEVER_REFUSED:
            await self.app(scope, receive, send)
            return
        if self.in_flight >= self.limit:
            OVERLOAD.labels("in_flight").inc()
            await _refuse(send)
            return
        self.in_flight += 1
        try:
            await self.app(scope, receive, send)
        finally:
            self.in_flight -= 1


async def _refuse(send: Send) -> None:
    body = json.dumps(BUSY).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"retry-after", str(retry_after_seconds()).encode()),
    ]
    await send({"type": "http.response.start", "status": 503, "headers": headers})
    await send({"type": "http.response.body", "body": body})
