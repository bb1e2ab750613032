"""Mẫu 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (what is missing, and why)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop_app.printing.forms.base import (
    A5,
    BARCODE_TAG,
    PrintableForm,
    esc,
    field_rows,
    place_date_vi,
    signatures,
)
from desktop_app.printing.forms.common import applicant_rows, heading, load_dossier
from desktop_app.printing.forms.registry import FormRequest, FormSpec
from desktop_app.services.dossiers.detail import DossierDetail
from desktop_app.services.errors import ServiceError
from motcua_core.domain.lifecycle import DossierStatus

TITLE = "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"


def missing_text(detail: DossierDetail) -> str:
    """The latest supplement request's text (the dossier's field, else the event's note)."""
    if detail.supplement_request:
        return detail.supplement_request
    for event in reversed(detail.events):
        if event.to_status is DossierStatus.SUPPLEMENT_REQUESTED and event.note:
            return event.note
    raise ServiceError(
        f"dossier {detail.code} has no supplement request",
        f"Hồ sơ {detail.code} chưa có yêu cầu bổ sung.",
    )


def _lines(text: str) -> str:
    items = [line.strip(" -•\t") for line in text.splitlines() if line.strip(" -•\t")]
    return "".join(f"<li>{esc(item)}</li>" for item in items)


def build(session: Session, code: str, request: FormRequest) -> PrintableForm:
    d = load_dossier(session, code, request)
    officer = d.events[-1].staff_name if d.events else d.received_by
    body = (
        f"{BARCODE_TAG}<p style='margin:6px 0 2px 0'>Hồ sơ của:</p>"
        + field_rows(applicant_rows(d))
        + f"<p style='margin:4px 0'>Nội dung yêu cầu giải quyết: <b>{esc(d.procedure_name)}</b></p>"
        "<p style='margin:4px 0 2px 0'>Sau khi xem xét, đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ "
        "gồm những nội dung sau (nội dung và lý do):</p>"
        f"<ol style='margin-top:0'>{_lines(missing_text(d))}</ol>"
        "<p style='margin:4px 0'>Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên "
        f"hệ cán bộ {esc(officer)} — Bộ phận Một cửa {esc(d.office.name)} để được hướng dẫn.</p>"
        + signatures(("NGƯỜI NỘP HỒ SƠ", d.applicant.full_name), ("NGƯỜI HƯỚNG DẪN", officer))
    )
    return PrintableForm(
        "02", TITLE, heading(d, session), body, barcode=d.code, page=A5,
        place_date=place_date_vi(request.now, request.tz, request.place),
    )  # fmt: skip


SPEC = FormSpec("02", TITLE, build)
