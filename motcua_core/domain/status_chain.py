"""The status a dossier had after its last moment of events: the end of that moment's chain.

One transaction can write several status events at the same moment (in progress → result
ready → returned). Ordering by the moment alone then leaves the status arbitrary, so both the
office and the centre gather the ``(from_status, to_status)`` steps of the dossier's latest
moment before a cut-off (their SQL aggregates them as text, ``"4>5,5>9"``)
and this rule picks the step whose ``to_status`` is not the ``from_status`` of another step at
that moment (the end of the chain). Should there be several ends, or none (a cycle), the highest
``to_status`` among the candidates wins, so the answer never depends on insertion order.
"""

from __future__ import annotations

from collections.abc import Sequence

#: Between the two statuses of a step, and between steps, in the aggregated text.
STEP_ARROW = ">"
STEP_SEPARATOR = ","

Step = tuple[int | None, int]


def chain_end(steps: Sequence[Step]) -> int | None:
    """The ``to_status`` at the end of the chain of ``steps`` (``None`` for no step)."""
    ends = [
        to
        for i, (_, to) in enumerate(steps)
        if not any(j != i and origin == to for j, (origin, _) in enumerate(steps))
    ]
    candidates = ends or [to for _, to in steps]
    return max(candidates, default=None)


def parse_steps(text: str | None) -> list[Step]:
    """The steps of ``"4>5,5>9"`` (an empty ``from`` is ``None``)."""
    steps: list[Step] = []
    for part in (text or "").split(STEP_SEPARATOR):
        origin, arrow, to = part.partition(STEP_ARROW)
        if arrow and to:
            steps.append((int(origin) if origin else None, int(to)))
    return steps


def status_of_steps(text: str | None) -> int | None:
    """The status after the steps aggregated as ``text`` (``None`` for none)."""
    return chain_end(parse_steps(text))
