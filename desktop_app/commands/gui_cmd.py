"""Opening the window of the configured role."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop_app.config import Settings

NO_DISPLAY_HELP = (
    "no display found (DISPLAY/WAYLAND_DISPLAY unset). Run it on a desktop, under Xvfb, or "
    "offscreen with QT_QPA_PLATFORM=offscreen; `desktop-app demo --no-gui` only creates the data."
)


def run_gui_command(args: argparse.Namespace, settings: Settings) -> int:
    from desktop_app.ui.launch import has_display, run_gui

    if not has_display():
        sys.stderr.write(f"desktop-app: {NO_DISPLAY_HELP}\n")
        return 2
    return run_gui(lambda: open_station_context(settings), settings=settings)


def open_station_context(settings: Settings) -> Any:
    """The station's context, its embedded database brought to the newest schema first."""
    from desktop_app.app import build_context
    from desktop_app.services.office.schema_version import refuse_newer_schema
    from desktop_app.storage.migrate import schema_is_current

    context = build_context(settings)
    refuse_newer_schema(context.engine)  # a program older than the database does not start
    if context.engine.dialect.name == "sqlite" and not schema_is_current(context.engine):
        # The embedded database belongs to this PC: bring it to the newest schema on start.
        # A shared PostgreSQL database is set up once by district IT with `desktop-app init`.
        from desktop_app.commands.database_setup import initialise

        initialise(settings)
    from desktop_app.commands.office_doctor import note_station

    note_station(context)
    return with_office_settings(context)


def with_office_settings(context: Any) -> Any:
    """The context with the values the administrator stored for the office (working hours,
    printers of this station, ...) in force over the station's own file."""
    from desktop_app.services.errors import NotInitialised
    from desktop_app.services.office.identity import current_office
    from desktop_app.services.office.settings import apply_office_settings

    try:
        with context.session(read_only=True) as session:
            office = current_office(session)
            context.settings = apply_office_settings(session, context.settings, office.id)
    except NotInitialised:
        pass  # a shared database not set up yet: the role page says so
    return context
