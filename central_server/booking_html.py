"""What the booking pages share: their style, day labels, the cancel form."""

from __future__ import annotations

from datetime import date
from html import escape

from central_server.bookings import CANCEL_PATH

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
#: Form layout for a phone first: one field a line, big targets; wider screens keep a column.
STYLE = (
    "<style>body{margin:1em auto;max-width:40em;padding:0 1em}form.step label{display:block;"
    "margin:.8em 0}form.step input,form.step select{display:block;width:100%;box-sizing:"
    "border-box;font-size:1.1em;padding:.45em;margin-top:.2em}form.step button{font-size:1.1em;"
    "padding:.55em 1.4em;margin-top:.6em;background:#0b5cad;color:#fff;border:0;border-radius:"
    ".3em}fieldset.slots{display:grid;grid-template-columns:repeat(auto-fill,minmax(6.5em,1fr));"
    "gap:.5em;border:1px solid #bbb;padding:.6em}form.step label.slot{margin:0;padding:.5em "
    ".3em;border:1px solid #888;border-radius:.4em;text-align:center}form.step label.slot "
    "input{display:inline;width:auto;margin:0 .3em 0 0}form.step label.slot small{display:"
    "block}form.step label.slot:has(input:checked){border:2px solid #0b5cad;background:#e8f0fb}"
    "form.step label.full{color:#999;border-color:#ddd}.qr{width:14em;max-width:80%;"
    "height:auto;image-rendering:pixelated}.code{font-size:1.8em;font-weight:bold;"
    "letter-spacing:.08em}.done{color:#075e2b;font-weight:bold}</style>"
)


def day_label(day: date) -> str:
    """``Thứ Hai, 07/12/2026``."""
    return f"{WEEKDAYS[day.weekday()]}, {day:%d/%m/%Y}"


def cancel_form(code: str) -> str:
    """The form that cancels booking ``code`` given its phone."""
    return (
        f'<form class="step" method="post" action="{CANCEL_PATH}">'
        f'<label>Mã lịch hẹn<input name="code" value="{escape(code)}" required maxlength="20" '
        'autocapitalize="characters"></label><label>Số điện thoại đã đặt<input name="phone" '
        'required maxlength="20" type="tel" inputmode="tel"></label>'
        "<button>Hủy lịch hẹn</button></form>"
    )
