"""The Linux installer configures a station without a visit (on a stand-in bundle)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FAKE_APP = """#!/bin/sh
echo "$@" >> "$(dirname "$0")/calls.log"
"""


def _archive(tmp_path: Path) -> Path:
    """What make_archive.sh packs, with a stand-in for the frozen program."""
    stage = tmp_path / "desktop-app-0.1.0"
    (stage / "desktop-app").mkdir(parents=True)
    program = stage / "desktop-app" / "desktop-app"
    program.write_text(FAKE_APP)
    program.chmod(0o755)
    linux = ROOT / "packaging" / "linux"
    for item in [linux / "install.sh", *linux.glob("*.desktop"), *linux.glob("*.service")]:
        shutil.copy(item, stage)
    return stage


def _install(stage: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        "HOME": str(home),
        "PATH": os.environ["PATH"],
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
    }
    return subprocess.run(
        ["bash", str(stage / "install.sh"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_kiosk_install_writes_settings_menu_entries_and_autostart(tmp_path: Path) -> None:
    stage, home = _archive(tmp_path), tmp_path / "home"
    result = _install(
        stage,
        home,
        "--role",
        "kiosk",
        "--office-code",
        "000.00.06.H56",
        "--db",
        "postgresql+psycopg://motcua@192.168.1.10/motcua",
        "--counter",
        "2",
    )
    assert result.returncode == 0, result.stderr
    prefix = home / ".local/opt/desktop-app"
    settings = (home / ".config/desktop-app/settings.toml").read_text()
    assert 'role = "kiosk"' in settings and "counter_number = 2" in settings
    assert 'database_url = "postgresql+psycopg://motcua@192.168.1.10/motcua"' in settings
    assert oct((home / ".config/desktop-app/settings.toml").stat().st_mode)[-3:] == "600"
    entry = (home / ".local/share/applications/desktop-app-counter.desktop").read_text()
    assert f"Exec={prefix}/desktop-app --role counter" in entry
    unit = (home / ".config/systemd/user/desktop-app-kiosk.service").read_text()
    assert f"ExecStart={prefix}/desktop-app --role kiosk" in unit
    assert "init" in (prefix / "calls.log").read_text()  # the database was set up


def test_upgrade_keeps_settings_and_bad_role_is_refused(tmp_path: Path) -> None:
    stage, home = _archive(tmp_path), tmp_path / "home"
    assert _install(stage, home, "--role", "counter", "--counter", "3").returncode == 0
    again = _install(stage, home, "--role", "display")
    assert again.returncode == 0 and "keeping existing settings" in again.stdout
    settings = (home / ".config/desktop-app/settings.toml").read_text()
    assert 'role = "counter"' in settings and "counter_number = 3" in settings
    assert not (home / ".config/systemd/user/desktop-app-display.service").exists()
    bad = _install(stage, home, "--role", "cashier")
    assert bad.returncode == 2 and "bad role" in bad.stderr
