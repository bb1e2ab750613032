"""The sync agent: passes on its own thread, so no window ever waits for the network.

A pass runs at start, a few seconds after a local change (a cheap poll of the newest outbox
number), every ``interval`` seconds, and when someone asks ("Sync now"). After a failure the
next attempt waits an exponential backoff with full jitter, at least the server's
Retry-After. Each pass ends with an ``AgentEvent`` (``sync_finished`` / ``sync_failed``)
handed to ``on_event`` on the agent's thread; the GUI bridges it into a Qt signal
(``ui/common/sync_status.py``); the daemon logs it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.storage.attachment_store import AttachmentStore
from desktop_app.storage.database import session_scope
from desktop_app.sync.backoff import Backoff
from desktop_app.sync.client import SyncClient
from desktop_app.sync.credentials import DeviceCredential
from desktop_app.sync.engine import PassResult, SyncPass
from desktop_app.sync.state import SyncStatus, latest_outbox_seq, read_status

log = logging.getLogger(__name__)
DEFAULT_POLL_SECONDS = 2.0
DEFAULT_CHANGE_DELAY_SECONDS = 3.0


@dataclass(frozen=True)
class AgentEvent:
    """``sync_started``, ``sync_finished`` or ``sync_failed``, with the status after it."""

    name: str
    status: SyncStatus | None
    result: PassResult | None = None
    next_attempt_seconds: float | None = None


class SyncAgent:
    """Runs sync passes for one office database until stopped."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        credential: DeviceCredential,
        *,
        interval: float = 60.0,
        ca_file: str | None = None,
        on_event: Callable[[AgentEvent], None] = lambda event: None,
        poll_seconds: float = DEFAULT_POLL_SECONDS,
        change_delay: float = DEFAULT_CHANGE_DELAY_SECONDS,
        backoff: Backoff | None = None,
        client: SyncClient | None = None,
        attachment_store: AttachmentStore | None = None,
    ) -> None:
        self.session_factory = session_factory
        self.credential = credential
        self.interval = interval
        self.on_event = on_event
        self.poll_seconds = poll_seconds
        self.change_delay = change_delay
        self.backoff = backoff or Backoff()
        self.attachment_store = attachment_store
        self.client = client or SyncClient(
            credential.server_url,
            authorization=credential.authorization(),
            ca_file=ca_file or credential.ca_file or None,
            insecure_http=credential.insecure_http,
        )
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._requested = False
        self._thread: threading.Thread | None = None
        self.passes = 0

    # --- control, from any thread ------------------------------------------------------------

    def start(self) -> None:
        """Run on a daemon thread of its own."""
        self._thread = threading.Thread(target=self.run, name="sync-agent", daemon=True)
        self._thread.start()

    def request_stop(self) -> None:
        """Ask the loop to stop after its current step (safe from a signal handler)."""
        self._stop.set()
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        """Ask the loop to stop after the current step, wait for it, close the connection."""
        self.request_stop()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout)
        self.client.close()

    def sync_now(self) -> None:
        """Run a pass as soon as possible (the "Sync now" action)."""
        self._requested = True
        self._wake.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    # --- the loop ------------------------------------------------------------------------------

    def run(self, max_passes: int | None = None) -> None:
        """The loop: blocks until ``stop()`` (or ``max_passes`` passes)."""
        next_run = time.monotonic()
        last_seq: int | None = None
        while not self._stop.is_set():
            now = time.monotonic()
            if now >= next_run or self._requested:
                self._requested = False
                next_run = time.monotonic() + self._run_pass()
                if max_passes is not None and self.passes >= max_passes:
                    return
                last_seq = None
            else:
                seq = self._latest_seq()
                if last_seq is not None and seq > last_seq and self.backoff.failures == 0:
                    next_run = min(next_run, now + self.change_delay)
                last_seq = seq if seq >= 0 else last_seq
            wait = max(0.0, min(self.poll_seconds, next_run - time.monotonic()))
            self._wake.wait(wait)
            self._wake.clear()

    def _run_pass(self) -> float:
        """One pass; returns the seconds until the next one."""
        self._emit(AgentEvent("sync_started", None))
        result = SyncPass(
            self.session_factory,
            self.client,
            self.credential,
            should_stop=self._stop.is_set,
            attachment_store=self.attachment_store,
        ).run()
        self.passes += 1
        if result.error is None:
            self.backoff.reset()
            delay = self.interval
        else:
            delay = self.backoff.next_delay(result.retry_after)
            log.warning("sync failed (%s); next attempt in %.0f s", result.error, delay)
        name = "sync_finished" if result.error is None else "sync_failed"
        self._emit(AgentEvent(name, self._status(), result, delay))
        return delay

    def _latest_seq(self) -> int:
        try:
            with session_scope(self.session_factory, read_only=True) as session:
                return latest_outbox_seq(session)
        except SQLAlchemyError:
            return -1

    def _status(self) -> SyncStatus | None:
        try:
            with session_scope(self.session_factory, read_only=True) as session:
                return read_status(session, rejection_limit=20)
        except SQLAlchemyError:
            return None

    def _emit(self, event: AgentEvent) -> None:
        try:
            self.on_event(event)
        except Exception:  # a listener's bug must not stop sync
            log.exception("sync event listener failed")
