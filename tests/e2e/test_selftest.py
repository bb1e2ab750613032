"""``--self-test`` from source: the same check the frozen bundle runs in CI."""

from __future__ import annotations

import pytest

from tests.e2e.test_cli import run_cli


def test_self_test_passes_offscreen() -> None:
    result = run_cli("--self-test", env={"QT_QPA_PLATFORM": "offscreen"}, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "SELF-TEST PASSED"
    for step in (
        "migrations",
        "window counter",
        "window kiosk",
        "window display",
        "window rating",
        "window admin",
        "ticket to PDF",
        "form 01 to PDF",
        "scans to PDF",
    ):
        assert any(line.startswith(f"ok   {step}") for line in lines), step


def test_a_station_without_audio_libraries_is_a_warning_not_a_failure(tmp_path) -> None:
    """QtMultimedia fails to import without libpulse0: simulated by blocking the module."""
    import os
    import subprocess
    import sys

    script = (
        "import sys; sys.modules['PySide6.QtMultimedia'] = None\n"
        "from desktop_app.cli import main; sys.exit(main(['--self-test']))\n"
    )
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DESKTOP_APP_")}
    environment.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", script], env=environment, capture_output=True, text=True,
        timeout=180, check=False,
    )  # fmt: skip

    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    warning = [line for line in lines if line.startswith("warn announcer chime: ")]
    assert len(warning) == 1 and "libpulse0" in warning[0]
    assert not [line for line in lines if line.startswith("FAIL")]
    assert lines[-1] == "SELF-TEST PASSED with 1 warning"


def test_digitising_makes_a_two_page_pdf_and_draws_it(qapp, tmp_path, monkeypatch) -> None:
    """The self-test's digitising step passes here and fails where QtPdf cannot be loaded (a
    bundle that leaves it out)."""
    import sys

    from desktop_app import selftest

    assert selftest._digitise(tmp_path).startswith("2 pages, ")
    monkeypatch.setitem(sys.modules, "PySide6.QtPdf", None)
    with pytest.raises(ImportError):
        selftest._digitise(tmp_path)
