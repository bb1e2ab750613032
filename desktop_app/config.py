"""Declared settings of a station, read in layers.

Every setting is declared once, as a typed field of ``Settings`` with its default, parser
and meaning; ``SETTINGS`` lists those declarations in order. Values come from, lowest first:
the defaults, a TOML file (``--config FILE`` or the standard location), the environment
(``DESKTOP_APP_<NAME>``) and command-line flags. A bad value raises ``SettingsError`` naming
where it came from, the key, and what is expected; the CLI turns that into exit status 2.
A setting read (``settings.counter_number``) is of its declared type: callers need no casts
and no restated defaults.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import MISSING, Field, dataclass, field, fields, replace
from datetime import time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import platformdirs

from desktop_app.setting_values import (
    ANNOUNCER_BACKENDS,
    NOTIFY_EVENTS,
    ROLES,
    WEEKDAY_NAMES,
    Windows,
    display_value,
    parse_announcer,
    parse_bool,
    parse_db_url,
    parse_events,
    parse_int,
    parse_medium,
    parse_positive_int,
    parse_role,
    parse_server_url,
    parse_str,
    parse_time,
    parse_weekdays,
    parse_windows,
    parse_zone,
)

__all__ = [
    "ANNOUNCER_BACKENDS",
    "APP_AUTHOR",
    "APP_NAME",
    "ENV_PREFIX",
    "NON_SETTING_ENV",
    "ROLES",
    "SETTINGS",
    "SETTINGS_BY_NAME",
    "WEEKDAY_NAMES",
    "Setting",
    "Settings",
    "SettingsError",
    "default_config_path",
    "default_database_url",
    "describe_settings",
    "load_settings",
    "user_data_dir",
]

APP_NAME = "desktop-app"
APP_AUTHOR = "MotCua"
ENV_PREFIX = "DESKTOP_APP_"
# DESKTOP_APP_* variables that are not settings: the settings file, a start-up probe for
# benchmarks and smoke tests, and the test suite's PostgreSQL server.
NON_SETTING_ENV = frozenset({"CONFIG", "QUIT_AFTER_MS", "TEST_PG_URL"})


class SettingsError(ValueError):
    """A setting has a value that cannot be used; the message names source, key and expectation."""


def user_data_dir() -> Path:
    """The per-user folder holding the embedded database, backups and logs."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_config_path() -> Path:
    """The standard location of the station's settings file."""
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)) / "settings.toml"


def default_database_url() -> str:
    """A SQLite file in the user data folder: the embedded default."""
    return f"sqlite:///{(user_data_dir() / 'office.sqlite3').as_posix()}"


@dataclass(frozen=True)
class Setting:
    """One declared setting."""

    name: str
    parse: Callable[[Any], Any]
    default: Callable[[], Any]
    meaning: str
    type_name: str


def _declared(
    default: Any,
    parse: Callable[[Any], Any],
    type_name: str,
    meaning: str,
    *,
    factory: bool = False,
) -> Any:
    """A field of ``Settings``: its default (``factory``: a function giving it), parser, meaning."""
    about = {"parse": parse, "type_name": type_name, "meaning": meaning}
    if factory:
        return field(default_factory=default, metadata=about)
    return field(default=default, metadata=about)


def _events(channel: str) -> Any:
    """Citizens' notifications: the events told of dossiers received ``channel`` (all five)."""
    return _declared(NOTIFY_EVENTS, parse_events, "events", f"Events told, dossiers {channel}")


