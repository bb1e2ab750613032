"""``central-server`` with a fault injected, chosen by ``TEST_SERVER_FAULT``:

- ``fail_mid_batch=N``: the first N batches raise half-way through applying (an HTTP 500;
  the transaction rolls back);
- ``crash_mid_batch``: the process kills itself (SIGKILL) half-way through the first batch,
  inside the open transaction;
- ``delay_after_commit=S``: every push sleeps S seconds after its transaction committed,
  before answering (so a test can kill the client while the answer is on its way).
"""

from __future__ import annotations

import os
import signal
import time
from typing import Any

import central_server.api as api
import central_server.ingest as ingest
from central_server.cli import main

FAULT = os.environ.get("TEST_SERVER_FAULT", "")
_state = {"batches": 0}


def _install() -> None:
    name, _, value = FAULT.partition("=")
    original_batch = ingest.apply_batch

    def apply_batch(session: Any, office: Any, device: Any, request: Any, **kwargs: Any) -> Any:
        _state["batches"] += 1
        half = max(1, len(request.ops) // 2)
        original_op = ingest.apply_op
        count = {"ops": 0}

        def apply_op(context: Any, op: Any) -> Any:
            count["ops"] += 1
            if count["ops"] == half:
                session.flush()  # half the batch is written, uncommitted
                if name == "fail_mid_batch" and _state["batches"] <= int(value or 1):
                    raise RuntimeError("injected failure half-way through a batch")
                if name == "crash_mid_batch" and _state["batches"] == 1:
                    os.kill(os.getpid(), signal.SIGKILL)
            return original_op(context, op)

        ingest.apply_op = apply_op
        try:
            return original_batch(session, office, device, request, **kwargs)
        finally:
            ingest.apply_op = original_op

    ingest.apply_batch = apply_batch
    api.apply_batch = apply_batch  # the route calls it through the api module
    if name == "delay_after_commit":
        original_push = api._apply_push

        def delayed(*args: Any, **kwargs: Any) -> Any:
            result = original_push(*args, **kwargs)
            time.sleep(float(value))
            return result

        api._apply_push = delayed


if __name__ == "__main__":
    _install()
    raise SystemExit(main())
