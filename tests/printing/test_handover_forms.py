"""Forms 04, 05, 07 and the handover lists print in Vietnamese with barcodes zbar decodes."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.app import build_context  # noqa: E402
from desktop_app.config import load_settings  # noqa: E402
from desktop_app.printing.forms.base import print_form  # noqa: E402
from desktop_app.printing.forms.handover_list import (  # noqa: E402
    batch_reference,
    build_handover_list,
    print_list,
)
from desktop_app.printing.forms.register_07 import build_register  # noqa: E402
from desktop_app.printing.forms.registry import FormRequest, get_form_spec  # noqa: E402
from desktop_app.services.handover import department as dept  # noqa: E402
from desktop_app.services.handover.batches import Direction, create_batch  # noqa: E402
from desktop_app.services.office.calendar import office_calendar  # noqa: E402
from desktop_app.services.office.setup import set_up_office  # noqa: E402
from desktop_app.storage.migrate import upgrade_to_head  # noqa: E402
from tests.support.handover_data import DEPARTMENT, add_people, receive  # noqa: E402

ZBAR, PDFTOPPM = shutil.which("zbarimg"), shutil.which("pdftoppm")
pytestmark = pytest.mark.skipif(
    not (ZBAR and PDFTOPPM) and not os.environ.get("CI"), reason="needs zbar-tools and poppler"
)
NOW = datetime(2026, 11, 26, 2, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, object]:
    """An office with a batch, an extended and a stopped dossier; forms built from it."""
    _app = QApplication.instance() or QApplication([])
    folder = tmp_path_factory.mktemp("forms")
    settings = load_settings(
        config_file=None,
        environ={},
        read_standard_file=False,
        overrides={
            "database_url": f"sqlite:///{(folder / 'o.sqlite3').as_posix()}",
            "office_code": "000.00.06.H56",
            "office_name": "UBND Phường Hàng Bạc",
        },
    )
    context = build_context(settings, create=True)
    upgrade_to_head(context.engine)
    tz = settings.zone
    request = FormRequest(now=NOW + timedelta(days=1), tz=tz, place="Hoàn Kiếm")
    with context.session() as session:
        office = set_up_office(session, "000.00.06.H56", "UBND Phường Hàng Bạc").office
        counter, specialist = add_people(session, office)
        calendar = office_calendar(session, settings, office.id)
        first = receive(session, office, calendar, NOW, staff_id=counter.id).code
        second = receive(
            session,
            office,
            calendar,
            NOW,
            staff_id=counter.id,
            name="Trần Thị Lan",
            id_number="001190012345",
        ).code
        batch = create_batch(
            session,
            [first, second],
            office_id=office.id,
            direction=Direction.TO_DEPARTMENT,
            to_unit=DEPARTMENT,
            at=NOW + timedelta(hours=1),
            tz=tz,
            sender_id=counter.id,
        )
        kw = {"staff_id": specialist.id, "unit": DEPARTMENT, "at": NOW + timedelta(days=1)}
        dept.extend_due_date(
            session,
            first,
            new_due=datetime(2026, 12, 4, 16, tzinfo=tz),
            reason="Chờ kết quả xác minh của Công an xã",
            calendar=calendar,
            **kw,
        )
        dept.stop_processing(session, second, reason="Người nộp đề nghị rút hồ sơ", **kw)
        forms = {
            "04": get_form_spec("04").build(session, first, request),
            "05": get_form_spec("05").build(session, second, request),
            "list": build_handover_list(session, str(batch.id), request),
            "07": build_register(session, date(2026, 11, 26), date(2026, 11, 26), request),
        }
    context.close()
    return {
        "forms": forms,
        "folder": folder,
        "codes": (first, second),
        "batch": batch_reference(batch),
    }


def _render(pdf: Path) -> list[Path]:
    subprocess.run(
        [PDFTOPPM, "-r", "203", "-png", str(pdf), str(pdf.with_suffix(""))], check=True, timeout=120
    )
    return sorted(pdf.parent.glob(f"{pdf.stem}*.png"))


def _decode(image: Path) -> list[str]:
    result = subprocess.run(
        [ZBAR, "--nodbus", "--raw", "-q", str(image)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return result.stdout.split()


@pytest.mark.parametrize("number,index", [("04", 0), ("05", 1)])
def test_forms_04_and_05_carry_the_code_as_barcode(printed, number, index):
    form = printed["forms"][number]
    pdf = printed["folder"] / f"mau{number}.pdf"
    assert print_form(form, pdf_path=pdf) == 1
    assert _decode(_render(pdf)[0]) == [printed["codes"][index]]
    assert "Chờ kết quả xác minh" in form.body_html or "rút hồ sơ" in form.body_html


def test_handover_list_barcode_is_the_batch_reference(printed):
    form = printed["forms"]["list"]
    pdf = printed["folder"] / "list.pdf"
    assert print_list(form, pdf_path=str(pdf)) == 1
    assert _decode(_render(pdf)[0]) == [printed["batch"]]
    assert form.title == "GIẤY BÀN GIAO HỒ SƠ" and all(
        c in form.body_html for c in printed["codes"]
    )


def test_register_prints_landscape_with_every_dossier(printed):
    form = printed["forms"]["07"]
    pdf = printed["folder"] / "register.pdf"
    assert print_list(form, pdf_path=str(pdf), landscape=True) == 1
    assert "2 hồ sơ" in form.subtitle and "Đã gia hạn" in form.body_html
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=False).stdout
    width, height = (float(v) for v in info.split("Page size:")[1].split("pts")[0].split(" x "))
    assert width > height
