"""Mẫu 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ (with the reason)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop_app.printing.forms.base import (
    A5,
    PrintableForm,
    esc,
    field_rows,
    place_date_vi,
    signatures,
)
from desktop_app.printing.forms.common import applicant_rows, heading, load_dossier
from desktop_app.printing.forms.registry import FormRequest, FormSpec
from desktop_app.services.errors import ServiceError

TITLE = "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"


def build(session: Session, code: str, request: FormRequest) -> PrintableForm:
    d = load_dossier(session, code, request)
    reason = d.refusal_reason
    if not reason:
        raise ServiceError(
            f"dossier {d.code} was not refused", f"Hồ sơ {d.code} không bị từ chối tiếp nhận."
        )
    body = (
        f"<p style='margin:6px 0 2px 0'>Bộ phận Một cửa {esc(d.office.name)} nhận được hồ sơ "
        "của:</p>"
        + field_rows(applicant_rows(d))
        + f"<p style='margin:4px 0'>Đề nghị giải quyết thủ tục: <b>{esc(d.procedure_name)}</b> "
        f"(mã {esc(d.procedure_code)}).</p>"
        "<p style='margin:4px 0'>Căn cứ quy định, Bộ phận Một cửa từ chối tiếp nhận hồ sơ này "
        "với lý do cụ thể như sau:</p>"
        f"<p style='margin:2px 0 6px 12px'><b>{esc(reason)}</b></p>"
        "<p style='margin:4px 0'>Xin thông báo để Ông/Bà được biết và thực hiện.</p>"
        f"<p style='margin:2px 0'>Số tham chiếu: {esc(d.code)}</p>"
        + signatures(("NGƯỜI NỘP HỒ SƠ", d.applicant.full_name), ("NGƯỜI TIẾP NHẬN", d.received_by))
    )
    return PrintableForm(
        "03", TITLE, heading(d, session), body, page=A5,
        place_date=place_date_vi(d.received_at, request.tz, request.place),
    )  # fmt: skip


SPEC = FormSpec("03", TITLE, build)
