"""The public status lookup: a dossier found by its code and its owner's last four ID characters.

The four characters are the end of the owner's ID document number (CCCD, CMND or passport;
letters compared case-insensitively) or, for a dossier whose owner gave none, the last four
digits of the phone. A wrong code and wrong characters give the same answer (nothing found),
and the answer names nobody: status and dates only.
"""

from __future__ import annotations

import hmac
import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from central_server.models import CentralDossier
from motcua_core.domain.lifecycle import RESOLVED_STATUSES, DossierStatus
from motcua_core.protocol import PublicDossierStatus

#: What ``id_last4`` looks like: four letters or digits.
ID_LAST4_PATTERN = r"^[0-9A-Za-z]{4}$"
MAX_CODE = 60


def owner_check(payload: dict[str, Any]) -> str | None:
    """The four characters that open the dossier described by ``payload``, upper-cased."""
    applicant = payload.get("applicant") or {}
    id_number = re.sub(r"\s", "", str(applicant.get("id_number") or ""))
    if id_number:
        return id_number[-4:].upper() if len(id_number) >= 4 else None
    digits = re.sub(r"\D", "", str(applicant.get("phone") or ""))
    return digits[-4:] if len(digits) >= 4 else None


def result_ready(status: int) -> bool:
    """Whether the dossier's result exists (ready to collect, or already handed over)."""
    return DossierStatus(status) in RESOLVED_STATUSES


def find_public_status(session: Session, code: str, id_last4: str) -> PublicDossierStatus | None:
    """The dossier's public status, or None when the code or the four characters are wrong."""
    wanted = code.strip().upper()
    if not wanted or len(wanted) > MAX_CODE or "\x00" in wanted:
        return None
    dossier = session.scalars(select(CentralDossier).where(CentralDossier.code == wanted)).first()
    expected = owner_check(dossier.payload) if dossier is not None else None
    given = id_last4.strip().upper().encode()
    if dossier is None or expected is None or not hmac.compare_digest(given, expected.encode()):
        return None
    return PublicDossierStatus(
        code=dossier.code,
        status=dossier.status,
        status_label=DossierStatus(dossier.status).label_vi,
        received_at=dossier.received_at,
        due_at=dossier.due_at,
        finished_at=dossier.finished_at,
        returned_at=dossier.returned_at,
    )
