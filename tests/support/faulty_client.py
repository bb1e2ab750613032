"""``desktop-app`` with a fault injected, chosen by ``TEST_CLIENT_FAULT``:

- ``clock_offset=S``: the office clock runs S seconds off;
- ``kill_in_page_apply``: SIGKILL after a pulled page was applied, before the transaction
  that stores its cursor committed;
- ``kill_after_page_commit``: SIGKILL right after the first page and its cursor committed.
"""

from __future__ import annotations

import os
import signal
from datetime import timedelta
from typing import Any

import desktop_app.sync.engine as engine
from desktop_app.cli import main

FAULT = os.environ.get("TEST_CLIENT_FAULT", "")


def _install() -> None:
    name, _, value = FAULT.partition("=")
    if name == "clock_offset":
        real_now = engine.device_now
        engine.device_now = lambda: real_now() + timedelta(seconds=float(value))
    original_apply = engine.apply_page

    def apply_page(session: Any, page: Any) -> int:
        applied = original_apply(session, page)
        if name == "kill_in_page_apply" and page.changes:
            session.flush()
            os.kill(os.getpid(), signal.SIGKILL)
        return applied

    engine.apply_page = apply_page
    if name == "kill_after_page_commit":
        original_pull_all = engine.SyncPass._pull_all

        def pull_all(self: Any, result: Any) -> bool:
            original_pull = self.client.pull
            calls = {"n": 0}

            def pull(*args: Any, **kwargs: Any) -> Any:
                calls["n"] += 1
                if calls["n"] == 2:  # the first page and its cursor are committed
                    os.kill(os.getpid(), signal.SIGKILL)
                return original_pull(*args, **kwargs)

            self.client.pull = pull
            return original_pull_all(self, result)

        engine.SyncPass._pull_all = pull_all


if __name__ == "__main__":
    _install()
    raise SystemExit(main())
