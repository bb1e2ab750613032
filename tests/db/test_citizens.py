"""Known citizens: the newest record pre-fills the form, the card's changes, doubled saves."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from desktop_app.services.dossiers.citizens import (
    FieldChange,
    differences,
    known_applicant,
    recent_duplicates,
)
from desktop_app.services.dossiers.reception import (
    ApplicantInput,
    ReceptionRequest,
    receive_dossier,
)
from desktop_app.storage.models import Applicant
from motcua_core.domain.cccd_qr import parse_card_payload
from motcua_core.domain.identifiers import IdType

# 4th digit 1: a woman born in the 1900s.
ID = "001185012345"
CARD = f"{ID}|123456789|Nguyễn Thị Hồng Nhung|02031985|Nữ|Số 5 phố Hàng Bạc, Hà Nội|01022021"


def _applicant(**changes) -> ApplicantInput:
    values = dict(
        full_name="nguyễn thị hồng nhung",
        id_type=IdType.CCCD,
        id_number=ID,
        birth_date=date(1985, 3, 2),
        phone="0912345678",
        email="nhung@example.vn",
        address="Số 5 phố Hàng Bạc, Hà Nội",
        sex="female",
        old_id_number="123456789",
    )
    values.update(changes)
    return ApplicantInput(**values)


def _receive(session, office, calendar, at, procedure="1.004873", **changes):
    request = ReceptionRequest(procedure_code=procedure, applicant=_applicant(**changes))
    return receive_dossier(session, request, office=office, calendar=calendar, received_at=at)


def test_sex_and_old_cmnd_are_stored(context, office, calendar, now):
    with context.session() as session:
        _receive(session, office, calendar, now)
    with context.session(read_only=True) as session:
        applicant = session.scalars(select(Applicant)).one()
        assert (applicant.sex, applicant.old_id_number) == ("female", "123456789")


def test_known_applicant_is_the_newest_record(context, office, calendar, now):
    with context.session() as session:
        _receive(session, office, calendar, now - timedelta(days=30), phone="0987654321")
        _receive(session, office, calendar, now, address="Số 9 phố Lò Sũ, Hà Nội")
    with context.session(read_only=True) as session:
        known = known_applicant(session, "001 185 012 345")
    assert known is not None
    assert known.full_name == "Nguyễn Thị Hồng Nhung"
    assert (known.id_type, known.id_number, known.old_id_number) == (IdType.CCCD, ID, "123456789")
    assert (known.birth_date, known.sex) == (date(1985, 3, 2), "female")
    assert known.address == "Số 9 phố Lò Sũ, Hà Nội"
    assert (known.phone, known.email) == ("0912345678", "nhung@example.vn")
    assert known.last_received_at == now


def test_unknown_number_gives_none(context):
    with context.session(read_only=True) as session:
        assert known_applicant(session, "079185000123") is None
        assert known_applicant(session, "  ") is None


def test_applicant_without_dossiers_is_known(context):
    with context.session() as session:
        session.add(
            Applicant(full_name="Lê Văn Đức", name_key="le van duc", id_type="cccd",
                      id_number="001085012399", address="")
        )  # fmt: skip
    with context.session(read_only=True) as session:
        known = known_applicant(session, "001085012399")
    assert known is not None
    assert (known.full_name, known.last_received_at, known.sex) == ("Lê Văn Đức", None, None)


def test_differences_list_what_the_card_changed(context, office, calendar, now):
    with context.session() as session:
        _receive(session, office, calendar, now, address="Số 9  phố Lò Sũ, Hà Nội")
        known = known_applicant(session, ID)
    card = parse_card_payload(CARD, today=date(2026, 11, 26))
    changes = differences(known, card)
    assert changes == [
        FieldChange("address", "Địa chỉ", "Số 9 phố Lò Sũ, Hà Nội", "Số 5 phố Hàng Bạc, Hà Nội")
    ]
    assert (changes[0].old_text, changes[0].new_text) == (known.address, card.address)


def test_differences_format_dates_and_sex_and_ignore_a_missing_old_cmnd(
    context, office, calendar, now
):
    with context.session() as session:
        _receive(session, office, calendar, now, birth_date=date(1985, 1, 1), sex=None)
        known = known_applicant(session, ID)
    card = parse_card_payload(CARD.replace("|123456789|", "||"), today=date(2026, 11, 26))
    changes = {change.field: change for change in differences(known, card)}
    assert sorted(changes) == ["birth_date", "sex"]
    assert (changes["birth_date"].old_text, changes["birth_date"].new_text) == (
        "01/01/1985",
        "02/03/1985",
    )
    assert (changes["sex"].label_vi, changes["sex"].new_text) == ("Giới tính", "Nữ")
    assert (changes["sex"].old, changes["sex"].old_text) == (None, "")


def test_no_differences_when_the_card_agrees(context, office, calendar, now):
    with context.session() as session:
        _receive(session, office, calendar, now)
        known = known_applicant(session, ID)
    assert differences(known, parse_card_payload(CARD, today=date(2026, 11, 26))) == []


def test_recent_duplicates_same_citizen_and_procedure_within_the_hour(
    context, office, calendar, now
):
    with context.session() as session:
        old = _receive(session, office, calendar, now - timedelta(hours=2))
        first = _receive(session, office, calendar, now - timedelta(minutes=50))
        second = _receive(session, office, calendar, now - timedelta(minutes=5))
        _receive(session, office, calendar, now - timedelta(minutes=5), procedure="2.000635")
        _receive(session, office, calendar, now, id_number="001185099999")
    with context.session(read_only=True) as session:
        hits = recent_duplicates(session, ID, "1.004873", now)
        narrow = recent_duplicates(session, ID, "1.004873", now, within=timedelta(minutes=10))
        none = recent_duplicates(session, "079185000123", "1.004873", now)
    assert [hit.code for hit in hits] == [second.code, first.code]
    assert old.code not in [hit.code for hit in hits]
    assert hits[0].received_at == now - timedelta(minutes=5)
    assert [hit.code for hit in narrow] == [second.code]
    assert none == []


def _plans(context, work) -> list[str]:
    """The SQLite query plans of the SELECTs ``work(session)`` runs."""
    from sqlalchemy import event

    statements: list[tuple[str, object]] = []

    def capture(_conn, _cursor, statement, parameters, _context, _many):
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    event.listen(context.engine, "before_cursor_execute", capture)
    try:
        with context.session(read_only=True) as session:
            work(session)
    finally:
        event.remove(context.engine, "before_cursor_execute", capture)
    with context.engine.connect() as connection:
        raw = connection.connection.driver_connection
        return [
            " / ".join(row[-1] for row in raw.execute(f"EXPLAIN QUERY PLAN {sql}", params))
            for sql, params in statements
        ]


def test_lookups_use_the_id_number_indexes(context, office, calendar, now):
    if context.engine.dialect.name != "sqlite":
        pytest.skip("query plans are checked on SQLite; PostgreSQL plans depend on statistics")
    with context.session() as session:
        _receive(session, office, calendar, now)
    plans = _plans(context, lambda s: known_applicant(s, "079185000123"))
    plans += _plans(context, lambda s: recent_duplicates(s, ID, "1.004873", now))
    assert plans and all("SCAN dossier" not in p and "SCAN applicant" not in p for p in plans)
    assert any("ix_dossier_id_number" in p for p in plans), plans
    assert any("ix_applicant_id_number" in p for p in plans), plans
