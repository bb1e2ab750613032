"""The service index rule of Decision 766: threshold points, groups, zero denominators."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from motcua_core.domain.index766 import (
    IndexFacts,
    index_as_dict,
    rounded_value,
    satisfaction_value,
    service_index,
    threshold_points,
)

values = st.decimals(min_value=0, max_value=1, places=4)
thresholds = st.sampled_from([Decimal("0.5"), Decimal("0.8"), Decimal("0.9"), Decimal(1)])
maxima = st.sampled_from([Decimal(2), Decimal(4), Decimal(6), Decimal(20)])


@given(values, thresholds, maxima)
def test_at_or_above_the_threshold_full_points_below_linear(value, threshold, maximum):
    points = threshold_points(value, maximum, threshold)
    if value >= threshold:
        assert points == maximum
    else:
        exact = value * maximum / threshold
        assert abs(points - exact) <= Decimal("0.005")
        assert points <= maximum


@given(values, values, thresholds, maxima)
def test_points_never_fall_when_the_value_rises(a, b, threshold, maximum):
    low, high = sorted((a, b))
    assert threshold_points(low, maximum, threshold) <= threshold_points(high, maximum, threshold)


@given(st.integers(0, 10_000), st.integers(1, 10_000))
def test_values_are_fractions_with_four_decimals(part, whole):
    value = rounded_value(min(part, whole), whole)
    assert value is not None and Decimal(0) <= value <= Decimal(1)
    assert value == value.quantize(Decimal("0.0001"))


def test_halves_round_up_and_points_come_from_the_rounded_value():
    assert rounded_value(1, 8) == Decimal("0.1250")
    assert rounded_value(2, 3) == Decimal("0.6667")
    # 0.6667 × 6 / 0.8 = 5.000… ; from the exact 2/3 it would also be 5.00
    assert threshold_points(Decimal("0.6667"), Decimal(6), Decimal("0.8")) == Decimal("5.00")
    assert threshold_points(Decimal("0.3"), Decimal(6), Decimal("0.5")) == Decimal("3.60")


FACTS = IndexFacts(
    handled=200,
    before_due=120,
    on_time=40,
    within_limit=20,
    late=20,
    resolution_days_total=450.0,
    resolved_count=180,
    full_online_dossiers=50,
    full_online_received_online=15,
    results_issued=180,
    electronic_results=90,
    received=160,
    digitised=120,
    attachments=400,
    reused=40,
    ratings=100,
    dissatisfied=5,
)


def test_groups_indicators_and_maxima_as_the_decision_lists_them():
    index = service_index(FACTS)
    assert [g.key for g in index.groups] == ["timeliness", "online", "digitisation", "satisfaction"]
    assert [(g.maximum, g.max_measured) for g in index.groups] == [
        (20, 20),
        (12, 6),
        (22, 12),
        (18, 6),
    ]
    assert index.max_measured == 44 and index.maximum == 100
    assert {g.key: g.maximum for g in index.not_measured} == {"publicity": 18, "payment": 10}


def test_each_indicator_from_known_counts():
    index = service_index(FACTS)
    timely = index.group("timeliness").indicators[0]
    assert (timely.value, timely.points) == (Decimal("0.9"), Decimal("18.00"))
    average = index.group("timeliness").indicators[1]
    assert (average.value, average.points, average.maximum) == (Decimal("2.50"), None, 0)
    online = index.group("online").indicators[0]
    assert (online.value, online.points) == (Decimal("0.3"), Decimal("3.60"))
    results, digitised, reuse, other = index.group("digitisation").indicators
    assert (results.value, results.points) == (Decimal("0.5"), Decimal("3.00"))
    assert (digitised.value, digitised.points) == (Decimal("0.75"), Decimal("3.75"))
    assert (reuse.value, reuse.points) == (Decimal("0.1"), Decimal("0.25"))
    assert (other.measured, other.points, other.maximum) == (False, None, 10)
    satisfied = index.group("satisfaction").indicators[0]
    # 1 − (20/200 + 5/100) = 0.85 < 0.9 → 0.85 × 6 / 0.9 = 5.67
    assert (satisfied.value, satisfied.points) == (Decimal("0.85"), Decimal("5.67"))
    assert index.points == Decimal("18") + Decimal("3.60") + Decimal("7.00") + Decimal("5.67")


def test_json_shape_is_the_contract():
    data = index_as_dict(service_index(FACTS), "2020-05-15", "2020-06-14")
    assert set(data) >= {"from", "to", "groups", "total"}
    assert data["total"] == {"points": 34.27, "max_measured": 44.0, "max": 100.0}
    for group in data["groups"]:
        assert set(group) >= {"key", "name", "points", "max", "indicators"}
        for indicator in group["indicators"]:
            assert set(indicator) >= {
                "key",
                "name",
                "value",
                "threshold",
                "points",
                "max",
                "measured",
            }
            if not indicator["measured"]:
                assert indicator["points"] is None


def test_nothing_due_earns_full_points_and_says_so():
    index = service_index(IndexFacts())
    scored = [i for g in index.groups for i in g.indicators if i.measured and i.maximum]
    assert all(i.value is None and i.points == i.maximum for i in scored)
    assert index.points == index.max_measured == 44
    assert "mẫu số bằng 0" in index.notes[0]
    assert "Tỷ lệ số hóa hồ sơ" in index.notes[0]


def test_a_busy_office_has_no_nothing_due_note():
    assert all("mẫu số bằng 0" not in note for note in service_index(FACTS).notes)


def test_satisfaction_shares_and_floor():
    assert satisfaction_value(IndexFacts(handled=10, late=2)) == Decimal("0.8")
    assert satisfaction_value(IndexFacts(ratings=4, dissatisfied=1)) == Decimal("0.75")
    assert satisfaction_value(IndexFacts(handled=2, late=2, ratings=1, dissatisfied=1)) == 0


def test_facts_of_offices_add_up():
    total = FACTS + FACTS
    assert total.handled == 400 and total.resolution_days_total == 900.0
    assert service_index(total).points == service_index(FACTS).points
