"""SANE's ``test`` device for the scanner tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.sane_device import enable_sane_test_device


@pytest.fixture
def sane_test_device(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    return enable_sane_test_device(tmp_path, monkeypatch)