@dataclass(frozen=True)
class Settings:
    """The settings in force, one typed field per declared setting, and where each came from."""

    office_code: str = _declared("000.00.00.H00", parse_str, "text", "Office unit code (mã đơn vị)")
    office_name: str = _declared(
        "Trung tâm Phục vụ hành chính công",
        parse_str,
        "text",
        "Office name printed on forms and tickets",
    )
    timezone: str = _declared("Asia/Ho_Chi_Minh", parse_zone, "zone", "Office time zone")
    database_url: str = _declared(
        default_database_url,
        parse_db_url,
        "url",
        "Office database (SQLite file or PostgreSQL)",
        factory=True,
    )
    attachment_store: str = _declared(
        "",
        parse_str,
        "text",
        "Folder of the scanned attachments every station reaches (needed with PostgreSQL; "
        "SQLite keeps them in attachments/ beside the database file)",
    )
    role: str = _declared("counter", parse_role, "role", "Station role: " + "|".join(ROLES))
    counter_number: int = _declared(1, parse_positive_int, "int", "Counter number of this station")
    working_windows: Windows = _declared(
        parse_windows("08:00-12:00,13:00-17:00"),
        parse_windows,
        "windows",
        "Working windows of a working day",
    )
    working_days: tuple[int, ...] = _declared(
        (0, 1, 2, 3, 4), parse_weekdays, "weekdays", "Working days of the week"
    )
    same_day_cutoff: time = _declared(
        time(15, 0),
        parse_time,
        "time",
        "Same-day procedures received after this go to the next working day",
    )
    central_server_url: str = _declared(
        "", parse_server_url, "url", "Central server address (empty: no sync)"
    )
    public_lookup_url: str = _declared(
        "",
        parse_server_url,
        "url",
        "Base address of the public lookup page printed as a QR code on receipts "
        "(empty: the central server's)",
    )
    sync_interval_seconds: int = _declared(
        60, parse_positive_int, "int", "Seconds between sync passes when nothing changes"
    )
    sync_ca_file: str = _declared(
        "",
        parse_str,
        "text",
        "CA certificate file to trust for the central server (empty: system CAs)",
    )
    sync_credential_file: str = _declared(
        "",
        parse_str,
        "text",
        "Device credential file (empty: device-credential.json in the user config folder)",
    )
    ticket_printer: str = _declared(
        "", parse_str, "text", "Printer name for queue tickets (empty: PDF)"
    )
    form_printer: str = _declared("", parse_str, "text", "Printer name for forms (empty: PDF)")
    scanner_serial_port: str = _declared(
        "",
        parse_str,
        "text",
        "Card/barcode scanner in serial mode, e.g. COM3 or /dev/ttyACM0 (empty: keyboard mode)",
    )
    scanner_baud_rate: int = _declared(
        9600, parse_positive_int, "int", "Baud rate of the scanner's serial port"
    )
    scan_folder: str = _declared(
        "", parse_str, "text", "Folder the document scanner saves into (empty: none watched)"
    )
    sane_device: str = _declared(
        "", parse_str, "text", "SANE scanner device, e.g. epson2:net:10.0.0.5 (empty: the first)"
    )
    idle_lock_minutes: int = _declared(
        15, parse_positive_int, "int", "Lock the window after this many idle minutes"
    )
    backup_keep_days: int = _declared(
        14,
        parse_positive_int,
        "int",
        "Days the automatic daily backups of a SQLite database are kept",
    )
    language: str = _declared("vi", parse_str, "text", "User interface language (vi or en)")
    fullscreen: bool = _declared(False, parse_bool, "bool", "Open the window full screen")
    # --- queue (issue "Queue") ---
    priority_fairness_n: int = _declared(
        3,
        parse_positive_int,
        "int",
        "After this many priority calls in a row a counter takes a waiting normal ticket",
    )
    priority_strict: bool = _declared(
        False, parse_bool, "bool", "Priority tickets always first (turns the fairness rule off)"
    )
    booking_grace_minutes: int = _declared(
        15, parse_positive_int, "int", "A booked citizen later than this after the slot's start "
        "gets a walk-in ticket",
    )  # fmt: skip
    recall_limit: int = _declared(
        3, parse_positive_int, "int", "How often a ticket can be recalled"
    )
    # --- reports (form II.06a) ---
    report_withdrawn_as_resolved: bool = _declared(
        True, parse_bool, "bool", "Form II.06a counts withdrawn and stopped dossiers as resolved"
    )
    announcer_backend: str = _declared(
        "auto", parse_announcer, "text", "Call announcements: " + "|".join(ANNOUNCER_BACKENDS)
    )
    display_screen: int = _declared(
        0, parse_int, "int", "Screen number the public display opens on (0: the first)"
    )
    kiosk_reset_seconds: int = _declared(
        6,
        parse_positive_int,
        "int",
        "The kiosk returns to its start screen this many seconds after a ticket",
    )
    ticket_pdf_dir: str = _declared(
        "",
        parse_str,
        "text",
        "Folder for ticket PDFs when no ticket printer is named (empty: user data folder)",
    )
    notify_events_in_person: tuple[str, ...] = _events("in person")
    notify_events_online: tuple[str, ...] = _events("online")
    notify_events_post: tuple[str, ...] = _events("by post")
    notify_default_medium: str = _declared("none", parse_medium, "medium", "Medium offered first")
    # --- not settings: where the values came from ---
    sources: Mapping[str, str] = field(default_factory=dict)
    config_file: Path | None = None

    @property
    def values(self) -> Mapping[str, Any]:
        """Every setting's value by name."""
        return {setting.name: getattr(self, setting.name) for setting in SETTINGS}

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def with_values(self, source: str, **overrides: Any) -> Settings:
        """A copy with ``overrides`` parsed and recorded as coming from ``source``."""
        values = {name: _parse_one(name, raw, source) for name, raw in overrides.items()}
        sources = {**self.sources, **dict.fromkeys(overrides, source)}
        return replace(self, **values, sources=sources)


