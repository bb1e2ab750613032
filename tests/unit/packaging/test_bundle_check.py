"""The bundle's budget check (packaging/bundle_check.py) on fake bundle folders."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
# packaging/ is a folder of build scripts, not a package (and its name is PyPI's "packaging").
_spec = importlib.util.spec_from_file_location("bundle_check", ROOT / "packaging/bundle_check.py")
assert _spec and _spec.loader
bundle_check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bundle_check)


def _complete_bundle(folder: Path) -> Path:
    """A fake one-folder bundle holding every needed part (tiny files)."""
    data = folder / "desktop-app" / "_internal"
    for parts in bundle_check.required_parts().values():
        for pattern in parts:
            name = pattern.replace("**/", "lib/").replace("*", "x")
            (data / name).parent.mkdir(parents=True, exist_ok=True)
            (data / name).write_bytes(b"part")
    (folder / "desktop-app" / "desktop-app").write_bytes(b"\0" * 10_000)
    return folder / "desktop-app"


def test_a_complete_bundle_within_its_budget_passes(tmp_path: Path) -> None:
    assert bundle_check.problems_of(_complete_bundle(tmp_path), budget_mb=190) == []


@pytest.mark.parametrize(
    "part",
    [
        "resources/translations/qtbase_vi.qm",
        "resources/translations/counter_vi.qm",
        "resources/fonts/NotoSans-Regular.ttf",
        "desktop_app/storage/migrations/versions/0001_office_schema.py",
        "resources/sounds/chime.wav",
        "PySide6/QtSerialPort.x",
    ],
)
def test_a_bundle_missing_a_part_fails_naming_it(tmp_path: Path, part: str) -> None:
    bundle = _complete_bundle(tmp_path)
    (bundle / "_internal" / part).unlink()
    problems = bundle_check.problems_of(bundle, budget_mb=190)
    pattern = part.replace("QtSerialPort.x", "QtSerialPort.*")
    assert problems and all(problem.startswith("missing ") for problem in problems)
    assert any(problem.endswith(pattern) for problem in problems)


def test_the_command_fails_on_a_missing_part(tmp_path: Path) -> None:
    bundle = _complete_bundle(tmp_path)
    (bundle / "_internal/resources/sounds/chime.wav").unlink()
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging/bundle_check.py"), str(bundle)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "missing chime: resources/sounds/chime.wav" in done.stderr


def test_over_budget_fails_counting_hard_links_once_and_not_following_symlinks(
    tmp_path: Path,
) -> None:
    bundle = _complete_bundle(tmp_path)
    big = bundle / "_internal" / "libbig.so"
    big.write_bytes(os.urandom(3 * 2**20))
    os.link(big, bundle / "_internal" / "libbig-again.so")
    (bundle / "_internal" / "libbig-link.so").symlink_to(big)
    size, _ = bundle_check.disk_usage(bundle)
    assert 3 * 2**20 <= size < 4 * 2**20  # the 3 MiB once, as du counts it
    assert bundle_check.problems_of(bundle, budget_mb=4) == []
    problems = bundle_check.problems_of(bundle, budget_mb=2)
    assert problems and "over its budget of 2 MiB" in problems[0]
