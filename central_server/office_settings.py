"""Office settings pushed by offices (``office_setting`` ops), and the rules they set centrally.

An office queues the parsed value of each setting the centre counts by
(``motcua_core.payloads.SYNCED_OFFICE_SETTINGS``) when it is set; the op's id is
``office_setting_id(unit code, key)``, so an office holds one row per key and the newest op (by the
office's ``seq``) wins. Form II.06a and the service index count each office by its own
``report_withdrawn_as_resolved`` (``withdrawn_rules``), unless the operator overrides it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from central_server.models import CentralOfficeSetting, utc_now
from motcua_core.payloads import OfficeSettingPayload, office_setting_id
from motcua_core.protocol import PushOp

WITHDRAWN_KEY = "report_withdrawn_as_resolved"
Outcome = tuple[str, str | None]


def apply_office_setting(context: Any, op: PushOp, data: OfficeSettingPayload) -> Outcome:
    """Store the office's setting (the newest op wins); an id not the office's is rejected.

    ``context`` is the batch's ``projections.BatchContext`` (which registers this handler).
    """
    if data.id != office_setting_id(context.office.unit_code, data.key):
        return "rejected", "the setting id is not this office's id for the key"
    row = context.get(CentralOfficeSetting, data.id)
    if row is None:
        row = context.new(
            CentralOfficeSetting, id=data.id, office_id=context.office.id, last_office_seq=0
        )
    elif op.seq < row.last_office_seq:
        return "applied", "older than the state held centrally: kept the newer"
    row.key, row.value, row.last_office_seq, row.updated_at = (
        data.key,
        data.value,
        op.seq,
        utc_now(),
    )
    return "applied", None


def synced_values(session: Session, office_ids: Iterable[uuid.UUID], key: str) -> dict:
    """``office id → value`` of ``key`` for the offices that synced one."""
    rows = session.execute(
        select(CentralOfficeSetting.office_id, CentralOfficeSetting.value).where(
            CentralOfficeSetting.office_id.in_(list(office_ids)), CentralOfficeSetting.key == key
        )
    )
    return {office_id: value for office_id, value in rows}


def withdrawn_rules(
    session: Session, office_ids: list[uuid.UUID], default: bool
) -> dict[uuid.UUID, bool]:
    """Each office's ``report_withdrawn_as_resolved`` as it synced it (``default`` if never)."""
    synced = synced_values(session, office_ids, WITHDRAWN_KEY)
    return {office_id: bool(synced.get(office_id, default)) for office_id in office_ids}
