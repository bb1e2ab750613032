"""Settings: declared defaults, then file < environment < flags; bad values name their source."""

from __future__ import annotations

from datetime import time
from pathlib import Path
from typing import get_origin, get_type_hints

import pytest

from desktop_app.config import (
    SETTINGS,
    Settings,
    SettingsError,
    describe_settings,
    load_settings,
)


def _load(tmp_path: Path, text: str | None = None, environ=None, overrides=None):
    path = None
    if text is not None:
        path = tmp_path / "settings.toml"
        path.write_text(text, encoding="utf-8")
    return load_settings(
        config_file=path, environ=environ or {}, overrides=overrides, read_standard_file=False
    )


def test_every_setting_is_declared_with_a_meaning() -> None:
    assert all(s.meaning and s.type_name for s in SETTINGS)
    assert len({s.name for s in SETTINGS}) == len(SETTINGS)


def test_defaults(tmp_path: Path) -> None:
    settings = _load(tmp_path)
    assert settings.timezone == "Asia/Ho_Chi_Minh"
    assert settings.working_windows == ((time(8), time(12)), (time(13), time(17)))
    assert settings.working_days == (0, 1, 2, 3, 4)
    assert settings.same_day_cutoff == time(15)
    assert settings.database_url.startswith("sqlite:///") and settings.database_url.endswith(
        "office.sqlite3"
    )
    assert all(source == "default" for source in settings.sources.values())


def test_layers_file_then_environment_then_flags(tmp_path: Path) -> None:
    settings = _load(
        tmp_path,
        '[office]\noffice_code = "000.00.06.H56"\ncounter_number = 2\n'
        'working_windows = ["07:30-11:30", "13:30-17:00"]\nworking_days = "mon-sat"\n',
        environ={"DESKTOP_APP_COUNTER_NUMBER": "3", "DESKTOP_APP_ROLE": "kiosk"},
        overrides={"counter_number": 4, "database_url": "postgresql://u@h/db"},
    )
    assert settings.office_code == "000.00.06.H56"
    assert settings.working_windows == ((time(7, 30), time(11, 30)), (time(13, 30), time(17)))
    assert settings.working_days == (0, 1, 2, 3, 4, 5)
    assert settings.role == "kiosk" and settings.sources["role"].startswith("environment")
    assert settings.counter_number == 4 and settings.sources["counter_number"].startswith(
        "command line"
    )
    assert settings.sources["office_code"].endswith("settings.toml")


def test_old_key_names_are_upgraded(tmp_path: Path) -> None:
    settings = _load(tmp_path, 'db_url = "sqlite:////tmp/x.sqlite3"\n')
    assert settings.database_url == "sqlite:////tmp/x.sqlite3"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('same_day_cutoff = "25:00"', "'same_day_cutoff' expects a time of day as HH:MM"),
        ('working_windows = "13:00-12:00"', "'working_windows' expects working windows"),
        ("counter_number = 0", "'counter_number' expects a whole number of at least 1"),
        ('role = "cashier"', "'role' expects one of counter, kiosk"),
        ('timezone = "Mars/Base"', "'timezone' expects an IANA time zone"),
        ('colour = "blue"', "unknown setting 'colour'"),
        ("office_code = ", "not valid TOML"),
    ],
)
def test_bad_file_names_file_key_and_expectation(tmp_path: Path, text: str, fragment: str) -> None:
    with pytest.raises(SettingsError) as error:
        _load(tmp_path, text)
    assert str(tmp_path / "settings.toml") in str(error.value)
    assert fragment in str(error.value)


def test_bad_environment_value_names_the_variable(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="environment DESKTOP_APP_FULLSCREEN: .*true or false"):
        _load(tmp_path, environ={"DESKTOP_APP_FULLSCREEN": "maybe"})


def test_missing_named_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="cannot read the settings file"):
        load_settings(config_file=tmp_path / "nope.toml", environ={})


def test_describe_lists_sources(tmp_path: Path) -> None:
    rows = describe_settings(_load(tmp_path, overrides={"role": "display"}))
    role = next(r for r in rows if r["name"] == "role")
    assert role == {
        "name": "role",
        "value": "display",
        "source": "command line --role",
        "meaning": role["meaning"],
    }


def test_a_setting_read_has_its_declared_type_and_default(tmp_path: Path) -> None:
    hints = get_type_hints(Settings)
    defaults = _load(tmp_path)
    for setting in SETTINGS:
        declared = get_origin(hints[setting.name]) or hints[setting.name]
        assert isinstance(getattr(defaults, setting.name), declared), setting.name
        assert getattr(defaults, setting.name) == setting.default(), setting.name
    assert defaults.sync_interval_seconds == 60 and defaults.fullscreen is False
    from_text = _load(
        tmp_path,
        environ={"DESKTOP_APP_SYNC_INTERVAL_SECONDS": "30", "DESKTOP_APP_FULLSCREEN": "yes"},
    )
    assert from_text.sync_interval_seconds == 30 and isinstance(
        from_text.sync_interval_seconds, int
    )
    assert from_text.fullscreen is True
