"""Declared settings of a station, read in layers.

Every setting is declared once in ``SETTINGS`` with its name, type, default and meaning.
Values come from, lowest first: the defaults, a TOML file (``--config FILE`` or the standard
location), the environment (``DESKTOP_APP_<NAME>``) and command-line flags. A bad value raises
``SettingsError`` naming where it came from, the key, and what is expected; the CLI turns that
into exit status 2.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs

APP_NAME = "desktop-app"
APP_AUTHOR = "MotCua"
ENV_PREFIX = "DESKTOP_APP_"
ROLES = ("counter", "kiosk", "display", "rating", "admin")
# DESKTOP_APP_* variables that are not settings: the settings file, a start-up probe for
# benchmarks and smoke tests, and the test suite's PostgreSQL server.
NON_SETTING_ENV = frozenset({"CONFIG", "QUIT_AFTER_MS", "TEST_PG_URL"})
WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


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


# --- value parsers: each takes raw text or a TOML value and returns the typed value ---------


def _parse_str(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("a text value")
    return value.strip()


def _parse_int(value: Any) -> int:
    if isinstance(value, bool):
        raise ValueError("a whole number")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d+\s*", value):
        return int(value)
    raise ValueError("a whole number")


def _parse_positive_int(value: Any) -> int:
    number = _parse_int(value)
    if number < 1:
        raise ValueError("a whole number of at least 1")
    return number


def _parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in {"1", "true", "yes", "on"}:
        return True
    if isinstance(value, str) and value.strip().lower() in {"0", "false", "no", "off"}:
        return False
    raise ValueError("true or false")


def _parse_time(value: Any) -> time:
    text = value.strip() if isinstance(value, str) else ""
    match = re.fullmatch(r"([01]?\d|2[0-3]):([0-5]\d)", text)
    if not match:
        raise ValueError("a time of day as HH:MM, e.g. 15:00")
    return time(int(match[1]), int(match[2]))


def _parse_windows(value: Any) -> tuple[tuple[time, time], ...]:
    """``"08:00-12:00, 13:00-17:00"`` or a TOML list of such strings."""
    parts = value.split(",") if isinstance(value, str) else value
    expected = "working windows as HH:MM-HH:MM, separated by commas, in order"
    if not isinstance(parts, list | tuple) or not parts:
        raise ValueError(expected)
    windows: list[tuple[time, time]] = []
    for part in parts:
        if not isinstance(part, str) or part.count("-") != 1:
            raise ValueError(expected)
        start, end = (_parse_time(p) for p in part.split("-"))
        if start >= end or (windows and start < windows[-1][1]):
            raise ValueError(expected)
        windows.append((start, end))
    return tuple(windows)


def _parse_weekdays(value: Any) -> tuple[int, ...]:
    """``"mon-fri"``, ``"mon,tue,sat"`` or a TOML list of day names."""
    expected = "day names such as mon-fri or mon,tue,wed,thu,fri,sat"
    parts = value.split(",") if isinstance(value, str) else value
    if not isinstance(parts, list | tuple) or not parts:
        raise ValueError(expected)
    days: set[int] = set()
    for part in parts:
        names = str(part).strip().lower().split("-")
        if any(n not in WEEKDAY_NAMES for n in names) or len(names) > 2:
            raise ValueError(expected)
        first, last = WEEKDAY_NAMES.index(names[0]), WEEKDAY_NAMES.index(names[-1])
        if last < first:
            raise ValueError(expected)
        days.update(range(first, last + 1))
    return tuple(sorted(days))


def _parse_zone(value: Any) -> str:
    try:
        ZoneInfo(_parse_str(value))
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError("an IANA time zone such as Asia/Ho_Chi_Minh") from exc
    return value.strip()


def _parse_role(value: Any) -> str:
    role = _parse_str(value).lower()
    if role not in ROLES:
        raise ValueError("one of " + ", ".join(ROLES))
    return role


def _parse_db_url(value: Any) -> str:
    url = _parse_str(value)
    if not re.match(r"^(sqlite|postgresql(\+psycopg)?)://", url):
        raise ValueError("a database URL starting sqlite:/// or postgresql+psycopg://")
    return url


def _parse_server_url(value: Any) -> str:
    url = _parse_str(value)
    if url and not re.match(r"^https?://[^\s/]+", url):
        raise ValueError("an http:// or https:// address, or empty")
    return url.rstrip("/")


ANNOUNCER_BACKENDS = ("auto", "qt", "espeak", "chime", "off")


def _parse_announcer(value: Any) -> str:
    backend = _parse_str(value).lower()
    if backend not in ANNOUNCER_BACKENDS:
        raise ValueError("one of " + ", ".join(ANNOUNCER_BACKENDS))
    return backend


@dataclass(frozen=True)
class Setting:
    """One declared setting."""

    name: str
    parse: Callable[[Any], Any]
    default: Callable[[], Any]
    meaning: str
    type_name: str


def _const(value: Any) -> Callable[[], Any]:
    return lambda: value


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "office_code", _parse_str, _const("000.00.00.H00"), "Office unit code (mã đơn vị)", "text"
    ),
    Setting(
        "office_name",
        _parse_str,
        _const("Trung tâm Phục vụ hành chính công"),
        "Office name printed on forms and tickets",
        "text",
    ),
    Setting("timezone", _parse_zone, _const("Asia/Ho_Chi_Minh"), "Office time zone", "zone"),
    Setting(
        "database_url",
        _parse_db_url,
        default_database_url,
        "Office database (SQLite file or PostgreSQL)",
        "url",
    ),
    Setting("role", _parse_role, _const("counter"), "Station role: " + "|".join(ROLES), "role"),
    Setting(
        "counter_number", _parse_positive_int, _const(1), "Counter number of this station", "int"
    ),
    Setting(
        "working_windows",
        _parse_windows,
        _const(_parse_windows("08:00-12:00,13:00-17:00")),
        "Working windows of a working day",
        "windows",
    ),
    Setting(
        "working_days",
        _parse_weekdays,
        _const((0, 1, 2, 3, 4)),
        "Working days of the week",
        "weekdays",
    ),
    Setting(
        "same_day_cutoff",
        _parse_time,
        _const(time(15, 0)),
        "Same-day procedures received after this go to the next working day",
        "time",
    ),
    Setting(
        "central_server_url",
        _parse_server_url,
        _const(""),
        "Central server address (empty: no sync)",
        "url",
    ),
    Setting(
        "sync_interval_seconds",
        _parse_positive_int,
        _const(60),
        "Seconds between sync passes when nothing changes",
        "int",
    ),
    Setting(
        "sync_ca_file",
        _parse_str,
        _const(""),
        "CA certificate file to trust for the central server (empty: system CAs)",
        "text",
    ),
    Setting(
        "sync_credential_file",
        _parse_str,
        _const(""),
        "Device credential file (empty: device-credential.json in the user config folder)",
        "text",
    ),
    Setting(
        "ticket_printer",
        _parse_str,
        _const(""),
        "Printer name for queue tickets (empty: PDF)",
        "text",
    ),
    Setting("form_printer", _parse_str, _const(""), "Printer name for forms (empty: PDF)", "text"),
    Setting(
        "scanner_serial_port",
        _parse_str,
        _const(""),
        "Card/barcode scanner in serial mode, e.g. COM3 or /dev/ttyACM0 (empty: keyboard mode)",
        "text",
    ),
    Setting(
        "scanner_baud_rate",
        _parse_positive_int,
        _const(9600),
        "Baud rate of the scanner's serial port",
        "int",
    ),
    Setting(
        "idle_lock_minutes",
        _parse_positive_int,
        _const(15),
        "Lock the window after this many idle minutes",
        "int",
    ),
    Setting(
        "backup_keep_days",
        _parse_positive_int,
        _const(14),
        "Days the automatic daily backups of a SQLite database are kept",
        "int",
    ),
    Setting("language", _parse_str, _const("vi"), "User interface language (vi or en)", "text"),
    Setting("fullscreen", _parse_bool, _const(False), "Open the window full screen", "bool"),
    # --- queue (issue "Queue") ---
    Setting(
        "priority_fairness_n",
        _parse_positive_int,
        _const(3),
        "After this many priority calls in a row a counter takes a waiting normal ticket",
        "int",
    ),
    Setting(
        "priority_strict",
        _parse_bool,
        _const(False),
        "Priority tickets always first (turns the fairness rule off)",
        "bool",
    ),
    Setting(
        "recall_limit", _parse_positive_int, _const(3), "How often a ticket can be recalled", "int"
    ),
    Setting(
        "announcer_backend",
        _parse_announcer,
        _const("auto"),
        "Call announcements: " + "|".join(ANNOUNCER_BACKENDS),
        "text",
    ),
    Setting(
        "display_screen",
        _parse_int,
        _const(0),
        "Screen number the public display opens on (0: the first)",
        "int",
    ),
    Setting(
        "kiosk_reset_seconds",
        _parse_positive_int,
        _const(6),
        "The kiosk returns to its start screen this many seconds after a ticket",
        "int",
    ),
    Setting(
        "ticket_pdf_dir",
        _parse_str,
        _const(""),
        "Folder for ticket PDFs when no ticket printer is named (empty: user data folder)",
        "text",
    ),
)
SETTINGS_BY_NAME: Mapping[str, Setting] = {s.name: s for s in SETTINGS}


@dataclass(frozen=True)
class Settings:
    """The settings in force and where each value came from."""

    values: Mapping[str, Any]
    sources: Mapping[str, str] = field(default_factory=dict)
    config_file: Path | None = None

    def __getattr__(self, name: str) -> Any:
        try:
            return self.values[name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.values["timezone"])

    def with_values(self, source: str, **overrides: Any) -> Settings:
        """A copy with ``overrides`` parsed and recorded as coming from ``source``."""
        values, sources = dict(self.values), dict(self.sources)
        for name, raw in overrides.items():
            values[name] = _parse_one(name, raw, source)
            sources[name] = source
        return Settings(values, sources, self.config_file)


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
    values = {s.name: s.default() for s in SETTINGS}
    settings = Settings(values, {s.name: "default" for s in SETTINGS})
    named_path = config_file or environ.get(ENV_PREFIX + "CONFIG")
    path = Path(named_path) if named_path else default_config_path()
    if named_path or (read_standard_file and path.exists()):
        file_values = _read_toml(path)
        settings = settings.with_values(str(path), **file_values)
        settings = Settings(settings.values, settings.sources, path)
    env_values = {
        key[len(ENV_PREFIX) :].lower(): value
        for key, value in environ.items()
        if key.startswith(ENV_PREFIX) and key[len(ENV_PREFIX) :] not in NON_SETTING_ENV
    }
    for name, raw in env_values.items():
        settings = settings.with_values(f"environment {ENV_PREFIX}{name.upper()}", **{name: raw})
    for name, raw in (overrides or {}).items():
        if raw is not None:
            settings = settings.with_values(
                f"command line --{name.replace('_', '-')}", **{name: raw}
            )
    return settings


def describe_settings(settings: Settings) -> list[dict[str, str]]:
    """Rows of name, value, source and meaning, for ``doctor`` and the admin window."""
    rows = []
    for setting in SETTINGS:
        rows.append(
            {
                "name": setting.name,
                "value": _display_value(settings.values[setting.name]),
                "source": settings.sources.get(setting.name, "default"),
                "meaning": setting.meaning,
            }
        )
    return rows


def _display_value(value: Any) -> str:
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, tuple) and value and isinstance(value[0], tuple):
        return ", ".join(f"{a:%H:%M}-{b:%H:%M}" for a, b in value)
    if isinstance(value, tuple):
        return ",".join(WEEKDAY_NAMES[d] for d in value)
    return str(value)
