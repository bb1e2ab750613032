"""``pip install`` without any script run starts in Vietnamese, Qt's standard buttons included.

The ``.qm`` files are not in git: the checkout is copied without them, as a fresh clone is.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox
import desktop_app
from desktop_app.ui.common.i18n import install_translation, translation_files

app = QApplication(["desktop-app"])
installed = install_translation(app, "vi")
Button = QDialogButtonBox.StandardButton
buttons = QDialogButtonBox(Button.Ok | Button.Cancel)
print(json.dumps({
    "package": desktop_app.__file__,
    "files": translation_files("vi"),
    "installed": len(installed),
    "ok": buttons.button(Button.Ok).text(),
    "cancel": buttons.button(Button.Cancel).text(),
    "counter": QCoreApplication.translate("Roles", "Counter"),
}))
"""


def _fresh_clone(folder: Path) -> Path:
    """The project's files as a clone has them: tracked and new files, no build products."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.split("\0")  # fmt: skip
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file() and source.suffix != ".qm":
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, folder / name)
    assert not list((folder / "resources" / "translations").glob("*.qm"))
    return folder


def _venv(folder: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "venv", "--system-site-packages", str(folder)],
        check=True, timeout=120,
    )  # fmt: skip
    return folder / ("Scripts" if sys.platform == "win32" else "bin") / "python"


def _probe(python: Path, tmp_path: Path) -> dict:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DESKTOP_APP_")}
    environment.update(QT_QPA_PLATFORM="offscreen", XDG_CACHE_HOME=str(tmp_path / "cache"))
    done = subprocess.run(
        [str(python), "-c", PROBE], cwd=tmp_path, env=environment,
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def _pip(python: Path, *args: str) -> None:
    done = subprocess.run(
        [str(python), "-m", "pip", "--disable-pip-version-check", *args],
        capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]


def _assert_vietnamese(found: dict, where: Path) -> None:
    assert found["package"].startswith(str(where)), found  # the installed copy
    assert found["ok"] == "Đồng ý" and found["cancel"] == "Hủy"
    assert found["counter"] == "Quầy tiếp nhận và trả kết quả"
    assert found["installed"] == len(found["files"]) >= 10
    assert any(Path(name).name == "qtbase_vi.qm" for name in found["files"])


@pytest.mark.slow
def test_a_wheel_built_from_a_fresh_clone_carries_the_translations(tmp_path: Path) -> None:
    source = _fresh_clone(tmp_path / "clone")
    _pip(Path(sys.executable), "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(source))
    wheel = next(tmp_path.glob("desktop_app-*.whl"))
    data = "desktop_app-0.1.0.data/data/share/desktop-app/resources/translations/"
    names = zipfile.ZipFile(wheel).namelist()
    assert data + "qtbase_vi.qm" in names and data + "shell_vi.qm" in names

    python = _venv(tmp_path / "venv")
    _pip(python, "install", "-q", "--no-deps", "--no-index", str(wheel))

    found = _probe(python, tmp_path)
    _assert_vietnamese(found, tmp_path / "venv")
    assert not (tmp_path / "cache" / "desktop-app").exists()  # nothing left to compile


@pytest.mark.slow
def test_an_editable_install_of_a_fresh_clone_starts_in_vietnamese(tmp_path: Path) -> None:
    source = _fresh_clone(tmp_path / "clone")
    python = _venv(tmp_path / "venv")
    _pip(python, "install", "-q", "--no-deps", "-e", str(source))

    found = _probe(python, tmp_path)
    _assert_vietnamese(found, source)
    built = source / "resources" / "translations"
    assert all(Path(name).parent == built for name in found["files"])  # by the build hook
