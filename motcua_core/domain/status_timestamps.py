"""Which moments a dossier's status change records: finished (result out) and returned.

One rule for every door a status change comes through: the counter and the department
(``services/dossiers/status``), a change made at the centre (``central_server/central_ops``)
and the same change applied at the office from the sync inbox.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from motcua_core.domain.lifecycle import DossierStatus, is_resolved


class Stamped(Protocol):
    """A dossier record with the two moments a status change may set."""

    finished_at: datetime | None
    returned_at: datetime | None


def status_timestamps(
    target: DossierStatus, at: datetime, finished_at: datetime | None
) -> dict[str, datetime]:
    """The moments a move to ``target`` at ``at`` sets, by column name.

    ``finished_at`` is set once, when the dossier first counts as resolved (the office met or
    missed its limit then, not when the citizen collects the result); ``returned_at`` is set
    whenever the result is handed back.
    """
    moments: dict[str, datetime] = {}
    if is_resolved(target) and finished_at is None:
        moments["finished_at"] = at
    if target == DossierStatus.RETURNED:
        moments["returned_at"] = at
    return moments


def stamp_status_change(dossier: Stamped, target: DossierStatus, at: datetime) -> None:
    """Set on ``dossier`` the moments a move to ``target`` at ``at`` records."""
    for column, moment in status_timestamps(target, at, dossier.finished_at).items():
        setattr(dossier, column, moment)
