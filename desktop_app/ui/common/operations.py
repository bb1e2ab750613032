"""The one operation runner: work off the UI thread, results back on the main thread.

Every window hands database writes, printing and other slow calls to ``run_operation``::

    run_operation(
        self,
        lambda: call_next_ticket_in_a_session(...),
        on_success=self.show_ticket,
    )

All operations share ONE worker thread, so they run one after another in the order they were
started (like Anki's collection operations): two actions of one station never race each other
for the database. The result, or the exception, comes back through a queued signal and the
callback runs on the main thread, where it may touch widgets.

If ``parent`` is deleted before the work finishes (the window was closed), the work still runs
to its end, so nothing is half-done, but the callbacks are skipped; an error is still logged.

A domain or service error (a rule refused the action) is shown as its own Vietnamese message,
by the default handler and by ``user_message`` for windows that show errors in a label; any
other error is logged with its traceback and the user gets a plain "it did not work" message.

A step that fails in ``on_success`` (rendering or printing the result on the main thread) is a
failed step too: it goes to ``on_error`` like a failure of ``work``, so the window can clear
its busy state and say what to do; it never ends as a traceback on stderr with the window
left waiting.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.services.errors import ServiceError
from desktop_app.storage.database import DatabaseMissing
from motcua_core.domain.errors import DomainError

log = logging.getLogger(__name__)

T = TypeVar("T")

# Operations started and not yet delivered; holding them here keeps the Python objects (and
# their callbacks) alive however the caller's objects come and go.
_pending: set[_Operation] = set()
_pool: QThreadPool | None = None
_pool_owner: QCoreApplication | None = None


def _worker_pool() -> QThreadPool:
    """The single-thread pool, owned by the running application."""
    global _pool, _pool_owner
    app = QCoreApplication.instance()
    if _pool is None or not shiboken6.isValid(_pool) or _pool_owner is not app:
        _pool = QThreadPool(app)
        _pool_owner = app
        _pool.setMaxThreadCount(1)
        _pool.setObjectName("operation-worker")
    return _pool


class _Operation(QObject):
    """Carries one result from the worker thread to the main thread."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        parent: QObject,
        on_success: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None,
    ) -> None:
        # No Qt parent: deleting ``parent`` must not delete the messenger mid-flight.
        super().__init__(None)
        self._parent = parent
        self._on_success = on_success
        self._on_error = on_error
        app = QCoreApplication.instance()
        if app is not None and self.thread() is not app.thread():
            self.moveToThread(app.thread())
        queued = Qt.ConnectionType.QueuedConnection
        self.succeeded.connect(self._deliver_success, queued)
        self.failed.connect(self._deliver_error, queued)

    def _parent_alive(self) -> bool:
        return shiboken6.isValid(self._parent)

    @Slot(object)
    def _deliver_success(self, result: Any) -> None:
        try:
            if self._parent_alive():
                self._on_success(result)
            else:
                log.info("operation finished after its window was closed; result not shown")
        except Exception as error:  # the main-thread half of the step failed
            self._report(error)
        finally:
            self._finish()

    @Slot(object)
    def _deliver_error(self, error: Exception) -> None:
        try:
            self._report(error)
        finally:
            self._finish()

    def _report(self, error: Exception) -> None:
        """``on_error``, or the default message; an ``on_error`` that fails gets the default."""
        if not self._parent_alive():
            _log_error(error)
            return
        if self._on_error is None:
            show_error(self._parent, error)
            return
        try:
            self._on_error(error)
        except Exception as second:
            _log_error(error)
            show_error(self._parent, second)

    def _finish(self) -> None:
        _pending.discard(self)
        self.deleteLater()


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], operation: _Operation) -> None:
        super().__init__()
        self._work = work
        self._operation = operation

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # every failure must reach the main thread
            self._operation.failed.emit(error)
        else:
            self._operation.succeeded.emit(result)


def run_operation(
    parent: QObject,
    work: Callable[[], T],
    on_success: Callable[[T], None],
    on_error: Callable[[Exception], None] | None = None,
) -> None:
    """Run ``work`` on the worker thread; call back on the main thread.

    Args:
        parent: The window or widget the operation belongs to; callbacks are skipped once it
            has been deleted.
        work: The slow part. It must not touch widgets.
        on_success: Receives what ``work`` returned.
        on_error: Receives the exception ``work`` raised; by default the user sees a
            Vietnamese message and the traceback goes to the log.
    """
    operation = _Operation(parent, on_success, on_error)
    _pending.add(operation)
    _worker_pool().start(_Job(work, operation))


def wait_for_operations(timeout_ms: int = 30_000) -> bool:
    """Wait until the worker is idle, e.g. before the application quits.

    Results that arrive are still delivered by the event loop afterwards.

    Returns:
        True when all started work finished within ``timeout_ms``.
    """
    if _pool is None or not shiboken6.isValid(_pool):
        return True
    return _pool.waitForDone(timeout_ms)


def pending_operations() -> int:
    """How many operations have not yet delivered their result."""
    return len(_pending)


def _log_error(error: Exception) -> None:
    details = "".join(traceback.format_exception(error))
    log.error("operation failed:\n%s", details)


# Errors that carry a message for the person at the screen (``message_vi``).
USER_ERRORS = (DomainError, ServiceError, DatabaseMissing)


def is_user_error(error: BaseException) -> bool:
    """A rule refused the action: the error says why, in Vietnamese."""
    return isinstance(error, USER_ERRORS)


def user_message(error: Exception, fallback: str | None = None) -> str:
    """What to tell the user about ``error``.

    A domain or service error gives its own Vietnamese message; any other error is logged
    with its traceback and gives ``fallback`` (or the generic message).
    """
    if isinstance(error, USER_ERRORS):
        return error.message_vi
    _log_error(error)
    return fallback or _generic_message()


def _generic_message() -> str:
    return QCoreApplication.translate(
        "Operations",
        "An error occurred… The action was not completed. Please try again; "
        "if the error keeps happening, contact the IT staff.",
    )


def show_error(parent: QObject, error: Exception) -> QMessageBox:
    """The default error handler: tell the user in plain words, log what was unexpected.

    A domain or service error shows its own Vietnamese message (a warning: nothing broke);
    any other error is logged with its traceback and shows the generic message. The message
    box opens without blocking the event loop.
    """
    window = parent if isinstance(parent, QWidget) else None
    box = QMessageBox(window)
    box.setWindowTitle(QCoreApplication.translate("Operations", "Error"))
    if is_user_error(error):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(user_message(error))
    else:
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText(user_message(error))
    box.setDetailedText(f"{type(error).__name__}: {error}")
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.button(QMessageBox.StandardButton.Close).setText(
        QCoreApplication.translate("Operations", "Close")
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
