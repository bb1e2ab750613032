"""A statement the office database refuses is one line on stderr, without the row's values."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from sqlalchemy.exc import DataError, IntegrityError

from desktop_app import cli
from desktop_app.commands.common import database_problem

NAME = "Nguyễn Văn Ánh"
ID_NUMBER = "001085012345"


@pytest.mark.parametrize("kind", [DataError, IntegrityError])
def test_refused_statement_is_its_first_line_only(kind) -> None:
    orig = Exception(
        "value too long for type character varying(200)\n"
        f"DETAIL:  Key (id_number)=({ID_NUMBER}) already exists."
    )
    error = kind("INSERT INTO applicant ...", {"full_name": NAME, "id_number": ID_NUMBER}, orig)
    problem = database_problem(error, "postgresql+psycopg://app:pw@db/office")
    assert problem == (
        "the office database refused the change: value too long for type character varying(200)"
    )


def test_cli_prints_one_line_and_exits_2(monkeypatch, capsys) -> None:
    def refused(args, settings):
        raise DataError("INSERT ...", {"full_name": NAME}, Exception("value too long"))

    parser_args = cli.build_parser().parse_args(["doctor"])
    monkeypatch.setattr(parser_args, "handler", refused)
    settings = SimpleNamespace(database_url="postgresql+psycopg://app:pw@db/office")
    assert cli._run_command(parser_args, settings) == 2  # type: ignore[arg-type]
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and NAME not in err and "Traceback" not in err


def test_personal_values_are_blanked_longest_first() -> None:
    from desktop_app.commands.common import without_personal_data

    message = f"Citizen ID {ID_NUMBER} of {NAME} ({ID_NUMBER[:9]})"
    assert without_personal_data(message, [ID_NUMBER[:9], ID_NUMBER, NAME, None, " "]) == (
        "Citizen ID … of … (…)"
    )
