"""The queue in a period: tickets issued, served and missed, waiting and service times.

Grouped three ways (service area, counter, officer); times are minutes, as the median and the
90th percentile, rounded to one decimal.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.reports.scope import Period
from desktop_app.storage.models import QueueTicket, ServiceArea, Staff
from motcua_core.domain.ticket_state import TicketState

#: The groupings of the queue figures, in the order reports show them.
QUEUE_GROUPINGS = ("area", "counter", "officer")

_GroupKey = tuple[str, str]


@dataclass(frozen=True)
class DurationFigures:
    """Minutes: median and 90th percentile of waiting and service times."""

    key: str
    label: str
    issued: int
    served: int
    no_shows: int
    wait_median: float | None
    wait_p90: float | None
    service_median: float | None
    service_p90: float | None


def queue_figures(session: Session, period: Period) -> dict[str, tuple[DurationFigures, ...]]:
    """The tickets of the period's local days, per grouping of ``QUEUE_GROUPINGS``, by key."""
    groups: dict[str, dict[_GroupKey, list[Any]]] = {
        name: defaultdict(list) for name in QUEUE_GROUPINGS
    }
    for ticket, area_code, area_name, username, full_name in _ticket_rows(session, period):
        for name, key in _group_keys(ticket, (area_code, area_name), (username, full_name)):
            groups[name][key].append(ticket)
    return {
        name: tuple(
            _durations(key, label, tickets) for (key, label), tickets in sorted(rows.items())
        )
        for name, rows in groups.items()
    }


def _ticket_rows(session: Session, period: Period) -> Any:
    """Each ticket with its area's code and name and its officer's username and name."""
    query = (
        select(QueueTicket, ServiceArea.code, ServiceArea.name, Staff.username, Staff.full_name)
        .join(ServiceArea, ServiceArea.id == QueueTicket.area_id)
        .outerjoin(Staff, Staff.id == QueueTicket.staff_id)
        .where(QueueTicket.local_day >= period.start, QueueTicket.local_day <= period.end)
    )
    return session.execute(query)


def _group_keys(
    ticket: Any, area: _GroupKey, officer: tuple[str | None, str | None]
) -> list[tuple[str, _GroupKey]]:
    """The (grouping, (key, label)) a ticket counts in: its area, its counter, its officer.

    ``officer`` is (username, full name), both None when nobody served the ticket.
    """
    keys: list[tuple[str, _GroupKey]] = [("area", area)]
    if ticket.counter_number is not None:
        number = str(ticket.counter_number)
        keys.append(("counter", (number, f"Quầy {number}")))
    username, full_name = officer
    if username:
        keys.append(("officer", (username, full_name or "")))
    return keys


def _durations(key: str, label: str, tickets: Iterable[Any]) -> DurationFigures:
    tickets = list(tickets)
    waits = [m for t in tickets if (m := _minutes(t.called_at, t.arrival_at)) is not None]
    services = [
        m
        for t in tickets
        if t.status == TicketState.DONE
        and (m := _minutes(t.finished_at, t.serving_at or t.called_at)) is not None
    ]
    return DurationFigures(
        key=key,
        label=label,
        issued=len(tickets),
        served=sum(1 for t in tickets if t.status == TicketState.DONE),
        no_shows=sum(1 for t in tickets if t.status == TicketState.NO_SHOW),
        wait_median=_median(waits),
        wait_p90=_percentile(waits, 0.9),
        service_median=_median(services),
        service_p90=_percentile(services, 0.9),
    )


def _minutes(later: datetime | None, earlier: datetime | None) -> float | None:
    if later is None or earlier is None:
        return None
    return max(0.0, (later - earlier).total_seconds() / 60)


def _percentile(values: list[float], share: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, int(round(share * (len(ordered) - 1)))))
    return round(ordered[index], 1)


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 1) if values else None
