"""The catalogue's online level: set by the centre, carried to the office by the pull."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop_app.storage.models import Procedure
from desktop_app.sync.inbox import apply_page
from motcua_core.domain.online_level import parse_online_level
from motcua_core.protocol import Change, PullPage


def _levels(context) -> dict[str, str | None]:
    with context.session(read_only=True) as session:
        return dict(session.execute(select(Procedure.code, Procedure.online_level)).all())


def test_the_seed_sets_levels_for_some_procedures(context):
    levels = _levels(context)
    assert levels["1.001193"] == "full"  # birth registration, fully online
    assert levels["1.000894"] == "partial"  # marriage: the couple comes in person
    assert levels["2.000815"] is None  # certified copies: at the counter only


def test_a_pulled_catalogue_change_sets_and_clears_the_level(context):
    entry = {"code": "2.000815", "name": "Chứng thực bản sao", "field": "Chứng thực"}
    entry |= {"limit_amount": 0, "limit_unit": "same_day", "same_day": True}
    for seq, level in ((1, "Toàn trình"), (2, None)):
        change = Change(
            seq=seq,
            kind="procedure",
            entity_id="2.000815",
            operation="upsert",
            payload=entry | {"online_level": level},
        )
        with context.session() as session:
            apply_page(
                session, PullPage(epoch="e", changes=[change], next_cursor=seq, has_more=False)
            )
        assert _levels(context)["2.000815"] == parse_online_level(level)


def test_an_unknown_level_is_refused_with_its_name():
    with pytest.raises(ValueError, match="'online'"):
        parse_online_level("online")
