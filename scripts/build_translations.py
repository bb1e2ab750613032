"""Build the user-interface translations.

Always compiles ``resources/translations/*.ts`` into ``.qm`` files with Qt's ``lrelease`` (the
``.qm`` files are build products: run this before the tests and in the installer build).
With ``--update`` it first runs ``lupdate`` over ``desktop_app/ui/**/*.py`` so that new
``tr()`` strings appear in the ``.ts`` files; existing translations are kept.

Usage::

    python scripts/build_translations.py            # compile only
    python scripts/build_translations.py --update   # refresh sources, then compile
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "desktop_app" / "ui"
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("vi",)


def find_tool(name: str) -> list[str]:
    """The command that runs Qt's ``name`` tool (``lupdate`` or ``lrelease``).

    Prefers the ``pyside6-<name>`` wrapper, then the binary inside the PySide6 package.

    Raises:
        FileNotFoundError: PySide6 is not installed with its tools.
    """
    wrapper = shutil.which(f"pyside6-{name}")
    if wrapper:
        return [wrapper]
    import PySide6

    package_dir = Path(PySide6.__file__).resolve().parent
    suffix = ".exe" if sys.platform == "win32" else ""
    for candidate in (
        package_dir / f"{name}{suffix}",
        package_dir / "Qt" / "bin" / f"{name}{suffix}",
    ):
        if candidate.is_file():
            return [str(candidate)]
    raise FileNotFoundError(f"Qt {name} not found: install PySide6 (pyside6-essentials)")


def ts_file(language: str) -> Path:
    return TRANSLATIONS_DIR / f"desktop_app_{language}.ts"


def ui_sources() -> list[str]:
    """The UI modules, relative to the repository root so the .ts records no local paths."""
    return sorted(path.relative_to(ROOT).as_posix() for path in UI_DIR.rglob("*.py"))


def update_sources(language: str) -> None:
    """Add new source strings to the .ts of ``language``, keeping its translations."""
    command = [
        *find_tool("lupdate"),
        *ui_sources(),
        "-no-obsolete",
        "-source-language",
        "en",
        "-target-language",
        language,
        "-ts",
        ts_file(language).relative_to(ROOT).as_posix(),
    ]
    subprocess.run(command, cwd=ROOT, check=True)


def compile_translation(language: str) -> Path:
    """Compile the .ts of ``language`` into its .qm; returns the .qm path."""
    source = ts_file(language)
    target = source.with_suffix(".qm")
    relative = [path.relative_to(ROOT).as_posix() for path in (source, target)]
    command = [*find_tool("lrelease"), relative[0], "-qm", relative[1]]
    subprocess.run(command, cwd=ROOT, check=True)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--update",
        action="store_true",
        help="run lupdate over desktop_app/ui first to pick up new tr() strings",
    )
    args = parser.parse_args(argv)
    for language in LANGUAGES:
        if args.update:
            update_sources(language)
        if not ts_file(language).is_file():
            print(f"missing {ts_file(language)}; run with --update", file=sys.stderr)
            return 2
        compile_translation(language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
