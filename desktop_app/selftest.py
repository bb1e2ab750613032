"""``desktop-app --self-test``: proves an installation (above all a frozen bundle) works.

Offscreen, on a temporary database: runs the migrations, sets up an office, opens the window of
every role, issues a ticket and prints it to PDF, receives a dossier and prints its form 01 to
PDF, makes a JPEG and a PNG one PDF and draws its first page with QtPdf (what digitising at
reception needs). Prints one line per step and exits 0 only if every step worked. What a
station can do without (sound: QtMultimedia needs the PulseAudio/ALSA libraries) is a ``warn``
line, not a failure.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_app.config import ROLES, load_settings

OFFICE_CODE = "000.00.00.H00"


class Unavailable(Exception):
    """Something the station can work without is missing: reported, not a failure."""


class _Run:
    """Runs steps in order, reporting each; a failed step fails the test but not the rest."""

    def __init__(self) -> None:
        self.failures = 0
        self.warnings = 0

    def step(self, name: str, action: Callable[[], Any]) -> Any:
        try:
            detail = action()
        except Unavailable as exc:
            self.warnings += 1
            print(f"warn {name}: {exc}", flush=True)
            return None
        except Exception as exc:  # a self-test reports every failure and carries on
            self.failures += 1
            print(f"FAIL {name}: {exc}", flush=True)
            traceback.print_exc(file=sys.stderr)
            return None
        print(f"ok   {name}{f' ({detail})' if isinstance(detail, str) else ''}", flush=True)
        return detail


def _settings(folder: Path, role: str = "counter") -> Any:
    return load_settings(
        environ={},
        read_standard_file=False,
        overrides={
            "database_url": f"sqlite:///{folder / 'selftest.sqlite3'}",
            "role": role,
            "office_code": OFFICE_CODE,
            "office_name": "Trung tâm Phục vụ HCC — Ắ Ầ Ễ",
        },
    )


def _migrate(folder: Path) -> str:
    from desktop_app.app import build_context
    from desktop_app.services.office.setup import set_up_office
    from desktop_app.storage.migrate import current_revision, upgrade_to_head

    settings = _settings(folder)
    context = build_context(settings, create=True)
    try:
        upgrade_to_head(context.engine)
        with context.session() as session:
            result = set_up_office(session, OFFICE_CODE, settings.office_name)
        return f"schema {current_revision(context.engine)}, {result.procedures.added} procedures"
    finally:
        context.close()


def _open_window(folder: Path, role: str) -> str:
    from PySide6.QtWidgets import QApplication

    from desktop_app.app import build_context
    from desktop_app.ui.shell.main_window import MainWindow

    context = build_context(_settings(folder, role))
    try:
        window = MainWindow(context)
        window.show()
        QApplication.processEvents()
        title = window.windowTitle()
        window.close()
        window.deleteLater()
        QApplication.processEvents()
        return title
    finally:
        context.close()


def _print_ticket(folder: Path) -> str:
    from desktop_app.app import build_context
    from desktop_app.printing.ticket import TicketPrint, print_ticket
    from desktop_app.services.office.identity import current_office
    from desktop_app.services.queue.tickets import issue_ticket

    settings = _settings(folder, "kiosk")
    context = build_context(settings)
    try:
        with context.session() as session:
            office = current_office(session)
            ticket = issue_ticket(session, office.id, "A", at=datetime.now(UTC), tz=settings.zone)
    finally:
        context.close()
    pdf = folder / "ticket.pdf"
    print_ticket(TicketPrint.from_ticket(ticket, office.name), settings.zone, pdf_path=pdf)
    return _check_pdf(pdf, ticket.display_number)


def _print_form_01(folder: Path) -> str:
    from desktop_app.app import build_context
    from desktop_app.printing.forms.base import print_form
    from desktop_app.printing.forms.registry import FormRequest, get_form_spec
    from desktop_app.services.dossiers.reception import (
        ApplicantInput,
        ReceptionRequest,
        receive_dossier,
    )
    from desktop_app.services.office.calendar import office_calendar
    from desktop_app.services.office.identity import current_office

    settings = _settings(folder)
    context = build_context(settings)
    now = datetime.now(settings.zone)
    try:
        with context.session() as session:
            office = current_office(session)
            calendar = office_calendar(session, settings, office.id)
            request = ReceptionRequest("2.000815", ApplicantInput("Nguyễn Thị Hồng Nhung"))
            received = receive_dossier(
                session, request, office=office, calendar=calendar, received_at=now
            )
        with context.session(read_only=True) as session:
            form = get_form_spec("01").build(
                session, received.code, FormRequest(now=now, tz=settings.zone)
            )
    finally:
        context.close()
    pdf = folder / "form01.pdf"
    print_form(form, pdf_path=pdf)
    return _check_pdf(pdf, received.code)


def _digitise(folder: Path) -> str:
    """A JPEG and a PNG made one PDF as reception does it (img2pdf, Pillow, pypdf), its first
    page drawn with QtPdf as the page editor previews it: a station that cannot digitise fails."""
    from PIL import Image
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    from desktop_app.services.dossiers.document_pdf import PageInput, build_document_pdf

    scans = [folder / "scan.jpg", folder / "scan.png"]
    Image.new("RGB", (120, 170), (200, 30, 30)).save(scans[0], quality=90)
    Image.new("L", (90, 60), 128).save(scans[1])
    built = build_document_pdf([PageInput(scans[0]), PageInput(scans[1], 1, 90)], folder)
    document = QPdfDocument(None)
    if document.load(str(built.path)) != QPdfDocument.Error.None_ or document.pageCount() != 2:
        raise RuntimeError(f"QtPdf reads {document.pageCount()} pages of {built.pages}")
    colour = document.render(0, QSize(120, 170)).pixelColor(60, 85)
    document.close()
    if not (colour.red() > 150 and colour.green() < 100):  # the red of the scan
        raise RuntimeError("QtPdf does not draw the scanned page")
    return f"{built.pages} pages, {built.path.stat().st_size:,} bytes, page 1 drawn"


def _load_chime() -> str:
    """The announcer's chime loads for playing (where this PC has an audio output).

    Raises:
        Unavailable: QtMultimedia cannot be loaded (its audio libraries are not installed).
    """
    from PySide6.QtCore import QEventLoop, QTimer, QUrl

    try:
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
    except ImportError as exc:
        raise Unavailable(
            f"no sound on this station, QtMultimedia cannot be loaded ({exc}); install the "
            "audio libraries (Debian/Ubuntu: libpulse0) for announcements"
        ) from None

    from desktop_app.resources import resource_path

    outputs = QMediaDevices.audioOutputs()
    if not outputs:
        return "no audio output on this PC: not played"
    effect, loop = QSoundEffect(), QEventLoop()
    effect.statusChanged.connect(loop.quit)
    QTimer.singleShot(5000, loop.quit)
    effect.setSource(QUrl.fromLocalFile(str(resource_path("sounds", "chime.wav"))))
    if effect.status() == QSoundEffect.Status.Loading:
        loop.exec()
    if effect.status() != QSoundEffect.Status.Ready:
        raise RuntimeError(f"the chime does not load ({effect.status().name})")
    return f"ready on {outputs[0].description()}"


def _check_pdf(path: Path, what: str) -> str:
    data = path.read_bytes()
    if not data.startswith(b"%PDF") or len(data) < 1000:
        raise RuntimeError(f"{path.name} is not a complete PDF")
    return f"{what} → {path.name}, {len(data):,} bytes"


def run_self_test() -> int:
    """Run every step; returns the process exit status (0 only if all worked)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.common.fonts import setup_application_font
    from desktop_app.ui.common.i18n import install_translation
    from desktop_app.ui.common.main_thread_gc import collect_on_main_thread

    app = QApplication.instance() or QApplication(["desktop-app"])
    collect_on_main_thread(app)
    run = _Run()
    with tempfile.TemporaryDirectory(prefix="desktop-app-selftest-") as name:
        folder = Path(name)
        run.step(
            "fonts and translation",
            lambda: (
                f"{setup_application_font().family()}, "
                f"{len(install_translation(app, 'vi'))} translation files"
            ),
        )  # type: ignore[arg-type]
        run.step("migrations", lambda: _migrate(folder))
        for role in ROLES:
            run.step(f"window {role}", lambda role=role: _open_window(folder, role))
        run.step("ticket to PDF", lambda: _print_ticket(folder))
        run.step("form 01 to PDF", lambda: _print_form_01(folder))
        run.step("scans to PDF", lambda: _digitise(folder))
        run.step("announcer chime", _load_chime)
    print(_verdict(run))
    return 0 if not run.failures else 1


def _verdict(run: _Run) -> str:
    if run.failures:
        return f"SELF-TEST FAILED ({run.failures})"
    plural = "s" if run.warnings > 1 else ""
    return (
        f"SELF-TEST PASSED with {run.warnings} warning{plural}"
        if run.warnings
        else "SELF-TEST PASSED"
    )
