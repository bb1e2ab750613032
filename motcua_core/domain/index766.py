"""The service index of Decision 766/QĐ-TTg: the parts an office's own data can show.

The index scores an office out of 100 in six groups. This module holds the one rule every
report (office CLI, dashboard, exports, the central server) uses:

- each measured indicator has a value, a fraction 0–1 rounded to four decimals (halves up);
- its points follow the threshold rule: at or above the threshold ``T`` full points, below it
  ``value × maximum / T`` (``T`` = 100% where the decision gives none, i.e. linear), rounded
  to two decimals; points are computed from the rounded value, so anyone can recompute them
  from the printed value;
- an indicator whose denominator is zero (nothing was due: no dossier handled, no dossier of a
  fully online procedure, no result issued) has no value and **full points**, as provincial
  systems show an office that had nothing to do; the report's notes name those indicators;
- the parts that need national systems (publicity, payment, the rest of online services,
  digitisation and satisfaction) are listed with their maxima as not measured, never as points.

Counts come in as ``IndexFacts``; the office computes them from its database, the centre from
what offices pushed, both with the form II.06a columns for timeliness and lateness.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

FULL = Decimal(1)
VALUE_STEP = Decimal("0.0001")
POINTS_STEP = Decimal("0.01")

#: Note printed when indicators had nothing to measure (see the module docstring).
NOTE_NOTHING_DUE = (
    "Chỉ tiêu không có hồ sơ để tính (mẫu số bằng 0) được tính đủ điểm, như hệ thống "
    "của tỉnh: {names}."
)
NOTE_NOT_MEASURED = (
    "Các chỉ tiêu cần dữ liệu của hệ thống quốc gia (công khai, thanh toán trực tuyến, "
    "phần còn lại của dịch vụ trực tuyến, số hóa và mức độ hài lòng) không tính tại đơn vị."
)


def rounded_value(part: int, whole: int) -> Decimal | None:
    """``part / whole`` rounded to four decimals (halves up); None when ``whole`` is 0."""
    if whole <= 0:
        return None
    return (Decimal(part) / Decimal(whole)).quantize(VALUE_STEP, ROUND_HALF_UP)


def threshold_points(value: Decimal | None, maximum: Decimal, threshold: Decimal = FULL) -> Decimal:
    """Points of one indicator: full at or above ``threshold``, else ``value × max / T``.

    ``value`` None (nothing was due) earns full points. Values above 1 or below 0 are clamped.
    """
    if value is None or value >= threshold:
        return maximum
    value = max(value, Decimal(0))
    return (value * maximum / threshold).quantize(POINTS_STEP, ROUND_HALF_UP)


@dataclass(frozen=True)
class IndexFacts:
    """The counts the index is computed from, over one period.

    The first four are form II.06a columns: ``handled`` is (3), ``before_due`` (8),
    ``on_time`` (9), ``within_limit`` (12); ``late`` is (10) + (13).
    """

    handled: int = 0
    before_due: int = 0
    on_time: int = 0
    within_limit: int = 0
    late: int = 0
    resolution_days_total: float = 0.0
    resolved_count: int = 0
    full_online_dossiers: int = 0
    full_online_received_online: int = 0
    results_issued: int = 0
    electronic_results: int = 0
    received: int = 0
    digitised: int = 0
    attachments: int = 0
    reused: int = 0
    ratings: int = 0
    dissatisfied: int = 0

    def __add__(self, other: IndexFacts) -> IndexFacts:
        """Facts of two offices (or periods) together: every count summed."""
        names = self.__dataclass_fields__
        return IndexFacts(**{n: getattr(self, n) + getattr(other, n) for n in names})


def columns_facts(columns: Mapping[str, int]) -> dict[str, int]:
    """The index's timeliness counts from form II.06a's columns: (3), (8), (9), (12) and
    (10) + (13) as ``late``."""
    return {
        "handled": columns.get("3", 0),
        "before_due": columns.get("8", 0),
        "on_time": columns.get("9", 0),
        "within_limit": columns.get("12", 0),
        "late": columns.get("10", 0) + columns.get("13", 0),
    }


@dataclass(frozen=True)
class Indicator:
    key: str
    name: str
    value: Decimal | None
    threshold: Decimal | None
    points: Decimal | None
    maximum: Decimal
    measured: bool = True
    unit: str = "fraction"

    @property
    def nothing_due(self) -> bool:
        """Measured, scored, but with a zero denominator."""
        return self.measured and self.value is None and self.maximum > 0


@dataclass(frozen=True)
class IndexGroup:
    key: str
    name: str
    maximum: Decimal
    indicators: tuple[Indicator, ...]

    @property
    def points(self) -> Decimal:
        return sum((i.points for i in self.indicators if i.points is not None), Decimal(0))

    @property
    def max_measured(self) -> Decimal:
        return sum((i.maximum for i in self.indicators if i.measured), Decimal(0))


@dataclass(frozen=True)
class NotMeasuredGroup:
    key: str
    name: str
    maximum: Decimal


@dataclass(frozen=True)
class ServiceIndex:
    groups: tuple[IndexGroup, ...]
    not_measured: tuple[NotMeasuredGroup, ...]

    @property
    def points(self) -> Decimal:
        return sum((g.points for g in self.groups), Decimal(0))

    @property
    def max_measured(self) -> Decimal:
        return sum((g.max_measured for g in self.groups), Decimal(0))

    @property
    def maximum(self) -> Decimal:
        return sum((g.maximum for g in self.groups), Decimal(0)) + sum(
            (g.maximum for g in self.not_measured), Decimal(0)
        )

    def group(self, key: str) -> IndexGroup:
        return next(g for g in self.groups if g.key == key)

    @property
    def notes(self) -> tuple[str, ...]:
        """Why some indicators have full points without a value; what is not measured."""
        empty = [i.name for g in self.groups for i in g.indicators if i.nothing_due]
        first = (NOTE_NOTHING_DUE.format(names="; ".join(empty)),) if empty else ()
        return (*first, NOTE_NOT_MEASURED)


def _scored(key: str, name: str, part: int, whole: int, maximum: int, threshold: str) -> Indicator:
    value = rounded_value(part, whole)
    t, m = Decimal(threshold), Decimal(maximum)
    return Indicator(key, name, value, t, threshold_points(value, m, t), m)


def _not_measured(key: str, name: str, maximum: int) -> Indicator:
    return Indicator(key, name, None, None, None, Decimal(maximum), measured=False)


def _average_days(facts: IndexFacts) -> Indicator:
    """Average resolution time in days: tracked beside timeliness, worth no points."""
    value = None
    if facts.resolved_count:
        days = Decimal(str(facts.resolution_days_total)) / facts.resolved_count
        value = days.quantize(POINTS_STEP, ROUND_HALF_UP)
    name = "Thời gian giải quyết trung bình (ngày), theo dõi, không tính điểm"
    return Indicator("average_resolution_days", name, value, None, None, Decimal(0), unit="days")


def timeliness_group(facts: IndexFacts) -> IndexGroup:
    """Timeliness, 20 of 20: ((8) + (9) + (12)) / (3), linear."""
    good = facts.before_due + facts.on_time + facts.within_limit
    name = "Hồ sơ giải quyết trước hạn, đúng hạn và đang giải quyết trong hạn"
    return IndexGroup(
        "timeliness",
        "Tiến độ giải quyết",
        Decimal(20),
        (_scored("on_time_share", name, good, facts.handled, 20, "1"), _average_days(facts)),
    )


def online_group(facts: IndexFacts) -> IndexGroup:
    """Online services, 6 of 12 measured: online share among fully online procedures, T 50%."""
    name = "Tỷ lệ hồ sơ trực tuyến của thủ tục cung cấp dịch vụ trực tuyến toàn trình"
    share = _scored(
        "online_share",
        name,
        facts.full_online_received_online,
        facts.full_online_dossiers,
        6,
        "0.5",
    )
    other = _not_measured("online_other", "Các chỉ tiêu khác về dịch vụ trực tuyến", 6)
    return IndexGroup("online", "Cung cấp dịch vụ trực tuyến", Decimal(12), (share, other))


def digitisation_group(facts: IndexFacts) -> IndexGroup:
    """Digitisation, 12 of 22 measured: electronic results, digitised dossiers, reuse."""
    indicators = (
        _scored(
            "electronic_results",
            "Tỷ lệ cấp kết quả giải quyết điện tử",
            facts.electronic_results,
            facts.results_issued,
            6,
            "1",
        ),
        _scored(
            "digitised_dossiers",
            "Tỷ lệ số hóa hồ sơ",
            facts.digitised,
            facts.received,
            4,
            "0.8",
        ),
        _scored(
            "reuse",
            "Tỷ lệ khai thác, sử dụng lại dữ liệu đã số hóa",
            facts.reused,
            facts.attachments,
            2,
            "0.8",
        ),
        _not_measured("digitisation_other", "Các chỉ tiêu khác về số hóa", 10),
    )
    return IndexGroup("digitisation", "Số hóa hồ sơ, kết quả", Decimal(22), indicators)


def satisfaction_value(facts: IndexFacts) -> Decimal | None:
    """100% − (late share + dissatisfied share), each rounded to four decimals, never below 0.

    With no rating the dissatisfied share is 0; with nothing handled the late share is 0; with
    neither there is nothing to measure (None).
    """
    late = rounded_value(facts.late, facts.handled)
    unhappy = rounded_value(facts.dissatisfied, facts.ratings)
    if late is None and unhappy is None:
        return None
    return max(FULL - (late or 0) - (unhappy or 0), Decimal(0))


def satisfaction_group(facts: IndexFacts) -> IndexGroup:
    """Satisfaction, 6 of 18 measured: 100% − (late share + dissatisfied share), T 90%."""
    value, t, m = satisfaction_value(facts), Decimal("0.9"), Decimal(6)
    name = "Mức độ hài lòng: 100% trừ (tỷ lệ hồ sơ quá hạn + tỷ lệ đánh giá không hài lòng)"
    measured = Indicator("satisfaction", name, value, t, threshold_points(value, m, t), m)
    other = _not_measured("satisfaction_other", "Các chỉ tiêu khác về mức độ hài lòng", 12)
    return IndexGroup("satisfaction", "Mức độ hài lòng", Decimal(18), (measured, other))


NOT_MEASURED_GROUPS = (
    NotMeasuredGroup("publicity", "Công khai, minh bạch", Decimal(18)),
    NotMeasuredGroup("payment", "Thanh toán trực tuyến", Decimal(10)),
)


def service_index(facts: IndexFacts) -> ServiceIndex:
    """The index of one office (or the sum of several offices' facts) over one period."""
    groups = (
        timeliness_group(facts),
        online_group(facts),
        digitisation_group(facts),
        satisfaction_group(facts),
    )
    return ServiceIndex(groups, NOT_MEASURED_GROUPS)


def _number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _indicator_dict(i: Indicator) -> dict[str, object]:
    data: dict[str, object] = {
        "key": i.key,
        "name": i.name,
        "value": _number(i.value),
        "threshold": _number(i.threshold),
        "points": _number(i.points),
        "max": float(i.maximum),
        "measured": i.measured,
    }
    if i.unit != "fraction":
        data["unit"] = i.unit
    return data


def _group_dict(g: IndexGroup) -> dict[str, object]:
    return {
        "key": g.key,
        "name": g.name,
        "points": float(g.points),
        "max": float(g.maximum),
        "max_measured": float(g.max_measured),
        "indicators": [_indicator_dict(i) for i in g.indicators],
    }


def index_as_dict(index: ServiceIndex, start: str, end: str) -> dict[str, object]:
    """The report's JSON: ``from``, ``to``, ``groups``, ``total``, plus what is not measured."""
    return {
        "from": start,
        "to": end,
        "groups": [_group_dict(g) for g in index.groups],
        "not_measured": [
            {"key": g.key, "name": g.name, "max": float(g.maximum), "measured": False}
            for g in index.not_measured
        ],
        "total": {
            "points": float(index.points),
            "max_measured": float(index.max_measured),
            "max": float(index.maximum),
        },
        "notes": list(index.notes),
    }


#: Column headings of the index printed as a table (XLSX sheets, the PDF, the dashboard).
TABLE_HEADINGS = ("Nhóm / chỉ tiêu", "Giá trị", "Ngưỡng", "Điểm", "Điểm tối đa", "Đo tại đơn vị")


def index_rows(index: ServiceIndex) -> list[dict[str, object]]:
    """The index as table rows: ``group`` (a heading?), ``name``, ``value``, ``threshold``,
    ``points``, ``max``, ``measured``, ``unit`` (``fraction`` or ``days``).

    Groups come first with their points over their maximum, then their indicators; the groups
    not measured here close the table.
    """
    rows: list[dict[str, object]] = []
    for g in index.groups:
        rows.append(_row(True, g.name, None, None, g.points, g.maximum, True))
        rows.extend(
            _row(False, i.name, i.value, i.threshold, i.points, i.maximum, i.measured, i.unit)
            for i in g.indicators
        )
    rows.extend(_row(True, n.name, None, None, None, n.maximum, False) for n in index.not_measured)
    return rows


def _row(
    group: bool,
    name: str,
    value: Decimal | None,
    threshold: Decimal | None,
    points: Decimal | None,
    maximum: Decimal,
    measured: bool,
    unit: str = "fraction",
) -> dict[str, object]:
    return {
        "group": group,
        "name": name,
        "value": _number(value),
        "threshold": _number(threshold),
        "points": _number(points),
        "max": float(maximum),
        "measured": measured,
        "unit": unit,
    }
