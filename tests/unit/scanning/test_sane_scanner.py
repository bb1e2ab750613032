"""scanimage driven as a subprocess: SANE's test device, a missing program, a hung driver."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app.scanning import sane_scanner
from desktop_app.scanning.sane_scanner import (
    ScannerError,
    ScannerProblem,
    ScanRequest,
    list_devices,
    scan_pages,
)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def test_the_test_device_is_listed_and_scans_three_pages(sane_test_device, tmp_path):
    names = [device.name for device in list_devices()]
    assert sane_test_device in names
    pages = scan_pages(ScanRequest(sane_test_device, pages=3, resolution=75), tmp_path / "out")
    assert [p.name for p in pages] == ["page-0001.png", "page-0002.png", "page-0003.png"]
    assert all(p.read_bytes().startswith(PNG_SIGNATURE) for p in pages)


def test_an_unknown_device_is_a_scanner_problem_not_a_crash(sane_test_device, tmp_path):
    with pytest.raises(ScannerError) as caught:
        scan_pages(ScanRequest("nosuch:0", resolution=None), tmp_path / "out")
    assert caught.value.problem is ScannerProblem.NO_DEVICE


def test_without_scanimage_the_problem_is_named(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(ScannerError) as caught:
        list_devices()
    assert caught.value.problem is ScannerProblem.MISSING


def _fake_scanimage(folder: Path, body: str) -> None:
    folder.mkdir()
    program = folder / "scanimage"
    program.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    program.chmod(0o755)


def test_a_driver_that_hangs_is_killed_after_the_timeout(tmp_path, monkeypatch):
    _fake_scanimage(tmp_path / "bin", "exec sleep 30")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(sane_scanner, "START_TIMEOUT", 0.3)
    monkeypatch.setattr(sane_scanner, "PAGE_TIMEOUT", 0)
    with pytest.raises(ScannerError) as caught:
        scan_pages(ScanRequest("any:0"), tmp_path / "out")
    assert caught.value.problem is ScannerProblem.TIMEOUT


def test_a_feeder_that_runs_out_gives_the_pages_scanned(tmp_path, monkeypatch):
    _fake_scanimage(
        tmp_path / "bin", "printf '\\211PNG' > page-0001.png; echo 'out of documents' >&2; exit 7"
    )
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    pages = scan_pages(ScanRequest("feeder:0", pages=5), tmp_path / "out")
    assert [p.name for p in pages] == ["page-0001.png"]
