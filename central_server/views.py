"""Pages people read: the public status lookup and district IT's office list."""

from __future__ import annotations

from html import escape
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import func, select

from central_server.api import SessionDep, require_operator
from central_server.models import AppliedOp, CentralDossier, CentralOffice, Device
from motcua_core.domain.lifecycle import DossierStatus
from motcua_core.protocol import PublicDossierStatus, mask_name

router = APIRouter()

_PAGE = """<!doctype html><html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>
<style>body{{font-family:"Noto Sans",sans-serif;margin:2em}}table{{border-collapse:collapse}}
td,th{{border:1px solid #bbb;padding:.3em .6em;text-align:left}}.bad{{color:#b00}}</style>
</head><body><h1>{title}</h1>{body}</body></html>"""


@router.get("/api/v1/public/dossiers/{code}", response_model=PublicDossierStatus, tags=["public"])
def public_status(code: str, session: SessionDep) -> PublicDossierStatus:
    """A dossier's status and dates by its code; the owner's name masked."""
    dossier = session.scalars(
        select(CentralDossier).where(CentralDossier.code == code.strip().upper())
    ).first()
    if dossier is None:
        raise HTTPException(404, "no dossier with that code")
    return PublicDossierStatus(
        code=dossier.code,
        status=dossier.status,
        status_label=DossierStatus(dossier.status).label_vi,
        received_at=dossier.received_at,
        due_at=dossier.due_at,
        finished_at=dossier.finished_at,
        returned_at=dossier.returned_at,
        owner_masked=mask_name(dossier.owner_name),
    )


@router.get("/tra-cuu", response_class=HTMLResponse, tags=["public"])
def public_lookup_page(
    session: SessionDep, code: Annotated[str, Query(max_length=60)] = ""
) -> HTMLResponse:
    """The public lookup form (Tra cứu hồ sơ) and its answer."""
    form = (
        f'<form method="get"><label>Mã hồ sơ <input name="code" value="{escape(code)}"></label> '
        "<button>Tra cứu</button></form>"
    )
    answer = ""
    if code:
        try:
            found = public_status(code, session)
        except HTTPException:
            answer = "<p class=bad>Không tìm thấy hồ sơ.</p>"
        else:
            rows = [
                ("Mã hồ sơ", found.code),
                ("Người nộp", found.owner_masked),
                ("Trạng thái", found.status_label),
                ("Ngày tiếp nhận", _date(found.received_at)),
                ("Hẹn trả", _date(found.due_at)),
                ("Ngày trả", _date(found.returned_at)),
            ]
            answer = _table(("", ""), rows)
    return HTMLResponse(_PAGE.format(title="Tra cứu hồ sơ", body=form + answer))


@router.get("/admin/offices", response_class=HTMLResponse, tags=["operators"])
def offices_page(request: Request, session: SessionDep) -> HTMLResponse:
    """District IT: every office, its last sync, ops waiting by its last report, rejections."""
    require_operator(request)
    rows = []
    for office, last_sync, waiting, skew in _office_rows(session):
        rejected = session.scalar(
            select(func.count())
            .select_from(AppliedOp)
            .where(AppliedOp.office_id == office.id, AppliedOp.outcome == "rejected")
        )
        rows.append(
            (
                office.unit_code,
                office.name,
                _date(last_sync, time=True),
                "" if waiting is None else str(waiting),
                str(rejected or 0),
                "" if skew is None else f"{skew:+.0f} s",
            )
        )
    head = ("Mã đơn vị", "Tên", "Đồng bộ lần cuối", "Thao tác chờ", "Bị từ chối", "Lệch giờ")
    return HTMLResponse(_PAGE.format(title="Đồng bộ các đơn vị", body=_table(head, rows)))


def _office_rows(session: SessionDep) -> list[tuple]:  # type: ignore[type-arg]
    last = (
        select(
            Device.office_id,
            func.max(Device.last_sync_at).label("last_sync"),
            func.sum(Device.ops_waiting).label("waiting"),
            func.max(Device.clock_skew_seconds).label("skew"),
        )
        .where(Device.revoked_at.is_(None))
        .group_by(Device.office_id)
        .subquery()
    )
    query = (
        select(CentralOffice, last.c.last_sync, last.c.waiting, last.c.skew)
        .outerjoin(last, last.c.office_id == CentralOffice.id)
        .order_by(CentralOffice.unit_code)
    )
    return [tuple(row) for row in session.execute(query)]


def _date(moment, time: bool = False) -> str:  # type: ignore[no-untyped-def]
    if moment is None:
        return ""
    from zoneinfo import ZoneInfo

    local = moment.astimezone(ZoneInfo("Asia/Ho_Chi_Minh"))
    return local.strftime("%d/%m/%Y %H:%M" if time else "%d/%m/%Y")


def _table(head: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    header = "".join(f"<th>{escape(h)}</th>" for h in head) if any(head) else ""
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(str(cell))}</td>" for cell in row) + "</tr>" for row in rows
    )
    return f"<table>{'<tr>' + header + '</tr>' if header else ''}{body}</table>"
