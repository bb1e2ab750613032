"""Dossier statuses, reception channels and the allowed moves between statuses.

Status numbers are the national public-service portal's codes, which provincial systems
exchange; keep them unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum, StrEnum
from types import MappingProxyType

from motcua_core.domain.errors import IllegalTransition


class DossierStatus(IntEnum):
    """Status of a dossier (trạng thái hồ sơ), numbered as on the national portal."""

    NEW = 1
    RECEIVED = 2
    REFUSED = 3
    IN_PROGRESS = 4
    SUPPLEMENT_REQUESTED = 5
    AWAITING_PAYMENT = 6
    WITHDRAWN = 7
    STOPPED = 8
    RESULT_READY = 9
    RETURNED = 10

    @property
    def label_vi(self) -> str:
        """Vietnamese name shown in the GUI and on printed forms."""
        return _STATUS_LABELS_VI[self]


_STATUS_LABELS_VI: Mapping[DossierStatus, str] = MappingProxyType(
    {
        DossierStatus.NEW: "Mới đăng ký",
        DossierStatus.RECEIVED: "Đã tiếp nhận",
        DossierStatus.REFUSED: "Từ chối tiếp nhận",
        DossierStatus.IN_PROGRESS: "Đang xử lý",
        DossierStatus.SUPPLEMENT_REQUESTED: "Yêu cầu bổ sung",
        DossierStatus.AWAITING_PAYMENT: "Chờ thực hiện nghĩa vụ tài chính",
        DossierStatus.WITHDRAWN: "Rút hồ sơ",
        DossierStatus.STOPPED: "Dừng xử lý",
        DossierStatus.RESULT_READY: "Đã có kết quả",
        DossierStatus.RETURNED: "Đã trả kết quả",
    }
)

_S = DossierStatus

#: Where a dossier may go from each status. Notes on the less obvious choices:
#:
#: * RECEIVED → RESULT_READY serves same-day procedures (certified copies) that skip the
#:   department hand-over.
#: * SUPPLEMENT_REQUESTED → RECEIVED is a dossier completed at the counter; → IN_PROGRESS
#:   is one completed while the department holds it.
#: * AWAITING_PAYMENT → STOPPED: the applicant never fulfils the financial obligation.
#: * STOPPED is terminal: the stop notice (Mẫu 05) is handed over as a document, the
#:   portal keeps the dossier at status 8 and no result is ever returned.
ALLOWED_TRANSITIONS: Mapping[DossierStatus, frozenset[DossierStatus]] = MappingProxyType(
    {
        _S.NEW: frozenset({_S.RECEIVED, _S.REFUSED, _S.WITHDRAWN}),
        _S.RECEIVED: frozenset(
            {
                _S.IN_PROGRESS,
                _S.SUPPLEMENT_REQUESTED,
                _S.AWAITING_PAYMENT,
                _S.WITHDRAWN,
                _S.STOPPED,
                _S.RESULT_READY,
            }
        ),
        _S.IN_PROGRESS: frozenset(
            {
                _S.SUPPLEMENT_REQUESTED,
                _S.AWAITING_PAYMENT,
                _S.STOPPED,
                _S.RESULT_READY,
                _S.WITHDRAWN,
            }
        ),
        _S.SUPPLEMENT_REQUESTED: frozenset({_S.IN_PROGRESS, _S.RECEIVED, _S.WITHDRAWN, _S.STOPPED}),
        _S.AWAITING_PAYMENT: frozenset({_S.IN_PROGRESS, _S.RESULT_READY, _S.WITHDRAWN, _S.STOPPED}),
        _S.RESULT_READY: frozenset({_S.RETURNED}),
        _S.REFUSED: frozenset(),
        _S.WITHDRAWN: frozenset(),
        _S.STOPPED: frozenset(),
        _S.RETURNED: frozenset(),
    }
)

#: Statuses a dossier may be created in: NEW for online and postal submissions, RECEIVED
#: for in-person reception, REFUSED when the counter refuses it on the spot (Mẫu 03) and
#: the refusal is recorded in the register.
INITIAL_STATUSES: frozenset[DossierStatus] = frozenset({_S.NEW, _S.RECEIVED, _S.REFUSED})

#: Statuses whose legal clock is stopped (the supplement pause).
CLOCK_PAUSED_STATUSES: frozenset[DossierStatus] = frozenset({_S.SUPPLEMENT_REQUESTED})

#: Resolved for the timeliness reports: the result exists, whether or not handed over.
RESOLVED_STATUSES: frozenset[DossierStatus] = frozenset({_S.RESULT_READY, _S.RETURNED})


def can_transition(current: DossierStatus, target: DossierStatus) -> bool:
    """Tell whether a dossier in ``current`` may move to ``target``."""
    return target in ALLOWED_TRANSITIONS[current]


def check_transition(current: DossierStatus, target: DossierStatus) -> None:
    """Check a status change.

    Raises:
        IllegalTransition: The move is not allowed; the message names both statuses.
    """
    if not can_transition(current, target):
        raise IllegalTransition(current, target)


def is_terminal(status: DossierStatus) -> bool:
    """Tell whether no further status change is possible."""
    return not ALLOWED_TRANSITIONS[status]


def is_resolved(status: DossierStatus) -> bool:
    """Tell whether the dossier counts as resolved in timeliness reports.

    RESULT_READY and RETURNED count: the office met (or missed) its limit when the
    result came out, not when the citizen collected it.
    """
    return status in RESOLVED_STATUSES


def is_open(status: DossierStatus) -> bool:
    """Tell whether the dossier is still pending (neither resolved nor closed otherwise).

    Refused, withdrawn and stopped dossiers are neither open nor resolved; reports leave
    them out of the timeliness counts.
    """
    return not is_terminal(status) and not is_resolved(status)


class Channel(IntEnum):
    """How the dossier was submitted (kênh thực hiện), numbered as on the national portal."""

    IN_PERSON = 1
    ONLINE = 2
    POST = 3

    @property
    def label_vi(self) -> str:
        """Vietnamese name shown in the GUI and on printed forms."""
        return _CHANNEL_LABELS_VI[self]


_CHANNEL_LABELS_VI: Mapping[Channel, str] = MappingProxyType(
    {
        Channel.IN_PERSON: "Trực tiếp",
        Channel.ONLINE: "Trực tuyến",
        Channel.POST: "Qua dịch vụ bưu chính công ích",
    }
)


class OnlineLevel(StrEnum):
    """How much of an online procedure happens online."""

    FULL = "full"
    PARTIAL = "partial"

    @property
    def label_vi(self) -> str:
        """Vietnamese name shown in the GUI."""
        return "Toàn trình" if self is OnlineLevel.FULL else "Một phần"
