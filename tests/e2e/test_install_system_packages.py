"""``scripts/install-system-packages.sh``: what the README's test command installs first.

Run with stand-ins for ``dpkg-query``, ``apt-get``, ``id`` and ``sudo`` on PATH that log their
calls, so the test checks what would be installed without touching the machine.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "install-system-packages.sh"
CI_PACKAGES = [
    "postgresql",
    "fonts-noto-core",
    "zbar-tools",
    "poppler-utils",
    "espeak-ng",
    "sane-utils",
    "nginx",
    "pgbouncer",
    "libegl1",
    "libgl1",
    "libxkbcommon0",
    "libfontconfig1",
    "libdbus-1-3",
    "libglib2.0-0",
]
GUI_PACKAGES = [
    "xvfb",
    "xdotool",
    "x11-apps",
    "x11-xserver-utils",
    "imagemagick",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-cursor0",
]
#: The public booking page in a headless browser.
BROWSER_PACKAGES = ["chromium", "chromium-driver"]


def _fake_tools(folder: Path, *, installed: set[str], uid: int, sudo: bool) -> Path:
    folder.mkdir()
    log = folder / "calls.log"
    tools = {
        "dpkg-query": 'for p; do :; done; grep -qx "$p" "$(dirname "$0")/installed" '
        "&& printf installed || exit 1",
        "apt-get": 'echo "apt-get $*" >> "$(dirname "$0")/calls.log"',
        "id": f"echo {uid}",
    }
    # sudo -n: without sudo rights it fails at once (a real sudo here must never be reached)
    tools["sudo"] = 'shift; [ "$1" = true ] && exit 0; "$@"' if sudo else "exit 1"
    for name, body in tools.items():
        path = folder / name
        path.write_text(f"#!/usr/bin/env bash\n{body}\n", encoding="utf-8")
        path.chmod(0o755)
    (folder / "installed").write_text("".join(f"{p}\n" for p in installed), encoding="utf-8")
    log.touch()
    return log


def _run(folder: Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PATH": f"{folder}:/usr/bin:/bin"}
    return subprocess.run(
        ["bash", str(SCRIPT)], env=environment, capture_output=True, text=True, timeout=60,
        check=False,
    )  # fmt: skip


def test_as_root_only_the_missing_packages_are_installed(tmp_path: Path) -> None:
    everything = set(CI_PACKAGES + GUI_PACKAGES + BROWSER_PACKAGES)
    log = _fake_tools(tmp_path / "bin", installed=everything - {"xvfb", "postgresql"}, uid=0,
                      sudo=False)  # fmt: skip

    result = _run(tmp_path / "bin")

    assert result.returncode == 0, result.stderr
    calls = log.read_text(encoding="utf-8").splitlines()
    assert calls[0] == "apt-get update -qq"
    assert calls[1].startswith("apt-get install -y -qq --no-install-recommends ")
    assert calls[1].split()[5:] == ["postgresql", "xvfb"]


def test_a_second_run_with_everything_installed_calls_no_apt_get(tmp_path: Path) -> None:
    everything = set(CI_PACKAGES + GUI_PACKAGES + BROWSER_PACKAGES)
    log = _fake_tools(tmp_path / "bin", installed=everything, uid=0, sudo=False)

    assert _run(tmp_path / "bin").returncode == 0
    assert log.read_text(encoding="utf-8") == ""


def test_a_user_with_sudo_installs_every_package_the_tests_need(tmp_path: Path) -> None:
    log = _fake_tools(tmp_path / "bin", installed=set(), uid=1000, sudo=True)

    assert _run(tmp_path / "bin").returncode == 0
    installed = log.read_text(encoding="utf-8").splitlines()[1].split()[5:]
    assert installed == CI_PACKAGES + GUI_PACKAGES + BROWSER_PACKAGES


def test_without_root_or_sudo_it_names_what_is_missing_and_goes_on(tmp_path: Path) -> None:
    log = _fake_tools(tmp_path / "bin", installed=set(CI_PACKAGES), uid=1000, sudo=False)

    result = _run(tmp_path / "bin")

    assert result.returncode == 0
    assert log.read_text(encoding="utf-8") == ""
    assert "xdotool" in result.stderr and len(result.stderr.splitlines()) == 1


def test_ci_and_the_readme_test_command_both_use_it() -> None:
    test_command = (ROOT / "scripts" / "test.sh").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")

    assert "scripts/install-system-packages.sh" in test_command
    assert "scripts/test.sh" in ci and "packaging/build_bundle.sh" in ci
    assert "apt-get" not in ci  # one list of packages, in the script
