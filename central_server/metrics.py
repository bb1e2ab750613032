"""Prometheus metrics of the central server, at ``/metrics`` (operator credential required).

Requests are counted by route template (``/api/v1/offices/{unit_code}/push``, never the unit
code or a query) and status, with a latency histogram; pushes add their ops by outcome and their
batch sizes; the connection pool adds its waits and timeouts. When ``PROMETHEUS_MULTIPROC_DIR``
is set (``serve --workers N`` sets it to a fresh folder per run), prometheus-client's
multiprocess mode writes every worker's values there and one scrape adds them all up.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from prometheus_client.multiprocess import MultiProcessCollector
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.pool import QueuePool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from central_server.operator_auth import require_operator

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
UNMATCHED = "unmatched"

REQUESTS = Counter("central_http_requests", "HTTP requests answered", ["method", "route", "status"])
LATENCY = Histogram(
    "central_http_request_duration_seconds",
    "Time from request to the end of the answer",
    ["method", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)
PUSH_OPS = Counter("central_push_ops", "Pushed ops by outcome", ["outcome"])
BATCH_OPS = Histogram(
    "central_push_batch_ops", "Ops in one push", buckets=(1, 5, 10, 25, 50, 100, 150, 200)
)
POOL_WAIT = Histogram(
    "central_db_pool_wait_seconds",
    "Time a request waited for a database connection",
    buckets=(0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 2.5, 5, 10),
)
POOL_TIMEOUTS = Counter("central_db_pool_timeouts", "Requests that got no database connection")
OVERLOAD = Counter("central_overload_answers", "503 answers given for overload", ["reason"])

router = APIRouter(tags=["operators"])


@router.get("/metrics", include_in_schema=False)
def metrics(request: Request) -> Response:
    """Prometheus text of this server (every worker's when there are several)."""
    require_operator(request)
    return Response(scrape(), media_type=CONTENT_TYPE_LATEST)


def scrape() -> bytes:
    folder = os.environ.get(MULTIPROC_ENV)
    if not folder:
        return generate_latest(REGISTRY)
    registry = CollectorRegistry()
    MultiProcessCollector(registry, path=folder)
    return generate_latest(registry)


def record_push(outcomes: Iterable[str]) -> None:
    """Count one push: its size and each op's outcome."""
    names = list(outcomes)
    BATCH_OPS.observe(len(names))
    for outcome in set(names):
        PUSH_OPS.labels(outcome).inc(names.count(outcome))


def route_of(scope: Scope) -> str:
    """The matched route's template, so that labels never hold codes, ids or queries."""
    route = scope.get("route")
    return str(getattr(route, "path", UNMATCHED))


class RequestMetrics:
    """ASGI middleware counting every answer by route template and status, with its latency."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started, status = time.perf_counter(), [500]

        async def send_noting_status(message: Message) -> None:
            if message["type"] == "http.response.start":
                status[0] = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, send_noting_status)
        finally:
            route, method = route_of(scope), scope["method"]
            REQUESTS.labels(method, route, str(status[0])).inc()
            LATENCY.labels(method, route).observe(time.perf_counter() - started)


class MeteredQueuePool(QueuePool):
    """SQLAlchemy's queue pool, timing each wait for a connection (and counting timeouts)."""

    def _do_get(self) -> Any:
        started = time.perf_counter()
        try:
            return super()._do_get()
        except PoolTimeout:
            POOL_TIMEOUTS.inc()
            raise
        finally:
            POOL_WAIT.observe(time.perf_counter() - started)
