"""``doctor --office``: the stations of an office database; a program older than its schema."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from desktop_app import __version__
from desktop_app.app import build_context
from desktop_app.cli import main
from desktop_app.commands.database_setup import initialise
from desktop_app.commands.gui_cmd import open_station_context
from desktop_app.services.office import stations
from desktop_app.services.office.schema_version import ProgramTooOld
from desktop_app.storage.migrate import SCHEMA_HEAD
from desktop_app.storage.models import StationSeen

KEYS = {"role", "counter", "host", "version", "last_seen", "clock_skew_seconds"}


def _office(office_settings, capsys) -> list[dict]:
    db = office_settings.database_url
    assert main(["--db", db, "doctor", "--office", "--json"]) == 0
    return json.loads(capsys.readouterr().out)["stations"]


def test_a_station_that_opens_its_window_is_listed(office_settings, capsys) -> None:
    initialise(office_settings)
    open_station_context(office_settings.with_values("test", role="kiosk")).close()
    open_station_context(office_settings.with_values("test", counter_number=3)).close()
    listed = _office(office_settings, capsys)
    assert [set(row) for row in listed] == [KEYS, KEYS]
    assert [(row["role"], row["counter"]) for row in listed] == [("counter", 3), ("kiosk", 1)]
    assert {row["host"] for row in listed} == {stations.this_host()}
    assert {row["version"] for row in listed} == {__version__}
    skews = [row["clock_skew_seconds"] for row in listed]
    if office_settings.database_url.startswith("sqlite"):
        assert skews == [None, None]  # SQLite has no server clock
    else:
        assert all(abs(skew) < 60 for skew in skews)


def test_a_station_not_seen_for_30_days_is_left_out(office_settings, capsys) -> None:
    initialise(office_settings)
    context = build_context(office_settings)
    old = datetime.now(UTC) - timedelta(days=31)
    with context.session() as session:
        session.add(StationSeen(host="pc-old", role="display", version="0.0.9", last_seen=old))
        session.add(StationSeen(host="pc-new", role="rating", version="0.0.9", last_seen=old))
    with context.session() as session:
        session.get(StationSeen, ("pc-new", "rating")).last_seen = datetime.now(UTC)
    context.close()
    assert [row["host"] for row in _office(office_settings, capsys)] == ["pc-new"]


@pytest.mark.postgres
def test_the_skew_is_against_the_postgresql_clock(postgres_url: str) -> None:
    from desktop_app.config import load_settings

    settings = load_settings(
        environ={}, read_standard_file=False, overrides={"database_url": postgres_url}
    )
    initialise(settings)
    context = build_context(settings)
    with context.session() as session:
        server_now = stations.database_clock(session)
        assert server_now is not None
        ahead = server_now + timedelta(minutes=5)
        stations.record_station(session, settings, "1.0", ahead)
    with context.session() as session:
        skew = session.get(StationSeen, (stations.this_host(), "counter")).clock_skew_seconds
    context.close()
    assert 290 < skew <= 300


def test_a_program_older_than_the_schema_refuses_to_start(office_settings, capsys) -> None:
    initialise(office_settings)
    context = build_context(office_settings)
    with context.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0099'"))
        connection.execute(
            text("INSERT INTO schema_writer VALUES ('0099', '2.4.0', CURRENT_TIMESTAMP)")
        )
    context.close()
    db = office_settings.database_url
    for command in (["doctor", "--office"], ["init"]):
        assert main(["--db", db, *command]) == 2
        error = capsys.readouterr().err
        assert "install desktop-app 2.4.0 or newer" in error, command
        assert f"this program is desktop-app {__version__}" in error
    with pytest.raises(ProgramTooOld, match="install desktop-app 2.4.0 or newer"):
        open_station_context(office_settings)  # the window of any role


def test_init_records_the_version_that_upgraded_the_schema(office_settings) -> None:
    initialise(office_settings)
    context = build_context(office_settings)
    with context.engine.connect() as connection:
        rows = connection.execute(text("SELECT revision, app_version FROM schema_writer")).all()
    context.close()
    assert [tuple(row) for row in rows] == [(SCHEMA_HEAD, __version__)]
