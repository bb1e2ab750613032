"""``dossier receive --email --notify`` and the notifications ``dossier show --json`` carries."""

from __future__ import annotations

import json

import pytest

from tests.e2e.test_cli import run_cli

PROCEDURE = "1.004873"
EMAIL = "nhung.nguyen@example.vn"
APPLICANT = ("--name", "Nguyễn Thị Hồng Nhung", "--id-number", "001190012345")


@pytest.fixture
def office_db(sqlite_url: str) -> str:
    result = run_cli("init", "--office-code", "000.00.06.H56", db_url=sqlite_url)
    assert result.returncode == 0, result.stderr
    return sqlite_url


def _receive(db: str, *extra: str):
    return run_cli("dossier", "receive", "--procedure", PROCEDURE, *APPLICANT, *extra, db_url=db)


def _shown(db: str, code: str) -> dict:
    shown = run_cli("dossier", "show", code, "--json", db_url=db)
    assert shown.returncode == 0, shown.stderr
    return json.loads(shown.stdout)


def test_consent_by_email_shows_its_pending_request_and_no_consent_shows_none(office_db) -> None:
    received = _receive(office_db, "--email", EMAIL, "--notify", "email", "--json")
    assert received.returncode == 0, received.stderr
    shown = _shown(office_db, json.loads(received.stdout)["code"])
    assert shown["notify_medium"] == "email" and shown["applicant"]["email"] == EMAIL
    [notice] = shown["notifications"]
    assert set(notice) == {"id", "event", "medium", "state", "attempts", "detail", "at"}
    assert (notice["event"], notice["medium"], notice["state"]) == ("received", "email", "pending")
    assert notice["attempts"] == 0 and notice["detail"] is None and notice["at"].endswith("+07:00")
    plain = _receive(office_db, "--phone", "0912345678", "--json")
    shown = _shown(office_db, json.loads(plain.stdout)["code"])
    assert shown["notify_medium"] == "none" and shown["notifications"] == []


def test_a_medium_without_its_recipient_exits_2_naming_the_field(office_db) -> None:
    refused = _receive(office_db, "--email", EMAIL, "--notify", "sms")
    assert refused.returncode == 2 and "phone" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1 and EMAIL not in refused.stderr
    unknown = _receive(office_db, "--notify", "fax")
    assert unknown.returncode == 2 and "--notify" in unknown.stderr
    found = run_cli("dossier", "search", "001190012345", "--json", db_url=office_db)
    assert json.loads(found.stdout)["results"] == []
