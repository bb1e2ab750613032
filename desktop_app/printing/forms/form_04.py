"""Mẫu 04 — Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết (the one-time extension)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop_app.printing.forms.base import (
    A5,
    BARCODE_TAG,
    PrintableForm,
    date_vi,
    esc,
    field_rows,
    place_date_vi,
    signatures,
)
from desktop_app.printing.forms.common import heading, load_dossier
from desktop_app.printing.forms.registry import FormRequest, FormSpec
from desktop_app.services.errors import ServiceError
from desktop_app.services.handover.department import dossier_decisions

TITLE = "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT"


def build(session: Session, code: str, request: FormRequest) -> PrintableForm:
    """The apology letter of dossier ``code``, which must have been extended."""
    d = load_dossier(session, code, request)
    decisions = dossier_decisions(session, d.code)
    if not decisions.extended:
        raise ServiceError(
            f"dossier {d.code} was not extended", f"Hồ sơ {d.code} chưa được gia hạn."
        )
    tz = request.tz
    body = (
        f"{BARCODE_TAG}<p style='margin:6px 0 2px 0'>Kính gửi: Ông/Bà "
        f"<b>{esc(d.applicant.full_name)}</b></p>"
        + field_rows([
            ("Mã số hồ sơ", f"<b>{esc(d.code)}</b>"),
            ("Nội dung yêu cầu", esc(d.procedure_name)),
            ("Ngày tiếp nhận", date_vi(d.received_at, tz)),
            ("Ngày hẹn trả kết quả", date_vi(decisions.original_due_at, tz)),
        ])
        + "<p style='margin:6px 0 2px 0'>Cơ quan chúng tôi thành thật xin lỗi Ông/Bà vì hồ sơ "
        "chưa giải quyết được đúng hạn, với lý do:</p>"
        f"<p style='margin:2px 0 2px 12px'><i>{esc(decisions.extension_reason)}</i></p>"
        "<p style='margin:6px 0'>Cơ quan chúng tôi xin hẹn lại ngày trả kết quả là: "
        f"<b>{date_vi(decisions.due_at, tz)}</b> (lúc {decisions.due_at.astimezone(tz):%H:%M}).</p>"
        "<p style='margin:4px 0'>Mong Ông/Bà thông cảm và sắp xếp thời gian để nhận kết quả "
        "theo thời hạn trên.</p>"
        + signatures(("NGƯỜI NHẬN", d.applicant.full_name), ("THỦ TRƯỞNG CƠ QUAN", ""))
    )  # fmt: skip
    return PrintableForm(
        "04", TITLE, heading(d, session), body, barcode=d.code, page=A5,
        place_date=place_date_vi(request.now, tz, request.place),
    )  # fmt: skip


SPEC = FormSpec("04", TITLE, build)
