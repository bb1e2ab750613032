"""Report boundaries: dates not times, open at the end of the period, extensions, visits."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from desktop_app.printing.report_text import opening_sentence
from desktop_app.services.dossiers.reception import (
    ApplicantInput,
    ReceptionRequest,
    receive_dossier,
)
from desktop_app.services.dossiers.status import change_status
from desktop_app.services.reports.period import Period, build_period_report
from desktop_app.storage.models import Dossier
from motcua_core.domain.lifecycle import DossierStatus

PERIOD = Period(date(2026, 11, 1), date(2026, 11, 30))


def _receive(context, office, calendar, at: datetime, name: str = "Lê Văn An"):
    request = ReceptionRequest(procedure_code="1.004873", applicant=ApplicantInput(full_name=name))
    with context.session() as session:
        return receive_dossier(session, request, office=office, calendar=calendar, received_at=at)


def _finish(context, dossier_id, at: datetime) -> None:
    with context.session() as session:
        change_status(session, dossier_id, DossierStatus.IN_PROGRESS, at=at)
        change_status(session, dossier_id, DossierStatus.RESULT_READY, at=at)


def _report(context, calendar, now: datetime):
    with context.session(read_only=True) as session:
        return build_period_report(session, PERIOD, tz=calendar.tz, now=now).figures


def test_timeliness_compares_dates_and_open_dossiers_count_at_period_end(context, office, calendar):
    tz = calendar.tz
    received = datetime(2026, 11, 2, 9, 0, tzinfo=tz)  # Monday; 3 working days → Thu 09:00
    on_time = _receive(context, office, calendar, received)
    late = _receive(context, office, calendar, received)
    early = _receive(context, office, calendar, received)
    after_period = _receive(context, office, calendar, datetime(2026, 11, 27, 9, 0, tzinfo=tz))
    overdue = _receive(context, office, calendar, datetime(2026, 11, 20, 9, 0, tzinfo=tz))
    assert on_time.due_at.astimezone(tz) == datetime(2026, 11, 5, 9, 0, tzinfo=tz)
    _finish(context, on_time.id, datetime(2026, 11, 5, 16, 59, tzinfo=tz))  # same date, later
    _finish(context, late.id, datetime(2026, 11, 6, 8, 0, tzinfo=tz))  # the day after
    _finish(context, early.id, datetime(2026, 11, 4, 10, 0, tzinfo=tz))
    _finish(context, after_period.id, datetime(2026, 12, 2, 10, 0, tzinfo=tz))  # after the period
    figures = _report(context, calendar, now=datetime(2026, 12, 10, tzinfo=tz))
    assert (figures.resolved_before_due, figures.resolved_on_time, figures.resolved_late) == (
        1,
        1,
        1,
    )
    assert figures.dossiers_received == 5
    # Finished after the period: still open at its end (within limit: due 2 Dec 09:00 > 1 Dec).
    assert (figures.open_within_limit, figures.open_overdue) == (1, 1)
    assert figures.share(figures.resolved_late) == 33.3
    assert overdue.code  # received 20 Nov, due 25 Nov, never finished → overdue


def test_an_extension_counts_against_the_new_date(context, office, calendar):
    tz = calendar.tz
    received = _receive(context, office, calendar, datetime(2026, 11, 2, 9, 0, tzinfo=tz))
    with context.session() as session:
        dossier = session.get(Dossier, received.id)
        dossier.due_at = datetime(2026, 11, 10, 9, 0, tzinfo=tz)
        dossier.extended = True
    _finish(context, received.id, datetime(2026, 11, 9, 15, 0, tzinfo=tz))
    figures = _report(context, calendar, now=datetime(2026, 12, 10, tzinfo=tz))
    assert (figures.resolved_before_due, figures.resolved_late, figures.extensions) == (1, 0, 1)


def test_visits_group_dossiers_and_the_sentence_uses_vietnamese_numbers(context, office, calendar):
    tz = calendar.tz
    at = datetime(2026, 11, 3, 9, 0, tzinfo=tz)
    first = _receive(context, office, calendar, at)
    second = _receive(context, office, calendar, at + timedelta(minutes=5))
    with context.session() as session:
        for received in (first, second):
            session.get(Dossier, received.id).visit_key = "visit-1"
    _finish(context, first.id, at + timedelta(hours=2))
    figures = _report(context, calendar, now=datetime(2026, 12, 10, tzinfo=tz))
    assert (figures.visits, figures.dossiers_received) == (1, 2)
    assert opening_sentence(figures) == (
        "Trong kỳ, đã tiếp 1 lượt công dân với 2 hồ sơ, trong đó 1 hồ sơ giải quyết trước hạn "
        "(100,0%); 0 hồ sơ giải quyết đúng hạn (0,0%); 1 hồ sơ đang giải quyết (trong hạn 0, "
        "quá hạn 1)."
    )
