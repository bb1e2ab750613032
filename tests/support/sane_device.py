"""SANE's ``test`` backend, enabled in a private copy of the SANE configuration."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

SANE_SYSTEM_CONFIG = Path("/etc/sane.d")
TEST_DEVICE = "test:0"


def enable_sane_test_device(folder: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Point ``SANE_CONFIG_DIR`` at a configuration whose only backend is ``test``; its
    first device's name (skips the test when scanimage is not installed)."""
    if shutil.which("scanimage") is None or not SANE_SYSTEM_CONFIG.is_dir():
        pytest.skip("scanimage (Debian sane-utils) is not installed")
    config = folder / "sane.d"
    shutil.copytree(SANE_SYSTEM_CONFIG, config, ignore=shutil.ignore_patterns("dll.d"))
    (config / "dll.conf").write_text("test\n", encoding="utf-8")
    monkeypatch.setenv("SANE_CONFIG_DIR", str(config))
    return TEST_DEVICE
