"""The Windows installer, compiled and run under Wine as district IT runs it: silently.

packaging/windows/build_installer.sh compiles two versions of the installer around the stand-in
payload (packaging/windows/stand_in/, which records its arguments); one Wine prefix then goes
through bad parameters, a fresh install, an upgrade, an uninstall, a reinstall and an uninstall
with /PURGEDATA=1. What each step left is printed (to the terminal, whatever the capture mode)
so that the CI output shows the files and settings written.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from desktop_app.config import load_settings
from tests.support.xserver import virtual_screen

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not sys.platform.startswith("linux"), reason="the installer is run under Wine on Linux"
    ),
]

ROOT = Path(__file__).resolve().parents[2]
DB_URL = "postgresql+psycopg://motcua:se%22cr%5Cet@db.local/motcua"
# Backslashes, which the settings file must escape, a space and diacritics. (A literal quote
# cannot reach the setup: its command line takes quotes as delimiters; a URL carries it as %22.)
ODD_DB_URL = r"sqlite:///C:\Dữ liệu\một cửa.sqlite3"
GOOD = [
    "/ROLE=kiosk",
    "/OFFICECODE=000.00.06.H56",
    f"/DB={DB_URL}",
    "/SERVER=https://motcua.example.gov.vn",
    "/COUNTER=2",
]
BAD = {
    "role": ("/ROLE=nonsense", "/ROLE=nonsense is not a station role"),
    "db": ("/DB=mysql://motcua@db.local/motcua", "/DB= is not a database URL"),
    "office": ("/OFFICECODE=H56-06", "/OFFICECODE=H56-06 is not a unit code"),
}
USER = "drive_c/users/root"
APP = f"{USER}/AppData/Local/Programs/desktop-app"
DATA = f"{USER}/AppData/Local/MotCua/desktop-app"
MENU = f"{USER}/AppData/Roaming/Microsoft/Windows/Start Menu/Programs"


class Wine:
    """One Wine prefix (its own HOME too: Wine links the Windows desktop to $HOME)."""

    def __init__(self, folder: Path, display: str) -> None:
        self.prefix = folder / "prefix"
        self.home = folder / "home"
        self.logs = folder / "logs"
        for path in (self.home, self.logs):
            path.mkdir(parents=True)
        self.env = {
            **os.environ,
            "WINEPREFIX": str(self.prefix),
            "WINEDEBUG": "-all",
            "WINEDLLOVERRIDES": "mscoree,mshtml=;winemenubuilder.exe=d",
            "HOME": str(self.home),
            "DISPLAY": display,  # the setup runs silently only with a display
        }

    def run(self, program: str, *args: str, name: str) -> tuple[int, str]:
        """Runs a setup or uninstaller silently under a virtual display: exit code, its log."""
        log = self.logs / f"{name}.log"
        command = ["wine", program, "/VERYSILENT", "/SUPPRESSMSGBOXES"]
        command += [f"/LOG=Z:{str(log).replace('/', chr(92))}", *args]
        done = subprocess.run(command, env=self.env, capture_output=True, timeout=180)
        if "unins" in program:
            # The uninstaller goes on in a copy of itself: wait for every process of the prefix.
            subprocess.run(["wineserver", "-w"], env=self.env, timeout=180, check=True)
        return done.returncode, log.read_text(encoding="utf-8", errors="replace")

    def files(self) -> dict[str, str]:
        """Every file of the installed program, its data and its shortcuts, with a short view."""
        found = {}
        for folder in (APP, DATA, MENU):
            for path in sorted((self.prefix / folder).rglob("*")):
                if path.is_file() and "desktop.ini" not in path.name:
                    found[str(path.relative_to(self.prefix))] = _view(path)
        for path in sorted(self.home.iterdir()):
            found[f"(desktop) {path.name}"] = _view(path)
        return found


def _view(path: Path) -> str:
    if path.suffix in (".toml", ".log", ".sqlite3"):
        return path.read_text(encoding="utf-8")
    return f"{path.stat().st_size} bytes"


def _build(out: Path, version: str) -> Path:
    env = {**os.environ, "DESKTOP_APP_VERSION": version, "OUT_DIR": str(out)}
    done = subprocess.run(
        [str(ROOT / "packaging/windows/build_installer.sh")],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return ROOT / done.stdout.strip().splitlines()[-1]


@pytest.fixture(scope="module")
def installers(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("installers")
    return _build(out, "9.0.0"), _build(out, "9.0.1")


@pytest.fixture(scope="module")
def journey(installers: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Every step in one prefix; what each left behind, keyed by step."""
    with virtual_screen() as display:
        return _journey(installers, Wine(tmp_path_factory.mktemp("wine"), display))


