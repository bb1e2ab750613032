"""Mẫu 05 — Thông báo dừng giải quyết hồ sơ (the dossier's processing stops, and why)."""

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
from desktop_app.printing.forms.common import applicant_rows, heading, load_dossier
from desktop_app.printing.forms.registry import FormRequest, FormSpec
from desktop_app.services.errors import ServiceError
from desktop_app.services.handover.department import dossier_decisions
from motcua_core.domain.lifecycle import DossierStatus

TITLE = "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ"


def build(session: Session, code: str, request: FormRequest) -> PrintableForm:
    """The stop notice of dossier ``code``, which must be stopped (status 8)."""
    d = load_dossier(session, code, request)
    decisions = dossier_decisions(session, d.code)
    if decisions.status is not DossierStatus.STOPPED:
        raise ServiceError(
            f"dossier {d.code} is not stopped", f"Hồ sơ {d.code} không ở trạng thái dừng xử lý."
        )
    tz = request.tz
    body = (
        f"{BARCODE_TAG}<p style='margin:6px 0 2px 0'>Kính gửi:</p>"
        + field_rows(applicant_rows(d))
        + field_rows([
            ("Mã số hồ sơ", f"<b>{esc(d.code)}</b>"),
            ("Nội dung yêu cầu", esc(d.procedure_name)),
            ("Ngày tiếp nhận", date_vi(d.received_at, tz)),
        ])
        + "<p style='margin:6px 0 2px 0'>Cơ quan giải quyết thông báo dừng giải quyết hồ sơ "
        "nêu trên, với lý do:</p>"
        f"<p style='margin:2px 0 2px 12px'><b>{esc(decisions.stop_reason)}</b></p>"
        "<p style='margin:6px 0'>Ông/Bà vui lòng liên hệ Bộ phận Một cửa "
        f"{esc(d.office.name)} để nhận lại hồ sơ và được hướng dẫn.</p>"
        + signatures(("NGƯỜI NHẬN THÔNG BÁO", d.applicant.full_name), ("THỦ TRƯỞNG CƠ QUAN", ""))
    )  # fmt: skip
    return PrintableForm(
        "05", TITLE, heading(d, session), body, barcode=d.code, page=A5,
        place_date=place_date_vi(request.now, tz, request.place),
    )  # fmt: skip


SPEC = FormSpec("05", TITLE, build)
