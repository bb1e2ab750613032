"""Tests for motcua_core.domain.lifecycle."""

import pytest

from motcua_core.domain.errors import IllegalTransition
from motcua_core.domain.lifecycle import (
    ALLOWED_TRANSITIONS,
    INITIAL_STATUSES,
    Channel,
    DossierStatus,
    OnlineLevel,
    can_transition,
    check_transition,
    is_open,
    is_resolved,
    is_terminal,
)

S = DossierStatus
ALLOWED = [(src, dst) for src, targets in ALLOWED_TRANSITIONS.items() for dst in targets]
ILLEGAL = [
    (src, dst)
    for src in DossierStatus
    for dst in DossierStatus
    if dst not in ALLOWED_TRANSITIONS[src]
]


def test_status_numbers_match_the_national_portal() -> None:
    assert [int(s) for s in DossierStatus] == list(range(1, 11))
    assert S.SUPPLEMENT_REQUESTED == 5
    assert S.RETURNED == 10


def test_every_status_has_a_vietnamese_label_and_transition_entry() -> None:
    assert S.NEW.label_vi == "Mới đăng ký"
    assert S.RESULT_READY.label_vi == "Đã có kết quả"
    for status in DossierStatus:
        assert status.label_vi
        assert status in ALLOWED_TRANSITIONS


@pytest.mark.parametrize(("current", "target"), ALLOWED)
def test_allowed_transition_passes(current: DossierStatus, target: DossierStatus) -> None:
    check_transition(current, target)
    assert can_transition(current, target)


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (S.RETURNED, S.IN_PROGRESS),
        (S.NEW, S.RESULT_READY),
        (S.REFUSED, S.RECEIVED),
        (S.WITHDRAWN, S.IN_PROGRESS),
        (S.STOPPED, S.RETURNED),
        (S.RESULT_READY, S.IN_PROGRESS),
        (S.IN_PROGRESS, S.IN_PROGRESS),
        (S.RECEIVED, S.NEW),
    ],
)
def test_illegal_transition_raises_naming_both_states(
    current: DossierStatus, target: DossierStatus
) -> None:
    with pytest.raises(IllegalTransition) as caught:
        check_transition(current, target)
    message = str(caught.value)
    assert f"{int(current)} ({current.label_vi})" in message
    assert f"{int(target)} ({target.label_vi})" in message


def test_every_illegal_pair_raises() -> None:
    for current, target in ILLEGAL:
        with pytest.raises(IllegalTransition):
            check_transition(current, target)


def test_terminal_statuses() -> None:
    terminal = {s for s in DossierStatus if is_terminal(s)}
    assert terminal == {S.REFUSED, S.WITHDRAWN, S.STOPPED, S.RETURNED}


def test_resolved_and_open_statuses_split_the_non_closed_ones() -> None:
    assert {s for s in DossierStatus if is_resolved(s)} == {S.RESULT_READY, S.RETURNED}
    assert {s for s in DossierStatus if is_open(s)} == {
        S.NEW,
        S.RECEIVED,
        S.IN_PROGRESS,
        S.SUPPLEMENT_REQUESTED,
        S.AWAITING_PAYMENT,
    }
    assert not any(is_open(s) and is_resolved(s) for s in DossierStatus)


def test_every_status_is_reachable_from_an_initial_status() -> None:
    reached = set(INITIAL_STATUSES)
    frontier = list(reached)
    while frontier:
        for target in ALLOWED_TRANSITIONS[frontier.pop()]:
            if target not in reached:
                reached.add(target)
                frontier.append(target)
    assert reached == set(DossierStatus)


def test_channels_and_online_levels() -> None:
    assert [int(c) for c in Channel] == [1, 2, 3]
    assert Channel.IN_PERSON.label_vi == "Trực tiếp"
    assert Channel.ONLINE.label_vi == "Trực tuyến"
    assert "bưu chính" in Channel.POST.label_vi
    assert OnlineLevel.FULL.label_vi == "Toàn trình"
    assert OnlineLevel.PARTIAL.label_vi == "Một phần"
