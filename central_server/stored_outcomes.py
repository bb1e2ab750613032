"""What the centre answered before for the ops of a batch an office sends again.

Every push asks this for its whole batch, so the lookup must stay one probe of the primary key
(office, op id) per op whatever PostgreSQL's statistics say. A plain ``op_id IN (…)`` does not:
on a table not analysed yet (a new server, an office's first reconnect storm) the planner takes
the 200 listed ids for an unselective filter and reads every applied op of the office, a cost
that grows with each batch (measured: 3 ms a batch at 1,000 applied ops of the office, 66 ms at
10,000, once psycopg prepared the statement). On PostgreSQL the ids are therefore joined one by
one to the primary key (``unnest`` with a ``LATERAL`` probe, which its ``LIMIT`` keeps from
being flattened into a join the planner could turn into a scan). The primary key is the only
index that begins with the office (migration 0009 put ``outcome`` first in the other one), so
the probe cannot drift to an index of the office alone. SQLite plans ``IN`` on the key itself.
"""

from __future__ import annotations

import uuid

from sqlalchemy import bindparam, select, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session
from sqlalchemy.types import Uuid

from central_server.models import AppliedOp
from central_server.projections import Outcome

KEY_PROBES = text(
    "SELECT ids.op_id, stored.outcome, stored.reason"
    " FROM unnest(:ids) AS ids(op_id)"
    " CROSS JOIN LATERAL (SELECT outcome, reason FROM applied_op"
    " WHERE office_id = :office_id AND op_id = ids.op_id LIMIT 1) AS stored"
).bindparams(bindparam("ids", type_=ARRAY(Uuid())), bindparam("office_id", type_=Uuid()))


def stored_outcomes(
    session: Session, office_id: uuid.UUID, ids: list[uuid.UUID]
) -> dict[uuid.UUID, Outcome]:
    """The outcome stored for each of ``ids`` the office already sent (the repeats)."""
    if not ids:
        return {}
    if session.get_bind().dialect.name == "postgresql":
        rows = session.execute(KEY_PROBES, {"ids": ids, "office_id": office_id})
    else:
        rows = session.execute(
            select(AppliedOp.op_id, AppliedOp.outcome, AppliedOp.reason).where(
                AppliedOp.office_id == office_id, AppliedOp.op_id.in_(ids)
            )
        )
    return {row.op_id: (row.outcome, row.reason) for row in rows}
