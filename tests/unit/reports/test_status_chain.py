"""The status after one moment's events: the end of their chain, whatever their order."""

from __future__ import annotations

from itertools import permutations

import pytest

from motcua_core.domain.status_chain import chain_end, parse_steps, status_of_steps


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        ([(4, 9), (2, 4)], 9),
        ([(4, 5), (5, 4), (2, 4)], 5),  # a cycle after 2 → 4: its highest status, stably
        ([(None, 2), (2, 4), (4, 9), (9, 10)], 10),
        ([(4, 4)], 4),
        ([(2, 7), (2, 8)], 8),  # two ends: the highest
        ([], None),
    ],
)
def test_the_chain_end_does_not_depend_on_the_order(steps, expected) -> None:
    assert {chain_end(list(order)) for order in permutations(steps)} == {expected}


def test_the_aggregated_text_is_read_back() -> None:
    assert parse_steps(">2,2>4,4>9") == [(None, 2), (2, 4), (4, 9)]
    assert status_of_steps("4>9,2>4") == 9
    assert status_of_steps(None) is None and status_of_steps("") is None
