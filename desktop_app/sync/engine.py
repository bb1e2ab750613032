"""One sync pass: push every waiting op in fixed batches, pull every page, report.

Used by ``desktop-app sync --once``, the daemon and the GUI agent alike. Every step commits
its own short transaction on the office database, so the stations keep working while a pass
runs, and a pass killed at any moment resumes where it stopped: a fixed batch is re-sent
unchanged, a pulled page applied without its cursor is skipped change by change.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from desktop_app import __version__
from desktop_app.services.errors import ServiceError
from desktop_app.services.queue.booking_no_show import sweep_office_no_shows
from desktop_app.storage.attachment_store import AttachmentStore
from desktop_app.storage.database import session_scope
from desktop_app.sync.attachment_upload import AttachmentUploader
from desktop_app.sync.client import RefusedError, SyncClient, SyncError, TransientError
from desktop_app.sync.credentials import DeviceCredential
from desktop_app.sync.inbox import EpochChanged, apply_page
from desktop_app.sync.outbox_queue import claim_batch, record_results, resend_everything
from desktop_app.sync.state import lock_state, read_status
from motcua_core.domain.errors import DomainError
from motcua_core.protocol import StatusReport

log = logging.getLogger(__name__)
#: Rounds of push + pull in one pass (a new server epoch found mid-pass restarts them).
MAX_ROUNDS = 3


def device_now() -> datetime:
    """The office clock (tests replace it to simulate a clock hours off)."""
    return datetime.now(UTC)


@dataclass
class PassResult:
    """What one pass did; ``complete`` means everything was pushed and pulled."""

    pushed: int = 0
    batches: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    pulled: int = 0
    pages: int = 0
    resent_after_restore: int = 0
    complete: bool = False
    error: str | None = None
    retry_after: float | None = None
    refused: bool = False
    attachments_uploaded: int = 0
    attachment_chunks_sent: int = 0
    #: Files the attachment store lacks or holds damaged (SHA-256), not sent.
    attachments_unavailable: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


class SyncPass:
    """Runs passes for one office database and one device credential."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        client: SyncClient,
        credential: DeviceCredential,
        *,
        should_stop: Callable[[], bool] = lambda: False,
        attachment_store: AttachmentStore | None = None,
    ) -> None:
        self.session_factory = session_factory
        self.client = client
        self.credential = credential
        self.should_stop = should_stop
        self.attachment_store = attachment_store

    def _session(self) -> Session:  # a context manager in practice
        return session_scope(self.session_factory)  # type: ignore[return-value]

    def run(self) -> PassResult:
        """Push, pull and report; failures are recorded, never raised."""
        result = PassResult()
        try:
            with self._session() as session:
                lock_state(session).last_attempt_at = device_now()
            self._sweep_no_shows()
            for _ in range(MAX_ROUNDS):
                if self._push_all(result) and self._pull_all(result):
                    break
            else:
                raise TransientError("the server epoch kept changing; will try again")
            upload_error = self._upload_attachments(result)
            self._report()
            if upload_error is not None:
                raise upload_error
            result.complete = not self.should_stop() and self._drained()
        except SyncError as exc:
            result.error = str(exc)
            result.retry_after = getattr(exc, "retry_after", None)
            result.refused = isinstance(exc, RefusedError)
        except (SQLAlchemyError, ServiceError, DomainError) as exc:
            log.exception("sync pass failed on the office side")
            result.error = f"office database: {type(exc).__name__}"
        try:
            self._finish(result)
        except SQLAlchemyError:
            log.exception("could not record the sync result")
        return result

    def _sweep_no_shows(self) -> None:
        """Missed bookings become no-shows before the push takes their ops; a failure here is
        logged and never stops the pass."""
        try:
            with self._session() as session:
                sweep_office_no_shows(session, device_now())
        except (SQLAlchemyError, ServiceError):
            log.exception("the no-show sweep failed; the pass goes on")

    def _push_all(self, result: PassResult) -> bool:
        """Push until nothing waits; False when a new epoch means starting over.

        Recording a batch's results and fixing the next batch share one transaction.
        """
        with self._session() as session:
            batch = claim_batch(session)
        while batch is not None and not self.should_stop():
            response = self.client.push(self.credential.office_code, batch.request())
            with self._session() as session:
                counts = record_results(session, batch, response.results)
                epoch_changed = self._take_epoch(session, response.epoch, result)
                following = None if epoch_changed or self.should_stop() else claim_batch(session)
            result.batches += 1
            result.pushed += len(batch.ops)
            for outcome, count in counts.items():
                result.outcomes[outcome] = result.outcomes.get(outcome, 0) + count
            if epoch_changed:
                return False
            batch = following
        return True

    def _take_epoch(self, session: Session, epoch: str, result: PassResult) -> bool:
        """Remember the server's epoch; a different one means the server lost data."""
        state = lock_state(session)
        if state.server_epoch is None:
            state.server_epoch = epoch
            return False
        if state.server_epoch == epoch:
            return False
        resent = resend_everything(session, epoch)
        result.resent_after_restore += resent
        log.warning("central server restored (new epoch): re-sending %d ops", resent)
        return True

    def _upload_attachments(self, result: PassResult) -> SyncError | None:
        """Send the files the centre lacks; the failure to retry later, if any."""
        if self.attachment_store is None:
            return None
        uploads = AttachmentUploader(
            self.session_factory, self.client, self.attachment_store, should_stop=self.should_stop
        ).run()
        result.attachments_uploaded += uploads.uploaded
        result.attachment_chunks_sent += uploads.chunks_sent
        result.attachments_unavailable += uploads.unavailable
        return uploads.retry_error

    def _pull_all(self, result: PassResult) -> bool:
        while not self.should_stop():
            with self._session() as session:
                cursor = lock_state(session).pull_cursor
            page = self.client.pull(self.credential.office_code, cursor)
            try:
                with self._session() as session:
                    result.pulled += apply_page(session, page)
            except EpochChanged:
                with self._session() as session:
                    self._take_epoch(session, page.epoch, result)
                return False
            result.pages += 1
            if not page.has_more:
                return True
        return True

    def _report(self) -> None:
        with self._session() as session:
            status = read_status(session, rejection_limit=0)
        report = StatusReport(
            device_time=device_now(),
            ops_waiting=status.ops_waiting,
            ops_rejected=status.ops_rejected,
            ops_conflict=status.ops_conflict,
            last_success=status.last_success_at,
            pull_cursor=status.pull_cursor,
            app_version=__version__,
            clock_skew_seconds=status.clock_skew_seconds,
        )
        ack = self.client.report(self.credential.office_code, report)
        with self._session() as session:
            state = lock_state(session)
            state.clock_skew_seconds = ack.clock_skew_seconds
            state.last_report_at = device_now()
            state.last_report = report.model_dump(mode="json")
            state.server_url = self.credential.server_url
            state.device_id = self.credential.device_id

    def _drained(self) -> bool:
        with self._session() as session:
            return read_status(session, rejection_limit=0).ops_waiting == 0

    def _finish(self, result: PassResult) -> None:
        with self._session() as session:
            state = lock_state(session)
            if result.error is None:
                state.last_success_at = device_now()
                state.last_error = None
                state.consecutive_failures = 0
            else:
                state.last_error = result.error
                state.consecutive_failures += 1
