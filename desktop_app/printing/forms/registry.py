"""Which forms can be printed for a dossier, found by module name.

Every module ``desktop_app/printing/forms/form_*.py`` defines ``SPEC = FormSpec(number, title,
build)``. ``build(session, code, request)`` reads what the form needs (through services) and
returns a ``PrintableForm``. ``print form NN CODE`` and the GUI look forms up here.
"""

from __future__ import annotations

import importlib
import pkgutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from desktop_app.printing import forms as _package
from desktop_app.printing.forms.base import PrintableForm


@dataclass(frozen=True)
class FormRequest:
    """What a form builder may need besides the dossier: when, where, who prints it.

    ``lookup_base_url``: the address of the public lookup (``sync.public_lookup_base``); the
    receipt prints its QR code, none when empty.
    """

    now: datetime
    tz: ZoneInfo
    staff_id: uuid.UUID | None = None
    place: str = ""
    lookup_base_url: str = ""


FormBuilder = Callable[[Session, str, FormRequest], PrintableForm]


@dataclass(frozen=True)
class FormSpec:
    number: str
    title: str
    build: FormBuilder


def form_specs() -> dict[str, FormSpec]:
    """Every form of the package, by number ("01" …)."""
    specs: dict[str, FormSpec] = {}
    for info in pkgutil.iter_modules(_package.__path__):
        if info.name.startswith("form_"):
            module = importlib.import_module(f"{_package.__name__}.{info.name}")
            spec = getattr(module, "SPEC", None)
            if isinstance(spec, FormSpec):
                specs[spec.number] = spec
    return dict(sorted(specs.items()))


def get_form_spec(number: str) -> FormSpec:
    """The form with this number ("1" and "01" both work).

    Raises:
        KeyError: no such form (the message lists the known ones).
    """
    specs = form_specs()
    key = number.strip().zfill(2)
    if key not in specs:
        raise KeyError(f"no form {number!r}; known forms: {', '.join(specs)}")
    return specs[key]
