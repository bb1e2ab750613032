"""The suite runs on empty user folders of its own, never on the machine user's ones."""

from __future__ import annotations

from pathlib import Path

from desktop_app.config import default_config_path, load_settings, user_data_dir
from desktop_app.sync.credentials import credential_path
from desktop_app.sync.public_lookup_base import public_lookup_base


def test_settings_and_data_folders_are_not_the_users_own() -> None:
    home = Path.home().resolve()
    for folder in (default_config_path().parent, user_data_dir()):
        assert not folder.resolve().is_relative_to(home), folder


def test_a_station_without_settings_knows_no_central_server() -> None:
    settings = load_settings(config_file=None, environ={}, read_standard_file=False)
    assert not credential_path(settings).exists()
    assert public_lookup_base(settings) == ""
