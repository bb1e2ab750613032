"""The public booking page (Đặt lịch hẹn): plain HTML forms, no script, fits a phone.

One GET form narrows the choice step by step (office, then service area, then day); with a
day chosen the page lists its slots with their free places, and a POST form books one with
the citizen's name, phone and optionally procedure and ID number. The answer shows the
booking code, its QR code and the way to cancel (``booking_cancel_page``). Sessions are
opened in the route's own thread, as in ``booking_api``.
"""

from __future__ import annotations

from datetime import date, datetime
from html import escape
from typing import Annotated
from urllib.parse import parse_qs

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from central_server.booking_api import answer_of, count_limits
from central_server.booking_calendar import enabled_setting, free_slots, open_days
from central_server.booking_html import STYLE, cancel_form, day_label
from central_server.booking_limits import TooManyBookings
from central_server.booking_models import BookingSetting
from central_server.bookings import (
    CANCEL_PATH,
    BookingAnswer,
    BookingInput,
    BookingRefused,
    make_booking,
)
from central_server.db import session_scope
from central_server.error_responses import BODY, errors
from central_server.models import CentralOffice, utc_now
from central_server.pages import page, table
from motcua_core.domain.work_calendar import vietnam_tz

router = APIRouter(tags=["public"])
PAGE_PATH = "/dat-hen"
TITLE = "Đặt lịch hẹn"
REFUSED = {
    "name": "Vui lòng nhập họ tên (tối đa 200 ký tự).",
    "phone": "Vui lòng nhập số điện thoại.",
    "start": "Vui lòng chọn một khung giờ còn chỗ.",
}


def _options(values: list[tuple[str, str]], chosen: str) -> str:
    return "".join(
        f'<option value="{escape(value)}"{" selected" if value == chosen else ""}>'
        f"{escape(label)}</option>"
        for value, label in values
    )


def _select(name: str, label: str, values: list[tuple[str, str]], chosen: str) -> str:
    first = [("", "— Chọn —")] if chosen not in {v for v, _ in values} else []
    options = _options(first + values, chosen)
    return f'<label>{label}<select name="{name}" required>{options}</select></label>'


def _offices(session: Session) -> list[tuple[str, str]]:
    query = (
        select(CentralOffice.unit_code, CentralOffice.name)
        .where(CentralOffice.id.in_(select(BookingSetting.office_id).where(BookingSetting.enabled)))
        .order_by(CentralOffice.name)
    )
    return [(code, name) for code, name in session.execute(query)]


def _office(session: Session, unit_code: str) -> CentralOffice | None:
    query = select(CentralOffice).where(CentralOffice.unit_code == unit_code)
    return session.scalars(query).first() if unit_code else None


def _areas(session: Session, office: CentralOffice) -> list[tuple[str, str]]:
    query = select(BookingSetting).where(
        BookingSetting.office_id == office.id, BookingSetting.enabled
    )
    rows = session.scalars(query.order_by(BookingSetting.area_name))
    return [(row.area_code, row.area_name or row.area_code) for row in rows]


def _choice_form(session: Session, office_code: str, area: str, day: str) -> str:
    """The GET form: office, then (once chosen) area, then day."""
    fields = [_select("office", "Đơn vị", _offices(session), office_code)]
    office = _office(session, office_code)
    setting = enabled_setting(session, office, area) if office is not None else None
    if office is not None:
        fields.append(_select("area", "Quầy / lĩnh vực", _areas(session, office), area))
    if setting is not None:
        days = [(d.isoformat(), day_label(d)) for d in open_days(session, setting, utc_now())]
        fields.append(_select("day", "Ngày hẹn", days, day) if days else _NO_DAY)
    fields.append("<button>Tiếp tục</button>")
    return f'<form class="step" method="get" action="{PAGE_PATH}">{"".join(fields)}</form>'


_NO_DAY = "<p class=bad>Chưa có ngày nhận đặt hẹn.</p>"


def _slot_choices(slots: list[tuple[datetime, int]], chosen: str) -> str:
    choices = []
    for start, free in slots:
        value = start.isoformat()
        mark = " checked" if value == chosen else ""
        state = f"còn {free} chỗ" if free else "hết chỗ"
        attributes = f'type="radio" name="start" value="{value}" required{mark}'
        disabled = "" if free else " disabled"
        choices.append(
            f'<label class="slot{"" if free else " full"}"><input {attributes}{disabled}>'
            f"<b>{start:%H:%M}</b><small>{state}</small></label>"
        )
    return "".join(choices)


def _booking_form(hidden: dict[str, str], slots: list[tuple[datetime, int]]) -> str:
    """The POST form: a free slot of the chosen day, then the citizen's details."""
    if not slots:
        return "<p class=bad>Ngày này không còn khung giờ nào.</p>"
    keep = "".join(
        f'<input type="hidden" name="{name}" value="{escape(hidden.get(name, ""))}">'
        for name in ("office", "area")
    )

    def field(name: str, label: str, extra: str) -> str:
        value = escape(hidden.get(name, ""))
        return f'<label>{label}<input name="{name}" value="{value}" {extra}></label>'

    return (
        f'<form class="step" method="post" action="{PAGE_PATH}">{keep}'
        '<fieldset class="slots"><legend>Khung giờ</legend>'
        f"{_slot_choices(slots, hidden.get('start', ''))}</fieldset>"
        + field("name", "Họ và tên", 'required maxlength="200" autocomplete="name"')
        + field("phone", "Số điện thoại", 'required maxlength="20" type="tel" inputmode="tel"')
        + field("procedure", "Mã thủ tục (không bắt buộc)", 'maxlength="60"')
        + field("id_number", "Số CCCD (không bắt buộc)", 'maxlength="20" inputmode="numeric"')
        + "<button>Đặt hẹn</button></form>"
    )


