"""Priority groups (nhóm ưu tiên): who may take a priority ticket, and their labels.

While an office has configured none, the national defaults apply; the first edit stores the
defaults, so that editing one group keeps the others. Every change is audited.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.services.audit import record_audit
from desktop_app.services.errors import ServiceError
from desktop_app.storage.models import QueuePriorityGroup

DEFAULT_PRIORITY_GROUPS = (
    ("elderly", "Người cao tuổi"),
    ("disability", "Người khuyết tật"),
    ("pregnant", "Phụ nữ mang thai"),
    ("small_child", "Người đi cùng trẻ nhỏ"),
    ("meritorious", "Người có công với cách mạng"),
)
_GROUP_RE = re.compile(r"^[a-z0-9_]{1,40}$")


@dataclass(frozen=True)
class PriorityGroupInfo:
    code: str
    label: str
    sort_order: int
    active: bool

    @classmethod
    def of(cls, row: QueuePriorityGroup) -> PriorityGroupInfo:
        return cls(row.code, row.label, row.sort_order, bool(row.active))


def _default_groups() -> list[PriorityGroupInfo]:
    return [
        PriorityGroupInfo(code, label, index + 1, True)
        for index, (code, label) in enumerate(DEFAULT_PRIORITY_GROUPS)
    ]


def _stored_groups(session: Session, office_id: uuid.UUID) -> Sequence[QueuePriorityGroup]:
    return session.scalars(
        select(QueuePriorityGroup)
        .where(QueuePriorityGroup.office_id == office_id)
        .order_by(QueuePriorityGroup.sort_order, QueuePriorityGroup.code)
    ).all()


def effective_priority_groups(
    session: Session, office_id: uuid.UUID, *, active_only: bool = True
) -> list[PriorityGroupInfo]:
    """The office's priority groups; the national defaults while none are configured."""
    rows = _stored_groups(session, office_id)
    if not rows:
        return _default_groups()
    groups = [PriorityGroupInfo.of(r) for r in rows]
    return [g for g in groups if g.active or not active_only]


def priority_labels(session: Session, office_id: uuid.UUID) -> dict[str, str]:
    """The label of each active priority group, by code."""
    return {g.code: g.label for g in effective_priority_groups(session, office_id)}


def _group_row(office_id: uuid.UUID, code: str, label: str, sort_order: int) -> QueuePriorityGroup:
    return QueuePriorityGroup(
        id=uuid.uuid4(),
        office_id=office_id,
        code=code,
        label=label,
        sort_order=sort_order,
        active=True,
    )


def _has_stored_groups(session: Session, office_id: uuid.UUID) -> bool:
    first = session.scalars(
        select(QueuePriorityGroup.id).where(QueuePriorityGroup.office_id == office_id)
    ).first()
    return first is not None


def _materialise_defaults(session: Session, office_id: uuid.UUID) -> None:
    """Store the default groups before the first edit, so that editing one keeps the others."""
    if _has_stored_groups(session, office_id):
        return
    for index, (code, label) in enumerate(DEFAULT_PRIORITY_GROUPS):
        session.add(_group_row(office_id, code, label, index + 1))
    session.flush()


def _stored_group(session: Session, office_id: uuid.UUID, code: str) -> QueuePriorityGroup | None:
    return session.scalars(
        select(QueuePriorityGroup).where(
            QueuePriorityGroup.office_id == office_id, QueuePriorityGroup.code == code
        )
    ).one_or_none()


def _next_sort_order(session: Session, office_id: uuid.UUID) -> int:
    count = session.scalar(select(func.count()).where(QueuePriorityGroup.office_id == office_id))
    return int(count or 0) + 1


def _new_group(
    session: Session, office_id: uuid.UUID, code: str, label: str | None
) -> QueuePriorityGroup:
    """A new group, placed after the office's others (it needs a label)."""
    if not label:
        raise ServiceError("a new priority group needs a label", "Nhóm mới cần có tên.")
    row = _group_row(office_id, code, label, _next_sort_order(session, office_id))
    session.add(row)
    return row


def _apply_group_changes(
    row: QueuePriorityGroup, label: str | None, sort_order: int | None, active: bool | None
) -> None:
    """Set what was given: a non-empty label, a place in the order, (de)activation."""
    if label:
        row.label = label
    if sort_order is not None:
        row.sort_order = sort_order
    if active is not None:
        row.active = active


def set_priority_group(
    session: Session,
    office_id: uuid.UUID,
    code: str,
    *,
    label: str | None = None,
    sort_order: int | None = None,
    active: bool | None = None,
    actor_id: uuid.UUID | None = None,
    at: datetime | None = None,
) -> PriorityGroupInfo:
    """Add a priority group (a label is needed) or change one; the change is audited.

    Raises:
        ServiceError: a bad code, or a new group without a label.
    """
    if not _GROUP_RE.match(code):
        raise ServiceError("a group code is lower-case letters, digits and _", "Mã nhóm sai.")
    _materialise_defaults(session, office_id)
    row = _stored_group(session, office_id, code)
    if row is None:
        row = _new_group(session, office_id, code, label)
    _apply_group_changes(row, label, sort_order, active)
    session.flush()
    record_audit(session, "priority_group_saved", "priority_group", code, staff_id=actor_id, at=at)
    return PriorityGroupInfo.of(row)
