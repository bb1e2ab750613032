"""Writes packaging/bundle-constraints.txt: the versions the bundle is built from, pinned.

    python packaging/bundle_constraints.py   # after a bundle that works, from its environment

Pins every distribution the program (``desktop-app`` and its extras' requirements) and
PyInstaller need on this platform, as installed now; packaging/build_bundle.sh installs with
``-c`` on it, so a rebuild takes the same versions. Requirements of other platforms only
(markers that are false here, e.g. PyInstaller's pefile on Windows) are not pinned.
"""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

OUT = Path(__file__).resolve().parent / "bundle-constraints.txt"
TOPS = ("desktop-app", "pyinstaller")


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _walk(name: str, extras: frozenset[str], pins: dict[str, str]) -> None:
    try:
        dist = metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return
    if _key(name) in pins and not extras:
        return
    pins[_key(name)] = dist.version
    for line in dist.requires or []:
        requirement = Requirement(line)
        wanted = requirement.marker is None or any(
            requirement.marker.evaluate({"extra": extra}) for extra in extras | {""}
        )
        if wanted:
            _walk(requirement.name, frozenset(requirement.extras), pins)


def pins() -> dict[str, str]:
    found: dict[str, str] = {}
    for top in TOPS:
        _walk(top, frozenset(), found)
    found.pop("desktop-app", None)
    return dict(sorted(found.items()))


def main() -> None:
    lines = [f"{name}=={version}" for name, version in pins().items()]
    header = "# The bundle's versions, written by packaging/bundle_constraints.py; do not edit.\n"
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT.name}: {len(lines)} pins")


if __name__ == "__main__":
    main()
