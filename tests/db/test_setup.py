"""Setting up an office: the catalogue loads once, a second run changes nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop_app.services.errors import NotFound, ServiceError
from desktop_app.services.office.catalog import get_procedure, search_procedures
from desktop_app.services.office.setup import set_up_office
from desktop_app.storage.models import Office, Procedure, ServiceArea


def test_catalogue_has_every_domain_procedure(context) -> None:
    with context.session(read_only=True) as session:
        codes = set(session.scalars(select(Procedure.code)))
        areas = {a.code: a.ticket_prefix for a in session.scalars(select(ServiceArea))}
    assert {
        "1.001193",
        "1.000656",
        "1.000894",
        "1.004873",
        "2.000635",
        "2.000815",
        "2.000884",
        "2.001019",
        "2.000908",
        "1.004222",
        "1.004194",
        "2.000986",
    } <= codes
    assert areas == {"A": "A", "B": "B", "C": "C", "D": "D"}


def test_second_setup_changes_nothing(context, office_settings) -> None:
    with context.session() as session:
        result = set_up_office(session, office_settings.office_code, office_settings.office_name)
    assert not result.changed
    assert (result.procedures.added, result.procedures.updated) == (0, 0)
    with context.session(read_only=True) as session:
        assert session.scalar(select(func.count()).select_from(Office)) == 1


def test_explicit_other_office_code_is_refused(context) -> None:
    with (
        pytest.raises(ServiceError, match="belongs to office 000.00.06.H56"),
        context.session() as s,
    ):
        set_up_office(s, "000.00.12.H61", "Khác", code_is_explicit=True)


def test_local_fee_override_survives_catalogue_reload(context, office_settings) -> None:
    with context.session() as session:
        row = session.scalars(select(Procedure).where(Procedure.code == "2.000884")).one()
        row.local_fee_text = "10.000 đồng (mức thu địa phương)"
    with context.session() as session:
        set_up_office(session, office_settings.office_code, office_settings.office_name)
        info = get_procedure(session, "2.000884")
    assert info.fee_text == "10.000 đồng (mức thu địa phương)" and info.fee_is_local


def test_procedure_lookup_by_full_provincial_code_and_accentless_name(context) -> None:
    with context.session(read_only=True) as session:
        assert get_procedure(session, "2.000815.000.00.00.H61").code == "2.000815"
        assert [p.code for p in search_procedures(session, "chung thuc di chuc")] == ["2.001019"]
        with pytest.raises(NotFound):
            get_procedure(session, "9.999999")
