"""``--self-test`` from source: the same check the frozen bundle runs in CI."""

from __future__ import annotations

from tests.e2e.test_cli import run_cli


def test_self_test_passes_offscreen() -> None:
    result = run_cli("--self-test", env={"QT_QPA_PLATFORM": "offscreen"}, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "SELF-TEST PASSED"
    for step in ("migrations", "window counter", "window kiosk", "window display",
                 "window rating", "window admin", "ticket to PDF", "form 01 to PDF"):
        assert any(line.startswith(f"ok   {step}") for line in lines), step
