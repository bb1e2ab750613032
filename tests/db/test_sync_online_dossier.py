"""A dossier submitted online and pulled through the sync inbox, on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from desktop_app.services.dossiers.lookup import search_dossiers
from desktop_app.storage.models import Dossier
from desktop_app.sync.inbox import apply_page
from motcua_core.domain.dossier_code import format_dossier_code
from motcua_core.domain.lifecycle import DossierStatus
from motcua_core.protocol import Change, PullPage

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


def _pull_online_dossier(context, office, now: datetime, full_name: str) -> str:  # type: ignore[no-untyped-def]
    code = format_dossier_code(office.code, date(2026, 11, 26), 901)
    dossier_id = str(uuid.uuid4())
    change = Change(
        seq=1,
        kind="dossier",
        entity_id=dossier_id,
        operation="insert",
        payload={
            "id": dossier_id,
            "code": code,
            "procedure_code": "2.000815",
            "applicant": {"id": str(uuid.uuid4()), "full_name": full_name},
            "channel": 2,
            "status": 1,
            "received_at": now.isoformat(),
            "due_at": (now + timedelta(days=3)).isoformat(),
        },
    )
    with context.session() as session:
        apply_page(session, PullPage(epoch="e1", changes=[change], next_cursor=1, has_more=False))
    return code


def _found_codes(context, text: str, now: datetime) -> list[str]:  # type: ignore[no-untyped-def]
    with context.session(read_only=True) as session:
        page = search_dossiers(session, text, now=now, tz=HANOI)
    return [item.code for item in page.items]


def test_a_pulled_online_dossier_is_found_by_a_word_inside_the_name(context, office, now):
    code = _pull_online_dossier(context, office, now, "Trần Thị Minh Khai")
    assert _found_codes(context, "Trần", now) == [code]  # the start of the name
    assert _found_codes(context, "minh", now) == [code]  # a middle word
    assert _found_codes(context, "Khai", now) == [code]  # the last word


def test_a_status_change_from_the_centre_sets_the_moments_of_the_one_rule(context, office, now):
    code = _pull_online_dossier(context, office, now, "Lê Văn Bình")
    with context.session(read_only=True) as session:
        dossier = session.query(Dossier).filter_by(code=code).one()
        dossier_id = dossier.id
    finished, returned = now + timedelta(hours=2), now + timedelta(hours=5)
    steps = [(2, now), (4, now), (9, finished), (10, returned)]
    changes = [
        Change(
            seq=2 + index,
            kind="dossier_event",
            entity_id=str(uuid.uuid4()),
            operation="insert",
            payload={
                "id": str(uuid.uuid4()),
                "dossier_id": str(dossier_id),
                "at": at.isoformat(),
                "to_status": status,
                "note": "",
            },
        )  # fmt: skip
        for index, (status, at) in enumerate(steps)
    ]
    with context.session() as session:
        apply_page(session, PullPage(epoch="e1", changes=changes, next_cursor=5, has_more=False))
    with context.session(read_only=True) as session:
        dossier = session.get(Dossier, dossier_id)
        assert DossierStatus(dossier.status) is DossierStatus.RETURNED
        assert (dossier.finished_at, dossier.returned_at) == (finished, returned)
