"""``dossier receive --cccd-qr`` and ``dossier show --json`` as real processes."""

from __future__ import annotations

import json

import pytest

from tests.e2e.test_cli import run_cli

ADDRESS = "Số 12 phố Lê Lợi, phường Hàng Bạc, quận Hoàn Kiếm, Hà Nội"
CARD = f"001190012345|123456789|NGUYỄN THỊ HỒNG NHUNG|15031990|Nữ|{ADDRESS}|01022021|x|y"
PROCEDURE = "1.004873"


@pytest.fixture
def office_db(sqlite_url: str) -> str:
    result = run_cli(
        "init", "--office-code", "000.00.06.H56", "--office-name", "UBND Phường Ắ",
        db_url=sqlite_url,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return sqlite_url


def _receive(db: str, *extra: str):
    return run_cli("dossier", "receive", "--procedure", PROCEDURE, *extra, db_url=db)


def _dossiers_of(db: str, id_number: str) -> list[dict]:
    found = run_cli("dossier", "search", id_number, "--json", db_url=db)
    assert found.returncode == 0, found.stderr
    return json.loads(found.stdout)["results"]


def test_card_fills_the_applicant_and_show_carries_it(office_db: str) -> None:
    received = _receive(office_db, "--cccd-qr", CARD + "\r\n", "--phone", "0912345678", "--json")
    assert received.returncode == 0, received.stderr
    code = json.loads(received.stdout)["code"]
    shown = run_cli("dossier", "show", code, "--json", db_url=office_db)
    assert shown.returncode == 0, shown.stderr
    applicant = json.loads(shown.stdout)["applicant"]
    assert applicant == {
        "full_name": "Nguyễn Thị Hồng Nhung",
        "id_type": "cccd",
        "id_number": "001190012345",
        "old_id_number": "123456789",
        "birth_date": "1990-03-15",
        "sex": "Nữ",
        "phone": "0912345678",
        "email": None,
        "address": ADDRESS,
    }


def test_name_and_id_given_with_the_card_must_agree(office_db: str) -> None:
    agreeing = _receive(
        office_db, "--cccd-qr", CARD, "--name", "nguyen thi hong nhung",
        "--id-number", "001 190 012 345",
    )  # fmt: skip
    assert agreeing.returncode == 0, agreeing.stderr
    for flag, value in (("--name", "Nguyễn Thị Hồng Nhung An"), ("--id-number", "001190012346")):
        refused = _receive(office_db, "--cccd-qr", CARD, flag, value)
        assert refused.returncode == 2
        assert len(refused.stderr.strip().splitlines()) == 1
        assert flag in refused.stderr and "Traceback" not in refused.stderr
    assert len(_dossiers_of(office_db, "001190012345")) == 1


@pytest.mark.parametrize(
    ("payload", "word"),
    [
        (CARD.replace("15031990", "15031991"), "birth year"),
        (CARD.replace("|Nữ|", "|Nam|"), "sex"),
        (CARD.replace("NGUYỄN THỊ HỒNG NHUNG", "Nguyeenx Thij Hoongf Nhung"), "input method"),
        (CARD.encode("utf-8").decode("latin-1"), "input method"),
        (CARD.replace("|123456789|", "|12345|"), "old_id_number"),
        ("001190012345|123456789|Nguyễn Thị Hồng Nhung", "7 fields"),
    ],
    ids=["birth-year", "sex", "telex", "mojibake", "old-cmnd", "short"],
)
def test_bad_card_exits_2_with_one_line_and_saves_nothing(
    office_db: str, payload: str, word: str
) -> None:
    refused = _receive(office_db, "--cccd-qr", payload)
    assert refused.returncode == 2, refused.stdout
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 1 and word in lines[0], refused.stderr
    assert _dossiers_of(office_db, "001190012345") == []


def test_without_the_card_name_and_id_number_stay_required(office_db: str) -> None:
    refused = _receive(office_db, "--name", "Lê Văn Đức")
    assert refused.returncode == 2
    assert "--id-number" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    typed = _receive(office_db, "--name", "Lê Văn Đức", "--id-number", "001085012345", "--json")
    assert typed.returncode == 0, typed.stderr
    shown = run_cli("dossier", "show", json.loads(typed.stdout)["code"], "--json", db_url=office_db)
    applicant = json.loads(shown.stdout)["applicant"]
    assert (applicant["birth_date"], applicant["sex"], applicant["address"]) == (None, None, "")
