"""Form 01 (the receipt) stays on one A5 page with the longest realistic content.

The catalogue's longest procedure name (2.000986, the birth-registration bundle) is also its
largest checklist; the officer adds two more documents, the applicant has a long address and
the result goes back by post to another long address; the dossier's owner (the child) is not
the applicant. The barcode still decodes.
"""

from __future__ import annotations

import os
import subprocess
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.printing.forms.base import print_form  # noqa: E402
from desktop_app.printing.forms.registry import FormRequest, get_form_spec  # noqa: E402
from desktop_app.services.dossiers import reception  # noqa: E402
from desktop_app.services.dossiers.reception import ApplicantInput, DocumentEntry, ReceptionRequest  # noqa: E402
from desktop_app.services.office.catalog import get_procedure  # noqa: E402
from motcua_core.domain.identifiers import IdType  # noqa: E402
from tests.db.test_form_printing import decode_pdf, needs_tools  # noqa: E402
from tests.support.handover_data import add_people  # noqa: E402

LONG_ADDRESS = (
    "Số 125/47/12 ngõ 381 đường Nguyễn Khang, tổ dân phố số 18, phường Yên Hòa, quận Cầu Giấy, "
    "thành phố Hà Nội"
)
EXTRA_DOCUMENTS = (
    "Giấy chứng nhận kết hôn của cha, mẹ (bản sao có chứng thực)",
    "Văn bản ủy quyền được chứng thực theo quy định của pháp luật",
)


def _longest_receipt(context, office, calendar, now) -> str:
    with context.session(read_only=True) as session:
        procedure = get_procedure(session, "2.000986")
    documents = tuple(DocumentEntry(name) for name in procedure.required_documents)
    request = ReceptionRequest(
        "2.000986",
        ApplicantInput(
            "Nguyễn Thị Phương Quỳnh Ngọc Hoàng Anh",
            IdType.CCCD,
            "001185012345",
            date(1985, 3, 2),
            "0912345678",
            address=LONG_ADDRESS,
        ),
        owner_name="Nguyễn Hoàng Minh Khang",
        documents=documents + tuple(DocumentEntry(n) for n in EXTRA_DOCUMENTS),
        return_method="post",
        return_address=LONG_ADDRESS,
    )
    with context.session() as session:
        counter, _ = add_people(session, office)
        return reception.receive_dossier(
            session, request, office=office, calendar=calendar, received_at=now,
            staff_id=counter.id,
        ).code  # fmt: skip


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    line = next(row for row in info.stdout.splitlines() if row.startswith("Pages:"))
    return int(line.split()[1])


@pytest.fixture(scope="module")
def gui_app():
    return QApplication.instance() or QApplication([])


@needs_tools
def test_form_01_with_the_longest_content_fits_one_a5_page(
    gui_app,
    context,
    office,
    calendar,
    now,
    tmp_path,  # noqa: F811 (the fixture)
):
    code = _longest_receipt(context, office, calendar, now)
    with context.session(read_only=True) as session:
        form = get_form_spec("01").build(session, code, FormRequest(now, calendar.tz))
    assert len([name for name in EXTRA_DOCUMENTS if name in form.body_html]) == 2
    pdf = tmp_path / "form01.pdf"
    pages = print_form(form, pdf_path=pdf)
    if folder := os.environ.get("DESKTOP_APP_SCREENSHOTS"):
        subprocess.run(["pdftoppm", "-r", "100", "-png", str(pdf), str(Path(folder) / "form01")],
                       check=True)  # fmt: skip
    assert pages == 1 and _pages(pdf) == 1
    assert decode_pdf(pdf) == [code]
