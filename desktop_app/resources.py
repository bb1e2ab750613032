"""Finds the shipped resources (fonts, translations, catalogue) in every way the app runs.

Looked for, in order: inside a PyInstaller bundle (``sys._MEIPASS/resources``), next to the
package in a source checkout or editable install (``<top>/resources``), and in the data folder
a wheel installs (``<prefix>/share/desktop-app/resources``).
"""

from __future__ import annotations

import sys
import sysconfig
from functools import cache
from pathlib import Path

_MARKER = "catalogue/procedures.json"


def _candidates() -> list[Path]:
    found = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / "resources")
    found.append(Path(__file__).resolve().parent.parent / "resources")
    for prefix in {sys.prefix, sysconfig.get_path("data")}:
        found.append(Path(prefix) / "share" / "desktop-app" / "resources")
    return found


@cache
def resources_dir() -> Path:
    """The folder holding the resources.

    Raises:
        FileNotFoundError: the installation is incomplete.
    """
    for candidate in _candidates():
        if (candidate / _MARKER).is_file():
            return candidate
    searched = ", ".join(str(c) for c in _candidates())
    raise FileNotFoundError(f"resources not found (searched {searched})")


def resource_path(*parts: str) -> Path:
    """The path of one resource, e.g. ``resource_path("fonts", "NotoSans-Regular.ttf")``."""
    return resources_dir().joinpath(*parts)
