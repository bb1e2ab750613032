"""Mẫu 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả (the receipt with the appointment)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop_app.printing.forms.base import (
    A5,
    BARCODE_TAG,
    PrintableForm,
    esc,
    field_rows,
    grid,
    moment_vi,
    place_date_vi,
    signatures,
)
from desktop_app.printing.forms.common import applicant_rows, heading, load_dossier
from desktop_app.printing.forms.registry import FormRequest, FormSpec

TITLE = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"


def build(session: Session, code: str, request: FormRequest) -> PrintableForm:
    """The receipt of dossier ``code``."""
    d = load_dossier(session, code, request)
    tz = request.tz
    documents = grid(
        ["STT", "Tên giấy tờ", "Hình thức", "Số lượng"],
        [
            [str(i), esc(doc.name), esc(doc.kind.label_vi), str(doc.count)]
            for i, doc in enumerate(d.documents, start=1)
        ]
        or [["", "<i>(không kê khai)</i>", "", ""]],
        [8, 52, 26, 14],
    )
    place = (
        f"Tại {esc(d.return_address)} (qua dịch vụ bưu chính công ích)"
        if d.return_method == "post"
        else f"Bộ phận Một cửa — {esc(d.office.name)}"
    )
    body = (
        f"{BARCODE_TAG}"
        f"<p style='margin:6px 0 2px 0'>Bộ phận Một cửa {esc(d.office.name)} "
        "tiếp nhận hồ sơ của:</p>"
        + field_rows(applicant_rows(d))
        + f"<p style='margin:4px 0'>Nội dung yêu cầu giải quyết: <b>{esc(d.procedure_name)}</b>"
        f" (mã thủ tục {esc(d.procedure_code)})</p>"
        "<p style='margin:4px 0 2px 0'>1. Thành phần hồ sơ nộp gồm:</p>"
        + documents
        + field_rows(
            [
                ("2. Số lượng hồ sơ", f"{d.sets_count} bộ"),
                ("3. Thời hạn giải quyết theo quy định", esc(d.limit_text)),
                ("4. Thời gian nhận hồ sơ", esc(moment_vi(d.received_at, tz))),
                ("5. Thời gian trả kết quả", f"<b>{esc(moment_vi(d.due_at, tz))}</b>"),
                ("6. Nhận kết quả tại", place),
                ("7. Phí, lệ phí", esc(d.fee_text) or "Không"),
            ]
        )
        + signatures(
            ("NGƯỜI NỘP HỒ SƠ", d.applicant.full_name), ("NGƯỜI TIẾP NHẬN HỒ SƠ", d.received_by)
        )
    )
    return PrintableForm(
        "01", TITLE, heading(d, session), body, barcode=d.code, page=A5,
        place_date=place_date_vi(d.received_at, tz, request.place),
    )  # fmt: skip


SPEC = FormSpec("01", TITLE, build)
