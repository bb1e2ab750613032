"""The public page that cancels a booking (Hủy lịch hẹn): its code and the phone it was made
with; a wrong phone is answered like an unknown code."""

from __future__ import annotations

from html import escape
from typing import Annotated
from urllib.parse import parse_qs

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool

from central_server.booking_html import STYLE, cancel_form
from central_server.booking_limits import TooManyBookings, count_address
from central_server.bookings import CANCEL_PATH, cancel_booking
from central_server.db import session_scope
from central_server.error_responses import BODY, errors
from central_server.models import utc_now
from central_server.pages import page

router = APIRouter(tags=["public"])
TITLE = "Hủy lịch hẹn"
NOT_FOUND = "Không tìm thấy lịch hẹn với mã và số điện thoại này."


@router.get(CANCEL_PATH, response_class=HTMLResponse, responses=errors(page=(422,)))
def cancel_page(code: Annotated[str, Query(max_length=40)] = "") -> HTMLResponse:
    """The cancel form, with the code of the link filled in."""
    return page(TITLE, STYLE + cancel_form(code))


@router.post(
    CANCEL_PATH, response_class=HTMLResponse, responses=errors(503, *BODY, page=(404, 429))
)
async def cancel_on_page(request: Request) -> HTMLResponse:
    """Cancel the booking whose code and phone the form gives."""
    form = parse_qs((await request.body()).decode("utf-8", "replace"), max_num_fields=10)
    values = {name: given[0] for name, given in form.items() if given}
    return await run_in_threadpool(_cancelled_page, request, values)


def _cancelled_page(request: Request, values: dict[str, str]) -> HTMLResponse:
    code, phone = values.get("code", "")[:40], values.get("phone", "")[:40]
    form = cancel_form(code)
    try:
        count_address(request)
    except TooManyBookings as exc:
        text = f"Quá nhiều lần thử. Vui lòng thử lại sau {exc.retry_after} giây."
        headers = {"Retry-After": str(exc.retry_after)}
        return page(TITLE, f"{STYLE}<p class=bad>{text}</p>{form}", 429, headers)
    with session_scope(request.app.state.session_factory) as session:
        booking = cancel_booking(session, code, phone, utc_now())
        if booking is None:
            return page(TITLE, f"{STYLE}<p class=bad>{NOT_FOUND}</p>{form}", 404)
        done = f"Đã hủy lịch hẹn <b>{escape(booking.code)}</b>."
    return page(
        TITLE, f'{STYLE}<p class="done">{done}</p><p><a href="/dat-hen">Đặt lịch hẹn khác</a></p>'
    )
