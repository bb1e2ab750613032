"""Mẫu 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả (the receipt with the appointment)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

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
from desktop_app.services.dossiers.detail import DossierDetail
from motcua_core.domain.lookup_address import lookup_address

TITLE = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"


def build(session: Session, code: str, request: FormRequest) -> PrintableForm:
    """The receipt of dossier ``code``."""
    d = load_dossier(session, code, request)
    tz = request.tz
    body = (
        f"{BARCODE_TAG}"
        f"<p style='margin:4px 0 1px 0'>Bộ phận Một cửa {esc(d.office.name)} "
        "tiếp nhận hồ sơ của:</p>"
        + field_rows(_applicant_rows(d), label_width=24)
        + f"<p style='margin:3px 0'>Nội dung yêu cầu giải quyết: <b>{esc(d.procedure_name)}</b>"
        f" (mã thủ tục {esc(d.procedure_code)})</p>"
        "<p style='margin:3px 0 1px 0'>1. Thành phần hồ sơ nộp gồm:</p>"
        + _documents_grid(d)
        + "".join(
            f"<p style='margin:1px 0'>{esc(label)}: {value}</p>"
            for label, value in _numbered_items(d, tz)
        )
        + signatures(
            ("NGƯỜI NỘP HỒ SƠ", d.applicant.full_name),
            ("NGƯỜI TIẾP NHẬN HỒ SƠ", d.received_by),
            room_lines=3,
        )
    )
    return PrintableForm(
        "01", TITLE, heading(d, session), body, barcode=d.code, page=A5,
        place_date=place_date_vi(d.received_at, tz, request.place),
        qr=lookup_address(request.lookup_base_url, d.code) if request.lookup_base_url else None,
    )  # fmt: skip


def _documents_grid(d: DossierDetail) -> str:
    """Item 1: the documents handed in, numbered (a placeholder row when none was listed)."""
    return grid(
        ["STT", "Tên giấy tờ", "Hình thức", "SL"],
        [
            [str(i), esc(doc.name), esc(doc.kind.label_vi), str(doc.count)]
            for i, doc in enumerate(d.documents, start=1)
        ]
        or [["", "<i>(không kê khai)</i>", "", ""]],
        [7, 67, 18, 8],
        padding=1,
    )


def _numbered_items(d: DossierDetail, tz: ZoneInfo) -> list[tuple[str, str]]:
    """Items 2 to 7: sets and time limit, received, due, where the result is returned, fee."""
    place = (
        f"{esc(d.return_address)} (qua dịch vụ bưu chính công ích)"
        if d.return_method == "post"
        else f"Bộ phận Một cửa — {esc(d.office.name)}"
    )
    return [
        (
            "2. Số lượng hồ sơ",
            f"{d.sets_count} bộ. &nbsp; 3. Thời hạn giải quyết theo quy định: "
            f"{esc(d.limit.label_vi)}",
        ),
        ("4. Thời gian nhận hồ sơ", esc(moment_vi(d.received_at, tz))),
        ("5. Thời gian trả kết quả", f"<b>{esc(moment_vi(d.due_at, tz))}</b>"),
        ("6. Nhận kết quả tại", place),
        ("7. Phí, lệ phí", esc(d.fee_text) or "Không"),
    ]


def _applicant_rows(d: DossierDetail) -> list[tuple[str, str]]:
    """The shared applicant lines with the ID number and the phone on one line."""
    rows = applicant_rows(d)
    labels = [label for label, _ in rows]
    if "Số giấy tờ tùy thân" in labels and "Số điện thoại" in labels:
        phone = rows.pop(labels.index("Số điện thoại"))[1]
        at = labels.index("Số giấy tờ tùy thân")
        rows[at] = (rows[at][0], f"{rows[at][1]} &nbsp;&nbsp; Số điện thoại: {phone}")
    return rows


SPEC = FormSpec("01", TITLE, build)
