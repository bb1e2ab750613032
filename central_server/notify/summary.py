"""District IT's view of notifications: per office, how many were sent, refused, waiting."""

from __future__ import annotations

from html import escape

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from central_server.models import CentralOffice
from central_server.notify.models import NotificationRequest as Request
from central_server.pages import table

HEAD = ("Mã đơn vị", "Tên", "Đã gửi", "Bị từ chối", "Đang chờ gửi lại", "Chưa gửi")


def _count(state: str | tuple[str, ...]) -> object:
    states = (state,) if isinstance(state, str) else state
    return func.sum(case((Request.state.in_(states), 1), else_=0))


def notification_rows(session: Session) -> list[tuple[str, ...]]:
    """One row per office that has requests: sent, refused, retrying, not yet tried."""
    query = (
        select(
            CentralOffice.unit_code,
            CentralOffice.name,
            _count("sent"),
            _count("refused"),
            _count("retrying"),
            _count(("queued", "sending")),
        )
        .join(Request, Request.office_id == CentralOffice.id)
        .group_by(CentralOffice.unit_code, CentralOffice.name)
        .order_by(CentralOffice.unit_code)
    )
    return [tuple(str(value or 0) for value in row) for row in session.execute(query)]


def notification_section(session: Session) -> str:
    """The operator page's section (HTML, escaped)."""
    rows = notification_rows(session)
    body = table(HEAD, rows) if rows else "<p>Chưa có yêu cầu thông báo nào.</p>"
    return f"<h2>{escape('Thông báo cho công dân (thư điện tử, Zalo, SMS)')}</h2>" + body
