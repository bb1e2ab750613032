"""What running the server at scale adds to the application: probes, metrics, request ids and
back-pressure (``health``, ``metrics``, ``json_logging``, ``backpressure``)."""

from __future__ import annotations

from fastapi import FastAPI

from central_server import backpressure, health, json_logging, metrics


def install(app: FastAPI, max_in_flight: int) -> None:
    """Add the routes and middleware; call after the application's own middleware."""
    app.include_router(health.router)
    app.include_router(metrics.router)
    if max_in_flight:
        app.add_middleware(backpressure.InFlightLimit, limit=max_in_flight)
    app.add_middleware(metrics.RequestMetrics)
    app.add_middleware(json_logging.RequestIds)
    backpressure.install(app)
