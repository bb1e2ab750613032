"""Scanning pages at the counter with a SANE scanner (Linux), off the UI thread.

The device is the ``sane_device`` setting, or the first scanner SANE finds. Each problem
(scanimage missing, no scanner, no answer) gets its own Vietnamese sentence saying what to do.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from desktop_app.scanning.sane_scanner import (
    ScannerError,
    ScannerProblem,
    ScanRequest,
    list_devices,
    scan_pages,
)
from desktop_app.ui.common.operations import run_operation, user_message


def scan_with_sane(device: str, pages: int, folder: Path) -> list[Path]:
    """Scan ``pages`` pages with ``device`` (empty: the first scanner found) into ``folder``."""
    if not device:
        found = list_devices()
        if not found:
            raise ScannerError(ScannerProblem.NO_DEVICE, "SANE lists no scanner")
        device = found[0].name
    return scan_pages(ScanRequest(device, pages=pages), folder)


def scanner_message(error: Exception) -> str:
    """What the officer reads when a scan did not happen."""
    if not isinstance(error, ScannerError):
        return user_message(error)
    texts = {
        ScannerProblem.MISSING: QCoreApplication.translate(
            "AttachmentsScanner",
            "The scanning program is not installed on this computer (scanimage, package "
            "sane-utils). Ask the IT staff to install it, or scan to the scan folder.",
        ),
        ScannerProblem.NO_DEVICE: QCoreApplication.translate(
            "AttachmentsScanner",
            "No scanner was found. Check that it is switched on and connected, then try again.",
        ),
        ScannerProblem.TIMEOUT: QCoreApplication.translate(
            "AttachmentsScanner",
            "The scanner did not answer in time. Check it for jammed paper, then try again.",
        ),
    }
    fallback = QCoreApplication.translate(
        "AttachmentsScanner",
        "The scan did not work. Check the scanner and its paper, then try again.",
    )
    return texts.get(error.problem, fallback)


def start_scan(
    owner: QObject,
    device: str,
    pages: int,
    folder: Path,
    done: Callable[[list[Path]], None],
    failed: Callable[[str], None],
) -> None:
    """Scan in the background; ``done(paths)`` or ``failed(message)`` on the main thread."""
    run_operation(
        owner,
        lambda: scan_with_sane(device, pages, folder),
        done,
        lambda error: failed(scanner_message(error)),
    )
