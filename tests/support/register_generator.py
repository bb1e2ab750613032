"""Generates registers (CSV) with known figures, for report and import tests.

``half_year_register`` reproduces the published half-year of a Hà Nội ward (first half of
2020): 2,401 citizen visits with 5,554 dossiers, 3,882 resolved before the due date and 1,672
on it, several dossiers per visit.
"""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

COLUMNS = [
    "code",
    "procedure_code",
    "applicant_name",
    "id_number",
    "phone",
    "address",
    "channel",
    "received_at",
    "due_at",
    "finished_at",
    "returned_at",
    "status",
    "visit_id",
]
PROCEDURES = ["1.001193", "1.004873", "2.000815", "2.000884", "2.001019", "1.004222"]
NAMES = [
    "Nguyễn Thị Hồng Nhung",
    "Trần Văn Đức",
    "Lê Thị Ánh",
    "Phạm Quốc Việt",
    "Hoàng Minh Châu",
    "Đặng Thu Hà",
    "Vũ Đức Long",
    "Bùi Ngọc Yến",
]


@dataclass(frozen=True)
class RegisterFigures:
    visits: int
    dossiers: int
    before_due: int
    on_time: int
    late: int


def _working_days(start: date, end: date) -> list[date]:
    days, day = [], start
    while day <= end:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def half_year_register(path: Path, unit_code: str, seed: int = 2020) -> RegisterFigures:
    """Write the register; returns the figures a correct report must give."""
    figures = RegisterFigures(visits=2401, dossiers=5554, before_due=3882, on_time=1672, late=0)
    rng = random.Random(seed)
    days = _working_days(date(2020, 1, 2), date(2020, 6, 26))
    outcomes = ["before"] * figures.before_due + ["on_time"] * figures.on_time
    rng.shuffle(outcomes)
    # Every visit brings at least one dossier; the rest are spread over the visits.
    visit_of = list(range(figures.visits)) + [
        rng.randrange(figures.visits) for _ in range(figures.dossiers - figures.visits)
    ]
    visit_day = {v: rng.choice(days) for v in range(figures.visits)}
    sequence: dict[date, int] = {}
    rows = []
    for index, visit in enumerate(sorted(visit_of)):
        day = visit_day[visit]
        sequence[day] = sequence.get(day, 0) + 1
        received = datetime.combine(day, time(8 + index % 8, 15))
        due = received + timedelta(days=3)
        if outcomes[index] == "before":
            finished = datetime.combine(due.date() - timedelta(days=1), time(16, 0))
        else:
            finished = datetime.combine(due.date(), time(16, 59))  # on the due date, late in it
        rows.append(
            [
                f"{unit_code}-{day:%y%m%d}-{sequence[day]:04d}",
                rng.choice(PROCEDURES),
                rng.choice(NAMES),
                "",
                "",
                "Phường Hàng Bạc, Hà Nội",
                "1",
                received.isoformat(),
                due.isoformat(),
                finished.isoformat(),
                (finished + timedelta(hours=1)).isoformat(),
                "10",
                f"V{visit:05d}",
            ]
        )
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    return figures
