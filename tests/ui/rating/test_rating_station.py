"""The rating station offscreen: a request appears, three choices, a reason, thanks, reset."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop_app.services.office.identity import current_office
from desktop_app.services.office.setup import set_up_office
from desktop_app.services.queue import calls
from desktop_app.services.queue.config import add_counter
from desktop_app.services.queue.tickets import issue_ticket
from desktop_app.services.staff.accounts import StaffRole, add_staff
from desktop_app.storage.models import Rating, RatingRequest
from desktop_app.ui.rating.window import RatingPage

NOW = datetime(2026, 11, 26, 2, 30, tzinfo=UTC)


@pytest.fixture
def station(make_context, qtbot):
    context = make_context(role="rating", counter_number=2)
    with context.session() as session:
        set_up_office(session, context.settings.office_code, context.settings.office_name)
        office = current_office(session)
        add_counter(session, office.id, number=2, name="Quầy 2", areas=["A"])
        officer = add_staff(session, office.id, username="canbo1", full_name="Lê Thị Mai",
                            role=StaffRole.RECEPTION, password="motcua2026")  # fmt: skip
    page = RatingPage(context, None)
    page.clock = lambda: NOW + timedelta(minutes=5)
    page.thanks_ms = 300
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    return page, context, office, officer


def serve_and_finish(context, office, officer):
    """Counter 2 serves ticket A001 and finishes it: the station should ask for a rating."""
    with context.session() as session:
        issue_ticket(session, office.id, "A", at=NOW, tz=context.settings.zone)
    station = calls.Station(office.id, 2, NOW + timedelta(minutes=1), context.settings.zone,
                            officer.id)  # fmt: skip
    with context.session() as session:
        ticket = calls.call_next(session, station, calls.CallPolicy())
    with context.session() as session:
        calls.finish(session, station)
    return ticket


def test_dissatisfied_needs_a_reason_then_thanks_and_reset(station, qtbot):
    page, context, office, officer = station
    assert page.stack.currentWidget() is page.idle_page
    ticket = serve_and_finish(context, office, officer)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.choice_page, timeout=5000)
    assert ticket.display_number in page.choice_page.detail.text()
    assert "Lê Thị Mai" in page.choice_page.detail.text()
    texts = [b.text() for b in page.choice_page.buttons.values()]
    assert ["Rất hài lòng" in texts[0], "Hài lòng" in texts[1], "Không hài lòng" in texts[2]] == [
        True,
        True,
        True,
    ]
    qtbot.mouseClick(page.choice_page.buttons["dissatisfied"], Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.reason_page
    qtbot.mouseClick(page.reason_page.send_button, Qt.MouseButton.LeftButton)
    assert page.reason_page.message.text()  # a reason is required
    with context.session(read_only=True) as session:
        assert session.scalars(select(Rating)).first() is None
    qtbot.mouseClick(page.reason_page.presets[0], Qt.MouseButton.LeftButton)
    page.reason_page.other.setText("Phải xếp hàng hai lần")
    with qtbot.waitSignal(page.rated, timeout=5000):
        qtbot.mouseClick(page.reason_page.send_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.thanks_page
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.idle_page, timeout=5000)
    with context.session(read_only=True) as session:
        rating = session.scalars(select(Rating)).one()
        request = session.scalars(select(RatingRequest)).one()
    assert rating.level == "dissatisfied" and rating.ticket_id == ticket.id
    assert rating.staff_id == officer.id and "xếp hàng hai lần" in rating.reason
    assert rating.reason.startswith(page.reason_page.presets[0].text())
    assert request.state == "answered" and request.rating_id == rating.id


def test_very_satisfied_is_one_touch(station, qtbot):
    page, context, office, officer = station
    serve_and_finish(context, office, officer)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.choice_page, timeout=5000)
    with qtbot.waitSignal(page.rated, timeout=5000) as rated:
        qtbot.mouseClick(page.choice_page.buttons["very_satisfied"], Qt.MouseButton.LeftButton)
    assert rated.args == ["very_satisfied"]
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.idle_page, timeout=5000)
    with context.session(read_only=True) as session:
        assert session.scalars(select(Rating.level)).one() == "very_satisfied"
