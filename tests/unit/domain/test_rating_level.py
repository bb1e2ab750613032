"""Rating levels and their Vietnamese labels: one definition that every other copy reads."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

import pytest

from desktop_app.commands import process_cmd
from desktop_app.services.errors import ServiceError
from desktop_app.services.ratings.rating import check_rating
from desktop_app.services.reports import period as reports
from desktop_app.storage.models import Rating
from motcua_core.domain.rating_level import LABELS_VI, LEVELS, RatingLevel


def test_levels_are_offered_best_first_with_their_vietnamese_labels() -> None:
    assert LEVELS == ("very_satisfied", "satisfied", "dissatisfied")
    assert [level.label_vi for level in RatingLevel] == [
        "Rất hài lòng",
        "Hài lòng",
        "Không hài lòng",
    ]
    assert list(LABELS_VI) == list(LEVELS)


def test_reports_and_the_cli_read_the_one_definition() -> None:
    assert reports.RATING_LEVELS is LEVELS
    assert reports.RATING_LABELS_VI is LABELS_VI
    assert process_cmd.RATING_LEVELS is LEVELS


def test_the_database_check_allows_exactly_the_levels() -> None:
    (check,) = [c for c in Rating.__table__.constraints if str(c.name).endswith("level_known")]
    assert set(re.findall(r"'([a-z_]+)'", str(check.sqltext))) == set(LEVELS)


def test_an_unknown_level_is_refused_naming_every_level() -> None:
    with pytest.raises(ServiceError) as caught:
        check_rating("happy", None)
    assert str(caught.value) == (
        "unknown rating 'happy'; use very_satisfied, satisfied or dissatisfied"
    )
    assert caught.value.message_vi == "Mức đánh giá không hợp lệ."


def test_a_level_value_gives_the_enum_member() -> None:
    assert check_rating("satisfied", "  ") == (RatingLevel.SATISFIED, "")


@pytest.mark.parametrize("package", ["rating", "handover", "reports"])
def test_each_window_translates_the_levels_to_the_domain_labels(package: str) -> None:
    """The windows keep English source strings for Qt; their Vietnamese must be the domain's."""
    path = Path(__file__).resolve().parents[3] / "resources" / "translations" / f"{package}_vi.ts"
    translated = {
        message.findtext("source"): message.findtext("translation")
        for message in ElementTree.parse(path).iter("message")
    }
    for level in RatingLevel:
        assert translated[level.value.replace("_", " ").capitalize()] == level.label_vi