def _journey(installers: tuple[Path, Path], wine: Wine) -> dict:
    first, second = (str(path) for path in installers)
    uninstaller = str(wine.prefix / APP / "unins000.exe")
    steps: dict = {}
    for name, (parameter, _) in BAD.items():
        good = [arg for arg in GOOD if arg.split("=")[0] != parameter.split("=")[0]]
        steps[f"bad-{name}"] = (
            *wine.run(first, *good, parameter, name=f"bad-{name}"),
            wine.files(),
        )
    steps["install"] = (*wine.run(first, *GOOD, name="install"), wine.files())
    with (wine.prefix / DATA / "office.sqlite3").open("a") as data:
        data.write("a dossier received at the counter\n")
    upgrade = ["/ROLE=display", "/COUNTER=7"]  # an upgrade keeps the station's settings
    steps["upgrade"] = (*wine.run(second, *upgrade, name="upgrade"), wine.files())
    steps["uninstall"] = (*wine.run(uninstaller, name="uninstall"), wine.files())
    steps["reinstall"] = (*wine.run(second, *GOOD, name="reinstall"), wine.files())
    purge = wine.run(uninstaller, "/PURGEDATA=1", name="purge")
    steps["purge"] = (*purge, wine.files())
    escaped = wine.run(first, "/ROLE=display", f"/DB={ODD_DB_URL}", name="escaped")
    steps["escaped"] = (*escaped, wine.files())
    steps["folder"] = wine.logs
    return steps


def _show(capsys: pytest.CaptureFixture[str], step: str, files: dict[str, str]) -> None:
    with capsys.disabled():
        print(f"\n== Windows installer, after {step}: {len(files)} files")
        for name, view in files.items():
            print(f"  {name}")
            if not view.endswith(" bytes"):
                print("    | " + view.rstrip("\n").replace("\n", "\n    | "))


def test_silent_install_writes_the_station_settings(journey: dict, capsys) -> None:
    code, log, files = journey["install"]
    _show(capsys, "a silent install with /ROLE=kiosk ... /COUNTER=2", files)
    assert code == 0, log
    settings_file = journey["folder"] / "settings.toml"
    settings_file.write_text(files[f"{DATA}/settings.toml"], encoding="utf-8")
    assert tomllib.loads(settings_file.read_text(encoding="utf-8")) == {
        "role": "kiosk",
        "counter_number": 2,
        "office_code": "000.00.06.H56",
        "database_url": DB_URL,
        "central_server_url": "https://motcua.example.gov.vn",
    }
    settings = load_settings(config_file=str(settings_file), environ={})
    assert (settings.role, settings.counter_number) == ("kiosk", 2)
    assert settings.database_url == DB_URL


def test_the_run_step_runs_init_with_the_settings_file(journey: dict) -> None:
    _, _, files = journey["install"]
    calls = files[f"{APP}/desktop-app-calls.log"]
    settings = r"C:\users\root\AppData\Local\MotCua\desktop-app\settings.toml"
    assert calls == f"--- call\n--config\n{settings}\ninit\n"
    assert files[f"{DATA}/office.sqlite3"] == "office data written by init\n"


def test_shortcuts_and_the_autostart_entry_of_a_kiosk(journey: dict) -> None:
    _, _, files = journey["install"]
    for shortcut in ("Kiosk lấy số thứ tự", "Màn hình hiển thị", "Quầy tiếp nhận và trả kết quả"):
        assert f"{MENU}/Một cửa/{shortcut}.lnk" in files
    assert f"{MENU}/StartUp/Một cửa (kiosk).lnk" in files
    assert "(desktop) Một cửa.lnk" in files


def test_an_upgrade_keeps_the_settings_and_the_data(journey: dict, capsys) -> None:
    code, log, files = journey["upgrade"]
    _show(capsys, "an upgrade to 9.0.1 given /ROLE=display /COUNTER=7", files)
    assert code == 0, log
    assert files[f"{DATA}/settings.toml"] == journey["install"][2][f"{DATA}/settings.toml"]
    assert files[f"{DATA}/office.sqlite3"] == (
        "office data written by init\na dossier received at the counter\n"
        "office data written by init\n"
    )
    assert files[f"{APP}/desktop-app-calls.log"].count("init\n") == 2
    assert "Keeping the station settings of the earlier install" in log


def test_uninstall_keeps_the_office_data_and_purgedata_removes_it(journey: dict, capsys) -> None:
    code, log, files = journey["uninstall"]
    _show(capsys, "uninstall", files)
    assert code == 0, log
    assert f"{APP}/desktop-app.exe" not in files
    assert not any(name.startswith(MENU) for name in files)
    assert "a dossier received at the counter" in files[f"{DATA}/office.sqlite3"]
    assert f"{DATA}/settings.toml" in files
    assert journey["reinstall"][0] == 0
    code, log, files = journey["purge"]
    _show(capsys, "uninstall with /PURGEDATA=1", files)
    assert code == 0, log
    assert "Removing the office data (/PURGEDATA=1)" in log
    assert not any(name.startswith(DATA) for name in files)


@pytest.mark.parametrize("name", sorted(BAD))
def test_a_bad_parameter_stops_the_setup_writing_nothing(journey: dict, name: str) -> None:
    code, log, files = journey[f"bad-{name}"]
    assert code != 0
    assert f"Invalid parameter: {BAD[name][1]}" in log
    assert files == {}


def test_quotes_and_backslashes_are_escaped_in_the_settings_file(journey: dict, capsys) -> None:
    code, log, files = journey["escaped"]
    _show(capsys, f"a fresh install with /DB={ODD_DB_URL}", files)
    assert code == 0, log
    settings = tomllib.loads(files[f"{DATA}/settings.toml"])
    assert (settings["database_url"], settings["role"]) == (ODD_DB_URL, "display")
    assert f"{MENU}/StartUp/Một cửa (display).lnk" in files
