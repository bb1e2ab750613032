"""Kiosk, counter queue panel and public display, offscreen, on one SQLite office database."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop_app.app import build_context
from desktop_app.services.office.identity import current_office
from desktop_app.services.office.setup import set_up_office
from desktop_app.services.queue.config import add_counter
from desktop_app.services.queue.tickets import issue_ticket
from desktop_app.storage.models import QueueTicket
from desktop_app.ui.display.announcer import RecordingBackend
from desktop_app.ui.display.window import DisplayPage
from desktop_app.ui.kiosk.window import KioskPage
from desktop_app.ui.queue.counter_panel import QueuePanel
from tests.ui.conftest import settle_gui


def _set_up(context, counters=((1, ("A", "B")),)):
    with context.session() as session:
        set_up_office(session, context.settings.office_code, context.settings.office_name)
        office = current_office(session)
        for number, areas in counters:
            add_counter(session, office.id, number=number, name=f"Quầy {number}", areas=list(areas))
    return office


def _decode(pdf: Path, folder: Path) -> list[str]:
    subprocess.run(["pdftoppm", "-r", "203", "-png", str(pdf), str(folder / "page")], check=True)
    image = sorted(folder.glob("page*.png"))[0]
    out = subprocess.run(
        ["zbarimg", "--nodbus", "--raw", "-q", str(image)], capture_output=True, text=True
    )
    return out.stdout.split()


def test_kiosk_button_issues_saves_and_prints_ticket(qtbot, make_context, tmp_path):
    context = make_context(role="kiosk", ticket_pdf_dir=str(tmp_path / "tickets"))
    _set_up(context)
    page = KioskPage(context, None)
    qtbot.addWidget(page)
    page.resize(1280, 800)  # the buttons take their size from the screen
    page.show()
    qtbot.waitUntil(lambda: len(page.area_buttons()) == 4)
    qtbot.mouseClick(page.area_buttons()[0], Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.priority_page
    with qtbot.waitSignal(page.ticket_issued, timeout=10_000) as issued:
        qtbot.mouseClick(page.priority_buttons()[0], Qt.MouseButton.LeftButton)
    result = issued.args[0]
    assert result.printed and Path(result.output).stat().st_size > 1000
    assert page.number_label.text() == "A001" == result.ticket.display_number
    with context.session(read_only=True) as session:
        stored = session.scalars(select(QueueTicket)).one()
    assert stored.display_number == "A001" and stored.priority_group == "elderly"
    if shutil.which("zbarimg") and shutil.which("pdftoppm"):
        assert _decode(Path(result.output), tmp_path) == [result.ticket.barcode]


def test_kiosk_without_printer_shows_number_and_keeps_ticket(qtbot, make_context):
    context = make_context(role="kiosk", ticket_printer="No Such Printer 42", kiosk_reset_seconds=1)
    _set_up(context)
    page = KioskPage(context, None)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: len(page.area_buttons()) == 4)
    page.choose_area("B")
    with qtbot.waitSignal(page.ticket_issued, timeout=10_000) as issued:
        page.choose_priority(None)
    assert not issued.args[0].printed
    assert page.number_label.text() == "B001"
    assert page.result_warning.text()
    with context.session(read_only=True) as session:
        assert session.scalars(select(QueueTicket.display_number)).all() == ["B001"]
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.area_page, timeout=3000)


def test_counter_call_next_shows_on_display_with_highlight_and_voice(qtbot, make_context):
    counter_context = make_context(role="counter", counter_number=1)
    office = _set_up(counter_context)
    display_context = build_context(counter_context.settings.with_values("test", role="display"))
    try:
        with counter_context.session() as session:
            from datetime import UTC, datetime

            issue_ticket(
                session, office.id, "A", at=datetime.now(UTC), tz=counter_context.settings.zone
            )
        backend = RecordingBackend()
        display = DisplayPage(display_context, None, backend=backend)
        qtbot.addWidget(display)
        qtbot.waitUntil(lambda: display.board is not None and 1 in display.tiles)
        panel = QueuePanel(counter_context, 1)
        qtbot.addWidget(panel)
        served = []
        panel.serving_changed.connect(served.append)
        qtbot.waitUntil(lambda: panel.view is not None)
        panel.call_next()
        qtbot.waitUntil(lambda: panel.number_label.text() == "A001")
        assert served and served[-1] is not None
        qtbot.waitUntil(lambda: display.tiles[1].number.text() == "A001", timeout=2000)
        assert display.highlighted_counters() == [1]
        assert display.call_list.texts()[0].startswith("A001")
        qtbot.waitUntil(lambda: len(backend.played) == 2, timeout=3000)
        assert [kind for kind, *_ in backend.played] == ["chime", "speech"]
        assert "quầy số 1" in backend.played[1][1]
        panel.finish()
        qtbot.waitUntil(lambda: panel.number_label.text() == "—")
        assert served[-1] is None
        qtbot.waitUntil(lambda: display.tiles[1].number.text() == "—", timeout=2000)
        display.close()
    finally:
        settle_gui()
        display_context.close()


def test_panel_handles_scanned_ticket_barcode_only(qtbot, make_context):
    context = make_context(role="counter", counter_number=1)
    office = _set_up(context)
    from datetime import UTC, datetime

    with context.session() as session:
        issue_ticket(session, office.id, "A", at=datetime.now(UTC), tz=context.settings.zone)
        second = issue_ticket(
            session, office.id, "A", at=datetime.now(UTC), tz=context.settings.zone
        )
    panel = QueuePanel(context, 1)
    qtbot.addWidget(panel)
    assert not panel.handle_scan("000.00.06.H56-231027-0361")
    assert panel.handle_scan(second.barcode)
    qtbot.waitUntil(lambda: panel.number_label.text() == "A002")
    assert panel.current_ticket_id == second.id


def test_display_says_when_database_is_unreachable_and_recovers(qtbot, make_context):
    from sqlalchemy.exc import OperationalError

    context = make_context(role="display")
    _set_up(context)
    display = DisplayPage(context, None, backend=RecordingBackend())
    qtbot.addWidget(display)
    real_poll, failures = display.feed.poll, []

    def flaky_poll():
        if len(failures) < 2:
            failures.append(1)
            raise OperationalError("SELECT 1", {}, Exception("server closed the connection"))
        return real_poll()

    qtbot.waitUntil(lambda: display.board is not None)
    display.feed.poll = flaky_poll
    display.board = None
    qtbot.waitUntil(lambda: display.offline_label.isVisible() or display.offline, timeout=2000)
    assert "kết nối" in display.offline_label.text()
    qtbot.waitUntil(lambda: display.board is not None and not display.offline, timeout=8000)
    assert display.offline_label.isHidden()
    display.close()


def test_counter_panel_logs_a_failing_refresh_once_not_at_every_poll(qtbot, make_context, caplog):
    context = make_context(role="counter", counter_number=1)
    _set_up(context)
    panel = QueuePanel(context, 1)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.view is not None)

    def unreachable(_seq: int):
        raise OSError("connection refused")

    panel.queue.changed_since = unreachable
    with caplog.at_level("ERROR"):
        for _ in range(3):
            panel.message_label.clear()
            panel._poll()
            qtbot.waitUntil(lambda: panel.message_label.text() != "")
    logged = [r for r in caplog.records if "operation failed" in r.getMessage()]
    assert len(logged) == 1
