"""Pages people read: the public status lookup and district IT's office list."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from html import escape
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import func, select

from central_server.api import SessionDep
from central_server.client_address import client_address
from central_server.error_responses import errors
from central_server.models import AppliedOp, CentralOffice, Device
from central_server.notify.summary import notification_section
from central_server.operator_auth import is_operator, sign_in_page
from central_server.pages import OFFICE_ZONE, local_date, page, table
from central_server.public_lookup import (
    ID_LAST4_PATTERN,
    MAX_CODE,
    find_public_status,
    result_ready,
)
from central_server.rate_limit import count_attempt
from motcua_core.domain.lookup_address import PUBLIC_LOOKUP_PATH
from motcua_core.protocol import PublicDossierStatus

router = APIRouter()
NOT_FOUND = "no dossier with that code and those characters"
TOO_MANY = "too many lookups from this address, try again later"
ID_LAST4_HELP = (
    "the last four characters of the owner's ID document (CCCD, CMND or passport; "
    "case-insensitive), or of the phone for a dossier without one"
)


class TooManyLookups(Exception):
    def __init__(self, retry_after: int) -> None:
        super().__init__(retry_after)
        self.retry_after = retry_after


def _count_lookup(request: Request) -> None:
    """One more lookup from this client address (raises ``TooManyLookups`` past the limit)."""
    verdict = count_attempt(
        request.app.state.session_factory,
        client_address(request),
        request.app.state.lookups_per_minute,
    )
    if not verdict.allowed:
        raise TooManyLookups(verdict.retry_after)


@router.get(
    "/api/v1/public/dossiers/{code}",
    response_model=PublicDossierStatus,
    tags=["public"],
    responses=errors(404, 429, 503),
)
def public_status(
    code: Annotated[str, Path(max_length=MAX_CODE)],
    id_last4: Annotated[
        str, Query(min_length=4, max_length=4, pattern=ID_LAST4_PATTERN, description=ID_LAST4_HELP)
    ],
    request: Request,
    session: SessionDep,
) -> PublicDossierStatus:
    """A dossier's status and dates by its code and its owner's last four ID characters."""
    try:
        _count_lookup(request)
    except TooManyLookups as exc:
        raise HTTPException(429, TOO_MANY, {"Retry-After": str(exc.retry_after)}) from None
    found = find_public_status(session, code, id_last4)
    if found is None:
        raise HTTPException(404, NOT_FOUND)
    return found


@router.get(
    PUBLIC_LOOKUP_PATH,
    response_class=HTMLResponse,
    tags=["public"],
    responses=errors(503, page=(404, 422, 429)),
)
def public_lookup_page(
    request: Request,
    session: SessionDep,
    code: Annotated[str, Query(max_length=MAX_CODE)] = "",
    id_last4: Annotated[str, Query(max_length=20)] = "",
) -> HTMLResponse:
    """The public lookup form (Tra cứu hồ sơ) and its answer."""
    form = (
        f'<form method="get"><label>Mã hồ sơ <input name="code" value="{escape(code)}" '
        "required></label> <label>4 ký tự cuối số CCCD/CMND/hộ chiếu (hoặc số điện thoại nếu "
        'không có giấy tờ) <input name="id_last4" size="4" maxlength="4" required '
        'autocomplete="off"></label> <button>Tra cứu</button></form>'
    )
    if not code or not id_last4:
        # The receipt's QR code opens the page with the code only: ask for the four characters.
        return page("Tra cứu hồ sơ", form)
    answer, status, headers = _page_answer(request, session, code, id_last4)
    return page("Tra cứu hồ sơ", form + answer, status, headers)


def _page_answer(
    request: Request, session: SessionDep, code: str, id_last4: str
) -> tuple[str, int, dict[str, str] | None]:
    """The page's answer to a submitted form: its HTML, status code and headers."""
    if not re.fullmatch(ID_LAST4_PATTERN, id_last4.strip()):
        return "<p class=bad>Nhập 4 ký tự cuối của số giấy tờ (chữ hoặc số).</p>", 422, None
    try:
        _count_lookup(request)
    except TooManyLookups as exc:
        text = f"Tra cứu quá nhiều lần. Vui lòng thử lại sau {exc.retry_after} giây."
        return f"<p class=bad>{text}</p>", 429, {"Retry-After": str(exc.retry_after)}
    found = find_public_status(session, code, id_last4.strip())
    if found is None:
        return "<p class=bad>Không tìm thấy hồ sơ với mã và 4 ký tự này.</p>", 404, None
    rows = [
        ("Mã hồ sơ", found.code),
        ("Trạng thái", found.status_label),
        ("Ngày tiếp nhận", local_date(found.received_at)),
        ("Hẹn trả", local_date(found.due_at)),
        ("Ngày trả", local_date(found.returned_at)),
        ("Kết quả", "Đã có kết quả" if result_ready(found.status) else "Chưa có kết quả"),
    ]
    return table(("", ""), rows), 200, None


@router.get(
    "/admin/offices",
    response_class=HTMLResponse,
    tags=["operators"],
    responses=errors(503, page=(401,)),
)
def offices_page(request: Request, session: SessionDep) -> HTMLResponse:
    """District IT: every office, its last sync, ops waiting by its last report, rejections.

    Without the operator's bearer token or session cookie: the sign-in form, answered 401.
    """
    if not is_operator(request):
        return sign_in_page(request, "/admin/offices", "Cần đăng nhập để xem trang này.")
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
                local_date(last_sync, time=True),
                "" if waiting is None else str(waiting),
                str(rejected or 0),
                "" if skew is None else f"{skew:+.0f} s",
            )
        )
    head = ("Mã đơn vị", "Tên", "Đồng bộ lần cuối", "Thao tác chờ", "Bị từ chối", "Lệch giờ")
    sign_out = '<form method="post" action="/admin/sign-out"><button>Đăng xuất</button></form>'
    body = table(head, rows) + _index_ranking(session) + notification_section(session)
    return page("Đồng bộ các đơn vị", body + sign_out)


def _index_ranking(session: SessionDep) -> str:
    """The offices ranked by the service index (Decision 766) of the current official month."""
    from central_server.report_index import ranking_rows

    period, rows = ranking_rows(session, datetime.now(UTC), OFFICE_ZONE)
    title = f"Xếp hạng Chỉ số phục vụ (Quyết định 766), kỳ {period.name}: "
    dates = f"{period.start:%d/%m/%Y} – {period.end:%d/%m/%Y}"
    head = ("Hạng", "Mã đơn vị", "Tên", "Điểm", "Tối đa đo được")
    return f"<h2>{escape(title + dates)}</h2>" + table(head, rows)


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
