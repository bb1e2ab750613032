"""Stopping a server a test started: SIGTERM, then SIGKILL if it has not gone within 10 s."""

from __future__ import annotations

import subprocess


def stop_process(process: subprocess.Popen | None) -> None:
    """Stop ``process`` if it still runs (nothing when it never started or has ended)."""
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(10)
