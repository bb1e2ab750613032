"""The citizen's rating of the service: the three levels offered and their Vietnamese labels.

The level values are stored in ``rating.level`` (check constraint ``level_known``), sent to
the central server and accepted by ``desktop-app process rate --rating``; keep them unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType


class RatingLevel(StrEnum):
    """The three answers offered to the citizen, best first."""

    VERY_SATISFIED = "very_satisfied"
    SATISFIED = "satisfied"
    DISSATISFIED = "dissatisfied"

    @property
    def label_vi(self) -> str:
        """The Vietnamese label shown on reports and in the audit log."""
        return LABELS_VI[self.value]


#: Vietnamese label of each level value, in the order the levels are offered.
LABELS_VI: Mapping[str, str] = MappingProxyType(
    {
        "very_satisfied": "Rất hài lòng",
        "satisfied": "Hài lòng",
        "dissatisfied": "Không hài lòng",
    }
)

#: The level values, best first (argument choices, report rows, the rating buttons).
LEVELS: tuple[str, ...] = tuple(level.value for level in RatingLevel)
