"""Subcommands of ``desktop-app``: each ``*_cmd`` module has ``register(subparsers)``.

Modules are found by name so that a new group of commands only adds its own file.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

# The order commands appear in --help; modules not listed follow in name order.
PREFERRED_ORDER = ("setup_cmd", "due_cmd", "doctor_cmd")


def command_modules() -> list[ModuleType]:
    names = sorted(
        (m.name for m in pkgutil.iter_modules(__path__) if m.name.endswith("_cmd")),
        key=lambda n: (PREFERRED_ORDER.index(n) if n in PREFERRED_ORDER else 99, n),
    )
    modules = [importlib.import_module(f"{__name__}.{name}") for name in names]
    return [m for m in modules if hasattr(m, "register")]
