"""SANE scanners on Linux, driven through ``scanimage`` (Debian ``sane-utils``).

A subprocess, not the Python bindings: a scanner driver that hangs or crashes takes
``scanimage`` down, never the station, and every call has a timeout after which the process
is killed. ``scanimage`` reads the usual SANE environment (``SANE_CONFIG_DIR``), which is how
the tests reach SANE's ``test`` device.
"""

from __future__ import annotations

import enum
import os
import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

SCANIMAGE = "scanimage"
#: Seconds to find the scanners (network scanners answer slowly).
LIST_TIMEOUT = 30
#: Seconds a page may take, and the time to start.
PAGE_TIMEOUT = 90
START_TIMEOUT = 30
#: scanimage's exit status when the feeder ran out of paper (SANE_STATUS_NO_DOCS).
_NO_DOCS = 7


class ScannerProblem(enum.StrEnum):
    """Why a scan did not happen; the window says each in its own words."""

    MISSING = "missing"  # scanimage is not installed
    NO_DEVICE = "no_device"
    TIMEOUT = "timeout"
    FAILED = "failed"


class ScannerError(Exception):
    """A scan or a device listing failed; ``problem`` says how, ``detail`` is for the log."""

    def __init__(self, problem: ScannerProblem, detail: str = "") -> None:
        super().__init__(f"{problem}: {detail}" if detail else str(problem))
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True)
class ScannerDevice:
    name: str  # what scanimage -d takes, e.g. "epson2:net:192.168.1.20" or "test:0"
    vendor: str
    model: str

    @property
    def label(self) -> str:
        return f"{self.vendor} {self.model} ({self.name})"


@dataclass(frozen=True)
class ScanRequest:
    """What to scan: the device, how many pages, at what resolution (dpi) and colour mode."""

    device: str
    pages: int = 1
    resolution: int | None = 300
    mode: str | None = None  # "Color", "Gray", "Lineart"; None: the device's default


def scanimage_path() -> str:
    """The scanimage program; ``ScannerError(MISSING)`` when it is not installed."""
    found = shutil.which(SCANIMAGE)
    if found is None:
        raise ScannerError(ScannerProblem.MISSING, "scanimage not found on PATH")
    return found


def _run(arguments: list[str], timeout: float, env: Mapping[str, str] | None, cwd: Path | None):
    try:
        return subprocess.run(
            [scanimage_path(), *arguments],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=dict(os.environ if env is None else env),
            cwd=cwd,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise ScannerError(ScannerProblem.TIMEOUT, f"no answer within {timeout:.0f} s") from None
    except OSError as exc:
        raise ScannerError(ScannerProblem.FAILED, str(exc)) from None


def list_devices(env: Mapping[str, str] | None = None) -> list[ScannerDevice]:
    """The scanners SANE finds (an empty list when there are none)."""
    done = _run(["-f", "%d\t%v\t%m%n"], LIST_TIMEOUT, env, None)
    if done.returncode != 0:
        raise ScannerError(ScannerProblem.FAILED, done.stderr.strip()[-500:])
    devices = []
    for line in done.stdout.splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[0]:
            devices.append(ScannerDevice(*parts))
    return devices


def scan_pages(
    request: ScanRequest, folder: Path, env: Mapping[str, str] | None = None
) -> list[Path]:
    """Scan ``request.pages`` pages into ``folder`` as PNG files, in page order.

    A feeder that runs out of paper after some pages gives the pages scanned.

    Raises:
        ScannerError: scanimage is missing, the device refused, or a page took too long.
    """
    folder.mkdir(parents=True, exist_ok=True)
    arguments = ["-d", request.device, "--format=png", "--batch=page-%04d.png",
                 f"--batch-count={request.pages}"]  # fmt: skip
    if request.resolution:
        arguments.append(f"--resolution={request.resolution}")
    if request.mode:
        arguments.append(f"--mode={request.mode}")
    timeout = START_TIMEOUT + PAGE_TIMEOUT * request.pages
    done = _run(arguments, timeout, env, folder)
    pages = sorted(folder.glob("page-*.png"))
    if done.returncode not in (0, _NO_DOCS) or not pages:
        refused = "open of device" in done.stderr
        problem = ScannerProblem.NO_DEVICE if refused else ScannerProblem.FAILED
        raise ScannerError(problem, done.stderr.strip()[-500:])
    return pages
