"""The burst detector on replayed timings: scanners, ordinary and fast typists, a stalled scan."""

from __future__ import annotations

import random

import pytest

from motcua_core.domain.scanner_burst import BurstDetector, Verdict

PAYLOAD = "001085012345|123456789|Nguyễn Thị Hồng Nhung|02031985|Nữ|Hà Nội|10072021"


def feed(text: str, gaps: list[float], *, enter_gap: float | None = None):
    """Give ``text`` key by key (``gaps[i]`` before key i), then Enter; settle like the window.

    Returns what reached the field as typed and the scans, in order.
    """
    detector = BurstDetector()
    now, typed, scans = 100.0, [], []

    def settle(outcome) -> None:
        if outcome.verdict is Verdict.SCANNED:
            scans.append(outcome.text)
        elif outcome.verdict is Verdict.REPLAY:
            typed.extend(outcome.keys)

    for char, gap in zip(text, gaps, strict=True):
        deadline = detector.expire_at()
        if deadline is not None and now + gap >= deadline:
            settle(detector.expire(deadline))  # the window's timer fires first
        now += gap
        outcome = detector.press(char, now)
        if outcome.verdict is not Verdict.HELD:
            settle(outcome)
            assert detector.press(char, now).verdict is Verdict.HELD
    if enter_gap is not None:
        outcome = detector.enter(now + enter_gap)
        settle(outcome)
        if outcome.verdict is Verdict.REPLAY:
            typed.append("\n")
    deadline = detector.expire_at()
    if deadline is not None:
        settle(detector.expire(deadline))
    return "".join(typed), scans


def gaps_between(low_ms: float, high_ms: float, count: int, seed: int = 7) -> list[float]:
    rng = random.Random(seed)
    return [rng.uniform(low_ms, high_ms) / 1000 for _ in range(count)]


@pytest.mark.parametrize("seed", range(5))
def test_a_scanner_at_2_to_8_ms_per_key_is_one_scan(seed):
    typed, scans = feed(PAYLOAD, gaps_between(2, 8, len(PAYLOAD), seed), enter_gap=0.004)
    assert (typed, scans) == ("", [PAYLOAD])


@pytest.mark.parametrize("low, high", [(60, 250), (30, 50), (21, 30)])
def test_typing_reaches_the_field_key_by_key(low, high):
    text = "nguyen van nam 0912345678"
    typed, scans = feed(text, gaps_between(low, high, len(text)), enter_gap=0.080)
    assert (typed, scans) == (text + "\n", [])


def test_a_scan_that_stalls_once_inside_is_still_one_scan():
    gaps = gaps_between(2, 8, len(PAYLOAD))
    gaps[30] = 0.070  # the computer was busy for a moment
    typed, scans = feed(PAYLOAD, gaps, enter_gap=0.003)
    assert (typed, scans) == ("", [PAYLOAD])


def test_a_scanner_without_the_enter_suffix_ends_by_silence():
    typed, scans = feed("000.00.31.H29-261126-0001", gaps_between(2, 8, 25))
    assert (typed, scans) == ("", ["000.00.31.H29-261126-0001"])


def test_a_short_fast_sequence_is_typed_through():
    typed, scans = feed("ab12", gaps_between(2, 8, 4), enter_gap=0.005)
    assert (typed, scans) == ("ab12\n", [])


def test_a_scan_right_after_typing_keeps_the_typing_and_the_scan_apart():
    text = "abc" + PAYLOAD
    gaps = gaps_between(80, 120, 3) + gaps_between(2, 8, len(PAYLOAD))
    gaps[3] = 0.150
    typed, scans = feed(text, gaps, enter_gap=0.004)
    assert (typed, scans) == ("abc", [PAYLOAD])


def test_a_key_without_text_ends_the_hold():
    detector = BurstDetector()
    assert detector.press("a", 1.0).verdict is Verdict.HELD
    outcome = detector.other_key()
    assert (outcome.verdict, outcome.keys) == (Verdict.REPLAY, ("a",))
    assert not detector.holding and detector.expire_at() is None


def test_expire_before_the_deadline_keeps_holding():
    detector = BurstDetector()
    detector.press("a", 1.0)
    assert detector.expire(1.010).verdict is Verdict.HELD
    assert detector.expire(1.021).keys == ("a",)