def _const(value: Any) -> Callable[[], Any]:
    return lambda: value


def _as_setting(declared: Field[Any]) -> Setting:
    """The declaration of one field of ``Settings``."""
    if declared.default_factory is not MISSING:
        default = declared.default_factory
    else:
        default = _const(declared.default)
    about = declared.metadata
    return Setting(declared.name, about["parse"], default, about["meaning"], about["type_name"])


SETTINGS: tuple[Setting, ...] = tuple(
    _as_setting(declared) for declared in fields(Settings) if "parse" in declared.metadata
)
SETTINGS_BY_NAME: Mapping[str, Setting] = {s.name: s for s in SETTINGS}


def _parse_one(name: str, raw: Any, source: str) -> Any:
    setting = SETTINGS_BY_NAME.get(name)
    if setting is None:
        known = ", ".join(SETTINGS_BY_NAME)
        raise SettingsError(f"{source}: unknown setting '{name}' (known: {known})")
    try:
        return setting.parse(raw)
    except ValueError as exc:
        raise SettingsError(f"{source}: setting '{name}' expects {exc}") from None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise SettingsError(f"{path}: cannot read the settings file ({exc.strerror})") from None
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{path}: not valid TOML ({exc})") from None
    # Files may group keys in tables ([office], [queue]); names are unique across tables.
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            flat.update(value)
        else:
            flat[key] = value
    return _upgrade_old_keys(flat)


_RENAMED_KEYS = {
    "db_url": "database_url",
    "server_url": "central_server_url",
    "counter": "counter_number",
}


def _upgrade_old_keys(values: dict[str, Any]) -> dict[str, Any]:
    """Accept keys of older settings files under their current names."""
    return {_RENAMED_KEYS.get(k, k): v for k, v in values.items()}


def load_settings(
    config_file: str | Path | None = None,
    environ: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
    *,
    read_standard_file: bool = True,
) -> Settings:
    """Read the settings in layers: defaults < file < environment < ``overrides`` (flags).

    ``read_standard_file=False`` ignores the station's settings file unless one is named
    (tests use it so that the developer's own settings never leak in).

    Raises:
        SettingsError: a file, key or value cannot be used.
    """
    environ = os.environ if environ is None else environ
    settings = Settings(sources={s.name: "default" for s in SETTINGS})
    named_path = config_file or environ.get(ENV_PREFIX + "CONFIG")
    path = Path(named_path) if named_path else default_config_path()
    if named_path or (read_standard_file and path.exists()):
        settings = replace(settings.with_values(str(path), **_read_toml(path)), config_file=path)
    for name, raw in _environment_values(environ).items():
        settings = settings.with_values(f"environment {ENV_PREFIX}{name.upper()}", **{name: raw})
    for name, raw in (overrides or {}).items():
        if raw is not None:
            settings = settings.with_values(
                f"command line --{name.replace('_', '-')}", **{name: raw}
            )
    return settings


def _environment_values(environ: Mapping[str, str]) -> dict[str, str]:
    """The ``DESKTOP_APP_<NAME>`` variables that name a setting, by lower-case name."""
    return {
        key[len(ENV_PREFIX) :].lower(): value
        for key, value in environ.items()
        if key.startswith(ENV_PREFIX) and key[len(ENV_PREFIX) :] not in NON_SETTING_ENV
    }


def describe_settings(settings: Settings) -> list[dict[str, str]]:
    """Rows of name, value, source and meaning, for ``doctor`` and the admin window."""
    values = settings.values
    return [
        {
            "name": setting.name,
            "value": display_value(values[setting.name]),
            "source": settings.sources.get(setting.name, "default"),
            "meaning": setting.meaning,
        }
        for setting in SETTINGS
    ]