def _form_page(
    session: Session, values: dict[str, str], message: str = "", status: int = 200
) -> HTMLResponse:
    office_code, area, day_text = (values.get(k, "")[:40] for k in ("office", "area", "day"))
    body = STYLE + (f"<p class=bad>{escape(message)}</p>" if message else "")
    body += _choice_form(session, office_code, area, day_text)
    office = _office(session, office_code)
    setting = enabled_setting(session, office, area) if office is not None else None
    day = _day(day_text)
    if setting is not None and day is not None:
        slots = [(s.start, s.free) for s in free_slots(session, setting, day, utc_now())]
        body += f"<h2>{escape(day_label(day))}</h2>" + _booking_form(values, slots)
    return page(TITLE, body, status)


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        return None


@router.get(PAGE_PATH, response_class=HTMLResponse, responses=errors(503, page=(422,)))
def booking_page(
    request: Request,
    office: Annotated[str, Query(max_length=40)] = "",
    area: Annotated[str, Query(max_length=20)] = "",
    day: Annotated[str, Query(max_length=10)] = "",
) -> HTMLResponse:
    """The booking form: choose the office, area and day, then a free slot."""
    with session_scope(request.app.state.session_factory) as session:
        return _form_page(session, {"office": office, "area": area, "day": day})


@router.post(
    PAGE_PATH,
    response_class=HTMLResponse,
    responses=errors(503, *BODY, page=(404, 409, 422, 429)),
)
async def book_on_page(request: Request) -> HTMLResponse:
    """Book the chosen slot; the answer shows the code, its QR code and how to cancel."""
    form = parse_qs((await request.body()).decode("utf-8", "replace"), max_num_fields=10)
    values = {name: given[0] for name, given in form.items() if given}
    return await run_in_threadpool(_in_session, request, values)


def _in_session(request: Request, values: dict[str, str]) -> HTMLResponse:
    with session_scope(request.app.state.session_factory) as session:
        return _booked_page(request, session, values)


def _booked_page(request: Request, session: Session, values: dict[str, str]) -> HTMLResponse:
    values["day"] = values.get("start", "")[:10]
    wanted = {k: v for k, v in values.items() if v.strip() and k != "day"}
    try:
        data = BookingInput.model_validate(wanted)
    except ValidationError as exc:
        field = str(exc.errors()[0]["loc"][0]) if exc.errors()[0]["loc"] else ""
        message = REFUSED.get(field, "Thông tin chưa hợp lệ, vui lòng kiểm tra lại.")
        return _form_page(session, values, message, 422)
    try:
        count_limits(request, data.phone)
        booking = make_booking(session, data, utc_now())
    except TooManyBookings as exc:
        message = f"Quá nhiều lần đặt hẹn. Vui lòng thử lại sau {exc.retry_after} giây."
        answer = _form_page(session, values, message, 429)
        answer.headers["Retry-After"] = str(exc.retry_after)
        return answer
    except BookingRefused as exc:
        return _form_page(session, values, exc.message, exc.status)
    return page(TITLE, STYLE + _booked(session, answer_of(booking, data.office)))


def _booked(session: Session, answer: BookingAnswer) -> str:
    office = _office(session, answer.office)
    assert office is not None  # the booking was just made there
    setting = enabled_setting(session, office, answer.area)
    area = setting.area_name if setting is not None and setting.area_name else answer.area
    start = answer.start.astimezone(vietnam_tz())
    return (
        '<p class="done">Đã đặt lịch hẹn. Mã lịch hẹn của bạn:</p>'
        f'<p class="code">{escape(answer.code)}</p>'
        f'<p><img class="qr" src="{answer.qr}" alt="Mã QR của lịch hẹn {answer.code}"></p>'
        + table(
            ("", ""),
            [
                ("Đơn vị", office.name),
                ("Quầy", area),
                ("Giờ hẹn", f"{start:%H:%M}, {day_label(start.date())}"),
                ("Thời lượng", f"{answer.minutes} phút"),
            ],
        )
        + "<p>Khi đến, đưa mã QR này (hoặc thẻ CCCD nếu đã nhập số CCCD) tại máy lấy số. "
        "Đến muộn quá thời gian cho phép sẽ được xếp như khách không hẹn.</p>"
        f'<h2>Hủy lịch hẹn</h2><p><a href="{CANCEL_PATH}?code={answer.code}">Trang hủy lịch '
        f"hẹn</a> (giữ lại đường dẫn này), hoặc hủy ngay:</p>{cancel_form(answer.code)}"
    )
