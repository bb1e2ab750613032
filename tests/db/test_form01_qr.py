"""Form 01 carries a QR code of the public lookup address beside its barcode.

Printed to PDF and read back at 203 dpi (a thermal or office printer's resolution): zbar reads
both the Code128 dossier code and the QR address, and the receipt with the longest content
still fits one A5 page. Without a lookup address (no setting, no central server, no
enrolment) the receipt has no QR code.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.config import load_settings  # noqa: E402
from desktop_app.printing.forms.base import print_form  # noqa: E402
from desktop_app.printing.forms.registry import FormRequest, get_form_spec  # noqa: E402
from desktop_app.printing.qr import qr_matrix  # noqa: E402
from desktop_app.sync.credentials import DeviceCredential, save_credential  # noqa: E402
from desktop_app.sync.public_lookup_base import public_lookup_base  # noqa: E402
from motcua_core.domain.lookup_address import lookup_address  # noqa: E402
from tests.db.test_form_01_one_page import _longest_receipt, _pages  # noqa: E402
from tests.db.test_form_printing import decode_pdf, needs_tools  # noqa: E402

BASE = "https://dichvucong.hanoi.example.vn/"


@pytest.fixture
def database_url(sqlite_url: str) -> str:
    """Printing does not depend on the backend: SQLite only."""
    return sqlite_url


@pytest.fixture(scope="module")
def gui_app():
    return QApplication.instance() or QApplication([])


def _print(context, code: str, now, tz, base: str, pdf: Path) -> tuple[int, list[str]]:
    with context.session(read_only=True) as session:
        form = get_form_spec("01").build(session, code, FormRequest(now, tz, lookup_base_url=base))
    pages = print_form(form, pdf_path=pdf)
    assert pages == _pages(pdf)
    return pages, decode_pdf(pdf)


@needs_tools
def test_the_receipt_s_barcode_and_lookup_qr_both_decode_on_one_a5_page(
    gui_app, context, office, calendar, now, tmp_path
):
    code = _longest_receipt(context, office, calendar, now)
    pages, decoded = _print(context, code, now, calendar.tz, BASE, tmp_path / "qr.pdf")
    address = f"https://dichvucong.hanoi.example.vn/tra-cuu?code={code}"
    assert pages == 1
    assert sorted(decoded) == sorted([code, address])


@needs_tools
def test_without_a_lookup_address_the_receipt_has_no_qr(
    gui_app, context, office, calendar, now, tmp_path
):
    code = _longest_receipt(context, office, calendar, now)
    pages, decoded = _print(context, code, now, calendar.tz, "", tmp_path / "plain.pdf")
    assert pages == 1 and decoded == [code]


def test_the_address_url_encodes_the_code():
    assert lookup_address("https://a.example/", "X/1 2?&") == (
        "https://a.example/tra-cuu?code=X%2F1%202%3F%26"
    )
    with pytest.raises(ValueError):
        qr_matrix("")


def _settings(tmp_path: Path, **values: str):
    overrides = {"sync_credential_file": str(tmp_path / "credential.json"), **values}
    return load_settings(
        config_file=None, environ={}, read_standard_file=False, overrides=overrides
    )


def test_the_lookup_base_is_the_setting_then_the_server_then_the_enrolment(tmp_path):
    assert public_lookup_base(_settings(tmp_path)) == ""
    save_credential(
        tmp_path / "credential.json",
        DeviceCredential("https://enrolled.example.vn", "d1", "s", "000.00.06.H56", "UBND"),
    )
    assert public_lookup_base(_settings(tmp_path)) == "https://enrolled.example.vn"
    synced = _settings(tmp_path, central_server_url="https://sync.example.vn/")
    assert public_lookup_base(synced) == "https://sync.example.vn"
    named = _settings(
        tmp_path, central_server_url="https://sync.example.vn", public_lookup_url=BASE
    )
    assert public_lookup_base(named) == BASE.rstrip("/")
