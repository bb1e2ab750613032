"""The office's service index over a month whose every count is known by construction."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from desktop_app.services.reports.form_ii06a import FormOptions
from desktop_app.services.reports.index766 import build_index766, trend_periods
from desktop_app.storage.models import Dossier
from motcua_core.domain.report_periods import custom_period
from tests.support.index766_month import PERIOD, seed_index_month

NOW = datetime(2026, 12, 10, 3, 0, tzinfo=UTC)


@pytest.fixture
def month(context, office, calendar):
    return seed_index_month(context, office, calendar)


def _index(context, calendar):
    with context.session(read_only=True) as session:
        return build_index766(session, PERIOD, FormOptions(calendar.tz, True, NOW))


def test_every_count_and_every_point(context, calendar, month):
    result = _index(context, calendar)
    facts = result.facts
    assert (facts.handled, facts.before_due, facts.on_time, facts.within_limit, facts.late) == (
        6, 1, 2, 1, 2
    )  # fmt: skip
    assert (facts.full_online_dossiers, facts.full_online_received_online) == (5, 1)
    assert (facts.results_issued, facts.electronic_results) == (4, 1)
    assert (facts.received, facts.digitised, facts.attachments, facts.reused) == (6, 1, 2, 1)
    assert (facts.ratings, facts.dissatisfied) == (2, 1)
    index = result.index
    points = {i.key: (i.value, i.points) for g in index.groups for i in g.indicators}
    assert points["on_time_share"] == (Decimal("0.6667"), Decimal("13.33"))
    assert points["average_resolution_days"][0] == Decimal("2.34")
    assert points["online_share"] == (Decimal("0.2"), Decimal("2.40"))
    assert points["electronic_results"] == (Decimal("0.25"), Decimal("1.50"))
    assert points["digitised_dossiers"] == (Decimal("0.1667"), Decimal("0.83"))
    assert points["reuse"] == (Decimal("0.5"), Decimal("1.25"))
    assert points["satisfaction"] == (Decimal("0.1667"), Decimal("1.11"))
    assert index.points == Decimal("20.42")
    assert [d.code for d in result.late] == sorted(month["late"] + [_overdue_code(context)])


def _overdue_code(context):
    from sqlalchemy import select

    with context.session(read_only=True) as session:
        day = datetime(2026, 11, 20, 0, 0, tzinfo=UTC)
        return session.scalars(
            select(Dossier.code).where(Dossier.received_at > day, Dossier.status == 2)
        ).first()


def test_an_empty_period_has_full_points_and_says_why(context, calendar, month):
    with context.session(read_only=True) as session:
        empty = custom_period(date(2025, 1, 1), date(2025, 1, 31))
        index = build_index766(session, empty, FormOptions(calendar.tz, True, NOW)).index
    assert index.points == index.max_measured == 44
    assert "mẫu số bằng 0" in index.notes[0]


def test_the_trend_runs_over_official_months():
    periods = trend_periods(date(2026, 11, 20), 3)
    assert [p.name for p in periods] == ["2026-m10", "2026-m11", "2026-m12"]
    assert periods[-1].start == date(2026, 11, 15)
    assert trend_periods(date(2026, 1, 14), 2)[0].name == "2025-m12"
