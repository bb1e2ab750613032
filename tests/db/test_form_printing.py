"""Forms 01, 02, 03 and 06 render to PDF; each barcode decodes (zbar, 203 dpi) to the code."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.printing.forms.base import print_form  # noqa: E402
from desktop_app.printing.forms.registry import FormRequest, form_specs, get_form_spec  # noqa: E402
from desktop_app.services.dossiers import reception  # noqa: E402
from desktop_app.services.dossiers.reception import ApplicantInput, DocumentEntry, ReceptionRequest  # noqa: E402
from motcua_core.domain.identifiers import IdType  # noqa: E402

needs_tools = pytest.mark.skipif(
    not (shutil.which("zbarimg") and shutil.which("pdftoppm")) and not os.environ.get("CI"),
    reason="zbar-tools and poppler-utils are needed",
)


@pytest.fixture(scope="module")
def gui_app():
    return QApplication.instance() or QApplication([])


def decode_pdf(pdf: Path) -> list[str]:
    subprocess.run(
        ["pdftoppm", "-r", "203", "-png", str(pdf), str(pdf.with_suffix(""))],
        check=True,
        timeout=60,
    )
    found: list[str] = []
    for image in sorted(pdf.parent.glob(f"{pdf.stem}*.png")):
        result = subprocess.run(
            ["zbarimg", "--nodbus", "--raw", "-q", str(image)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        found += result.stdout.split()
    return found


def make(context, office, calendar, now, action: str) -> str:
    request = ReceptionRequest(
        "1.004873",
        ApplicantInput(
            "Đặng Thị Ắ Ầ Ễ",
            IdType.CCCD,
            "001085012345",
            date(1985, 3, 2),
            "0912345678",
            address="Số 1 Hàng Bạc, Hoàn Kiếm",
        ),
        documents=(DocumentEntry("Tờ khai cấp Giấy xác nhận tình trạng hôn nhân"),),
    )
    with context.session() as session:
        kwargs = {"office": office, "calendar": calendar, "received_at": now}
        if action == "02":
            return reception.request_supplement_at_reception(
                session, request, "Bản sao giấy ly hôn: chưa có", **kwargs
            ).code
        if action == "03":
            return reception.refuse_at_reception(session, request, "Sai thẩm quyền", **kwargs).code
        return reception.receive_dossier(session, request, **kwargs).code


def test_registry_knows_the_counter_forms():
    assert {"01", "02", "03", "06"} <= set(form_specs())
    assert get_form_spec("1").number == "01"
    with pytest.raises(KeyError):
        get_form_spec("99")


@needs_tools
@pytest.mark.parametrize("number", ["01", "02", "03", "06"])
def test_form_renders_and_barcode_decodes(
    gui_app, context, office, calendar, now, tmp_path, number
):
    code = make(context, office, calendar, now, "01" if number == "06" else number)
    with context.session(read_only=True) as session:
        form = get_form_spec(number).build(session, code, FormRequest(now, calendar.tz))
    pdf = tmp_path / f"form{number}.pdf"
    assert print_form(form, pdf_path=pdf) == 1
    assert "Mẫu số" in form.body_html or form.number == number
    decoded = decode_pdf(pdf)
    assert decoded == ([] if number == "03" else [code])


@needs_tools
def test_office_logo_is_printed_in_the_header(gui_app, context, office, calendar, now, tmp_path):
    import base64

    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    from desktop_app.services.office.settings import LOGO_KEY, set_office_setting

    logo = QImage(120, 120, QImage.Format.Format_RGB32)
    logo.fill(QColor(220, 0, 0))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    logo.save(buffer, "PNG")
    png = base64.b64encode(bytes(buffer.data())).decode()
    with context.session() as session:
        set_office_setting(session, office.id, LOGO_KEY, {"png_base64": png}, staff_id=None, at=now)
    code = make(context, office, calendar, now, "01")
    with context.session(read_only=True) as session:
        form = get_form_spec("01").build(session, code, FormRequest(now, calendar.tz))
    assert form.office.logo_png
    pdf = tmp_path / "logo.pdf"
    print_form(form, pdf_path=pdf)
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", str(pdf), str(tmp_path / "page")], check=True, timeout=60
    )
    page = QImage(str(sorted(tmp_path.glob("page*.png"))[0]))
    top_left = [
        page.pixelColor(x, y) for x in range(page.width() // 2) for y in range(page.height() // 5)
    ]
    assert any(c.red() > 180 and c.green() < 60 and c.blue() < 60 for c in top_left)
