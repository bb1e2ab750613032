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


def _needed(kind: str) -> list[str]:
    """The needed parts that are files (``file``) or modules of the program's archive."""
    patterns = [p for parts in bundle_check.required_parts().values() for p in parts]
    modules = [p.removeprefix(bundle_check.MODULE) for p in patterns if p.startswith("module ")]
    return modules if kind == "module" else [p for p in patterns if not p.startswith("module ")]


def _complete_bundle(folder: Path, leave_out: str = "") -> Path:
    """A fake one-folder bundle holding every needed part (tiny files), its executable a real
    PyInstaller archive of the needed modules (but ``leave_out``)."""
    data = folder / "desktop-app" / "_internal"
    for pattern in _needed("file"):
        name = pattern.replace("**/", "lib/").replace("*", "x")
        (data / name).parent.mkdir(parents=True, exist_ok=True)
        (data / name).write_bytes(b"part")
    _program(folder, [m for m in _needed("module") if m != leave_out])
    return folder / "desktop-app"


def _program(folder: Path, modules: list[str]) -> None:
    from PyInstaller.archive.writers import CArchiveWriter, ZlibArchiveWriter

    code = {module: compile("VALUE = 1\n", f"{module}.py", "exec") for module in modules}
    entries = [(module, f"{module}.py", "PYMODULE") for module in modules]
    ZlibArchiveWriter(str(folder / "PYZ.pyz"), entries, code)
    entries = [("PYZ.pyz", str(folder / "PYZ.pyz"), False, "z")]
    CArchiveWriter(str(folder / "desktop-app" / "desktop-app"), entries, "libpython3.so")


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
        "PIL/_imaging.x",
        "PIL/_imagingcms.x",
        "PySide6/QtPdf.x",
        "lib/xQt6Pdf.x",
    ],
)
def test_a_bundle_missing_a_part_fails_naming_it(tmp_path: Path, part: str) -> None:
    bundle = _complete_bundle(tmp_path)
    (bundle / "_internal" / part).unlink()
    problems = bundle_check.problems_of(bundle, budget_mb=190)
    pattern = part.replace(".x", ".*").replace("lib/x", "**/*")
    assert problems and all(problem.startswith("missing ") for problem in problems)
    assert any(problem.endswith(pattern) for problem in problems)


@pytest.mark.parametrize("module", ["img2pdf", "PIL.Image", "pypdf"])
def test_a_bundle_without_a_module_digitising_needs_fails(tmp_path: Path, module: str) -> None:
    problems = bundle_check.problems_of(_complete_bundle(tmp_path, module), budget_mb=190)
    assert len(problems) == 1 and problems[0].endswith(f": module {module}")


def test_a_program_that_is_no_archive_holds_no_module(tmp_path: Path) -> None:
    bundle = _complete_bundle(tmp_path)
    (bundle / "desktop-app").write_bytes(b"\0" * 10_000)
    problems = bundle_check.problems_of(bundle, budget_mb=190)
    assert {problem.split(": ")[-1] for problem in problems} == {
        f"module {module}" for module in _needed("module")
    }


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
