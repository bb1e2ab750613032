"""Resources are found the same way from an installed wheel as from a checkout."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_carries_resources_and_migrations_and_finds_them_installed(tmp_path: Path) -> None:
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert built.returncode == 0, built.stderr[-2000:]
    wheel = next(tmp_path.glob("desktop_app-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    data = "desktop_app-0.1.0.data/data/share/desktop-app/resources/"
    for resource in ("catalogue/procedures.json", "fonts/NotoSans-Regular.ttf", "sounds/chime.wav"):
        assert data + resource in names, resource
    assert any(n.startswith("desktop_app/storage/migrations/versions/0001") for n in names)
    for core in (
        "motcua_core/domain/work_calendar.py",
        "motcua_core/protocol.py",
        "motcua_core/db.py",
    ):
        assert core in names, core  # the core both programs import
    venv = tmp_path / "venv"
    subprocess.run(
        [sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True, timeout=120
    )
    python = venv / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
        timeout=300,
    )
    found = subprocess.run(
        [
            str(python),
            "-c",
            "import desktop_app, desktop_app.resources as r, motcua_core; "
            "print(desktop_app.__file__); print(r.resources_dir()); print(motcua_core.__file__)",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        check=True,
    ).stdout.split()
    assert found[0].startswith(str(venv)), found  # the installed copy, not the checkout
    assert found[1] == str(venv / "share" / "desktop-app" / "resources")
    assert found[2].startswith(str(venv)), found
