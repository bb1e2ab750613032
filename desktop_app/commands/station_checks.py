"""Checks of the station around the database: printers, audio, disk, central server, clock.

Each check returns a dict for the doctor report and adds human-readable lines to ``problems``
(something to fix) or ``warnings`` (worth knowing). Nothing here reads personal data.
"""

from __future__ import annotations

import os
import shutil
import ssl
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from desktop_app.config import Settings, user_data_dir

MIN_FREE_DISK_BYTES = 500 * 1024 * 1024
MAX_CLOCK_SKEW_SECONDS = 120


def check_printers(settings: Settings, problems: list[str], warnings: list[str]) -> dict[str, Any]:
    """Installed printers and whether the configured ones exist."""
    try:
        available = _installed_printers()
    except Exception as exc:  # Qt's print support missing or broken on this PC
        warnings.append(f"cannot list printers: {exc}")
        return {"available": None}
    for key, name in (
        ("ticket_printer", settings.ticket_printer),
        ("form_printer", settings.form_printer),
    ):
        if name and name not in available:
            problems.append(f"{key} '{name}' is not an installed printer")
    if not available:
        warnings.append("no printer installed: prints go to PDF files")
    return {
        "available": available,
        "ticket_printer": settings.ticket_printer or None,
        "form_printer": settings.form_printer or None,
    }


def _installed_printers() -> list[str]:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtPrintSupport import QPrinterInfo

    if QGuiApplication.instance() is None:
        _keep_alive.append(QGuiApplication(["desktop-app", "-platform", "offscreen"]))
    return sorted(info.printerName() for info in QPrinterInfo.availablePrinters())


_keep_alive: list[Any] = []


def check_audio(settings: Settings, warnings: list[str]) -> dict[str, Any]:
    """Speech and sound output available for announcements (they matter on the display)."""
    espeak = shutil.which("espeak-ng") or shutil.which("espeak")
    outputs: list[str] | None
    try:
        outputs = _audio_outputs()
    except Exception as exc:
        outputs = None
        warnings.append(f"cannot list audio outputs: {exc}")
    if settings.role == "display" and not outputs:
        warnings.append("no audio output found: calls will be shown but not announced")
    if settings.role == "display" and not espeak:
        warnings.append("espeak-ng not installed: announcements fall back to Qt speech or chime")
    return {"espeak": espeak, "outputs": outputs}


def _audio_outputs() -> list[str]:
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")
    from PySide6.QtMultimedia import QMediaDevices

    return [device.description() for device in QMediaDevices.audioOutputs()]


def check_disk(settings: Settings, problems: list[str]) -> dict[str, Any]:
    """Free space where the database (SQLite) and backups live."""
    folder = user_data_dir()
    url = make_url(settings.database_url)
    if url.get_backend_name() == "sqlite" and url.database:
        folder = Path(url.database).expanduser().parent
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    usage = shutil.disk_usage(probe)
    if usage.free < MIN_FREE_DISK_BYTES:
        problems.append(f"only {usage.free // 2**20} MiB free on the disk holding {folder}")
    return {"folder": str(folder), "free_bytes": usage.free, "total_bytes": usage.total}


def check_central_server(
    settings: Settings, problems: list[str], warnings: list[str]
) -> dict[str, Any]:
    """Reachability, certificate and clock skew against the central server."""
    url = settings.central_server_url
    if not url:
        return {"configured": False}
    import httpx

    report: dict[str, Any] = {
        "configured": True,
        "url": url,
        "reachable": False,
        "enrolment": _enrolment(settings, problems),
    }
    verify: Any = settings.sync_ca_file or True
    try:
        response = httpx.get(f"{url}/healthz", timeout=5.0, verify=verify)
    except httpx.ConnectError as exc:
        cause = exc.__cause__ or exc
        if isinstance(cause, ssl.SSLCertVerificationError) or "CERTIFICATE" in str(exc):
            report["certificate"] = "invalid"
            problems.append(f"central server certificate not trusted: {exc}")
        else:
            problems.append(f"central server unreachable: {exc}")
        return report
    except httpx.HTTPError as exc:
        problems.append(f"central server unreachable: {exc}")
        return report
    report["reachable"] = True
    report["status_code"] = response.status_code
    report["certificate"] = "verified" if url.startswith("https://") else "none (plain http)"
    if url.startswith("http://"):
        warnings.append("central server is reached over plain http: use https outside a lab")
    report["clock_skew_seconds"] = _clock_skew(response.headers.get("date"), problems)
    return report


def _enrolment(settings: Settings, problems: list[str]) -> dict[str, Any]:
    """Whether this station holds a device credential for the configured server and office."""
    from desktop_app.sync.credentials import CredentialMissing, credential_path, load_credential

    try:
        credential = load_credential(credential_path(settings))
    except CredentialMissing:
        problems.append(
            "this station is not enrolled: run 'desktop-app enroll --server URL --token TOKEN'"
        )
        return {"enrolled": False}
    except (OSError, ValueError) as exc:
        problems.append(f"the device credential cannot be read: {exc}")
        return {"enrolled": False}
    if credential.server_url.rstrip("/") != settings.central_server_url.rstrip("/"):
        problems.append(
            "the device credential was issued by another server "
            f"({credential.server_url}): enrol again"
        )
    return {
        "enrolled": True,
        "device_id": credential.device_id,
        "office_code": credential.office_code,
    }


def _clock_skew(date_header: str | None, problems: list[str]) -> float | None:
    if not date_header:
        return None
    server = parsedate_to_datetime(date_header)
    skew = (datetime.now(UTC) - server).total_seconds()
    if abs(skew) > MAX_CLOCK_SKEW_SECONDS:
        problems.append(f"this PC's clock is {skew:+.0f} s off the central server's")
    return round(skew, 1)
