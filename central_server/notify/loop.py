"""The sender loop ``serve`` runs in each worker: a thread, bounded passes, stops on shutdown.

Every ``interval`` seconds (at once again after a full pass) the worker's ``Sender`` claims
and sends at most ``batch`` due requests. Workers share nothing but the database: a request
is claimed by one of them at a time (``claims``). On shutdown the thread is told to stop and
joined; a send in progress finishes first (its claim would otherwise expire and be retried).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI

from central_server.notify.sender import Sender

log = logging.getLogger("central_server.notify")
INTERVAL_SECONDS = 5.0
BATCH = 20
JOIN_SECONDS = 60.0
PUBLIC_URL_ENV = "CENTRAL_SERVER_PUBLIC_URL"


class SenderLoop:
    """``sender.run_once`` in a thread until ``stop``."""

    def __init__(self, sender: Sender, interval: float = INTERVAL_SECONDS, batch: int = BATCH):
        self.sender, self.interval, self.batch = sender, interval, batch
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="notification-sender", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(JOIN_SECONDS)
        self.sender.client.close()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                handled = self.sender.run_once(self.batch)
            except Exception as exc:  # the database away for a while: try again later
                log.warning("notification sender: pass failed (%s)", type(exc).__name__)
                handled = 0
            self._stop.wait(0 if handled >= self.batch else self.interval)


def attach(app: FastAPI, sender: Sender, interval: float = INTERVAL_SECONDS) -> None:
    """Run a ``SenderLoop`` for ``app``'s lifetime (started and stopped by its lifespan)."""
    previous = app.router.lifespan_context

    @asynccontextmanager
    async def lifespan(application: Any) -> AsyncIterator[Any]:
        loop = SenderLoop(sender, interval)
        loop.start()
        try:
            async with previous(application) as state:
                yield state
        finally:
            loop.stop()

    app.router.lifespan_context = lifespan


def public_base(config: Any) -> str:
    """The address citizens open: ``--public-url``, ``$CENTRAL_SERVER_PUBLIC_URL``, or the
    address ``serve`` listens on (right only when citizens reach it directly)."""
    scheme = "https" if config.ssl_certfile else "http"
    given = config.public_url or os.environ.get(PUBLIC_URL_ENV)
    return given or f"{scheme}://{config.host}:{config.port}"


def attach_sender(app: FastAPI, config: Any) -> None:
    """The worker's sender, on the worker's own pool (``serve``'s options in ``config``)."""
    attach(app, Sender(app.state.session_factory, public_base(config)))
