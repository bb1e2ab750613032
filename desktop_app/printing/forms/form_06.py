"""Mẫu 06 — Phiếu kiểm soát quá trình giải quyết hồ sơ, from the dossier's history.

One row per step: who handed over (unit, officer, time), who received, the result or status
reached, and a note. Both signature columns stay empty to be signed on paper.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop_app.printing.forms.base import (
    A5,
    BARCODE_TAG,
    PrintableForm,
    date_vi,
    esc,
    field_rows,
    grid,
    moment_vi,
)
from desktop_app.printing.forms.common import heading, load_dossier
from desktop_app.printing.forms.registry import FormRequest, FormSpec
from desktop_app.services.dossiers.detail import EventDetail

TITLE = "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"
KIND_LABELS = {
    "received": "Tiếp nhận hồ sơ",
    "refused": "Từ chối tiếp nhận",
    "status_changed": "Chuyển trạng thái",
    "imported": "Nhập từ sổ cũ",
}


def _row(index: int, event: EventDetail, request: FormRequest) -> list[str]:
    result = event.to_status.label_vi if event.to_status else ""
    kind = KIND_LABELS.get(event.kind, event.kind.replace("_", " "))
    return [
        str(index),
        f"{esc(event.from_unit or '')}<br/>{esc(event.staff_name)}",
        esc(event.to_unit or ""),
        esc(event.at.astimezone(request.tz).strftime("%H:%M %d/%m/%Y")),
        "",
        "",
        f"{esc(kind)}: {esc(result)}",
        esc(event.note),
    ]


def build(session: Session, code: str, request: FormRequest) -> PrintableForm:
    d = load_dossier(session, code, request)
    rows = [_row(i, e, request) for i, e in enumerate(d.events, start=1)]
    body = (
        f"{BARCODE_TAG}"
        + field_rows(
            [
                ("Mã hồ sơ", f"<b>{esc(d.code)}</b>"),
                ("Cơ quan (bộ phận) giải quyết hồ sơ", esc(d.procedure_field)),
                ("Thủ tục", esc(d.procedure_name)),
                ("Người nộp hồ sơ", esc(d.applicant.full_name)),
                ("Thời gian nhận hồ sơ", esc(moment_vi(d.received_at, request.tz))),
                ("Thời gian trả kết quả", esc(moment_vi(d.due_at, request.tz))),
            ]
        )
        + "<p style='margin:6px 0 2px 0'><b>Quá trình giải quyết hồ sơ:</b></p>"
        + grid(
            [
                "STT",
                "Giao: đơn vị, người giao",
                "Nhận: đơn vị",
                "Thời gian giao, nhận",
                "Người giao ký",
                "Người nhận ký",
                "Kết quả",
                "Ghi chú",
            ],
            rows,
            [6, 18, 14, 14, 10, 10, 16, 12],
        )  # fmt: skip
        + f"<p style='margin:6px 0'><i>In ngày {esc(date_vi(request.now, request.tz))}</i></p>"
    )
    return PrintableForm("06", TITLE, heading(d, session), body, barcode=d.code, page=A5)


SPEC = FormSpec("06", TITLE, build)
