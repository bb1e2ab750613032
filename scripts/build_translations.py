"""Build the user-interface translations.

One ``.ts`` file per window package, ``resources/translations/<package>_<lang>.ts``: the
``counter`` file covers ``desktop_app/ui/counter``; the ``shell`` file also covers
``desktop_app/ui/common`` and the modules at the top of ``desktop_app/ui``. Separate files let
each window's strings be translated and reviewed on their own.

Always compiles every ``.ts`` into its ``.qm`` with Qt's ``lrelease`` (the ``.qm`` files are
build products: run this before the tests and in the installer build). With ``--update`` it
first runs ``lupdate`` so that new ``tr()`` strings appear; existing translations are kept.
``--new PACKAGE`` starts the file of a new window package. ``qtbase_<lang>.ts`` holds Qt's own
strings the stations show (standard buttons, edit menus; Qt ships no Vietnamese): it is kept by
hand, compiled like the others and never refreshed by ``lupdate``.

The wheel build (``setup.py``) calls ``compile_all`` so an installed program carries the
``.qm`` files; the program also compiles a missing one at start (``ui/common/qm_cache.py``).

Usage::

    python scripts/build_translations.py            # compile only
    python scripts/build_translations.py --update   # refresh sources, then compile
    python scripts/build_translations.py --update --package counter   # one package only
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
QT_CATALOGUES = ("qtbase",)  # Qt's own strings, written by hand


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


def ts_files(language: str) -> list[Path]:
    return sorted(TRANSLATIONS_DIR.glob(f"*_{language}.ts"))


def package_of(ts: Path) -> str:
    return ts.stem.rsplit("_", 1)[0]


def ui_sources(package: str) -> list[str]:
    """The modules a package's .ts covers, relative to the repository root (no local paths)."""
    paths = list((UI_DIR / package).rglob("*.py"))
    if package == "shell":
        paths += list((UI_DIR / "common").rglob("*.py")) + list(UI_DIR.glob("*.py"))
    return sorted(path.relative_to(ROOT).as_posix() for path in paths)


def update_sources(ts: Path, language: str) -> None:
    """Add new source strings to ``ts``, keeping its translations."""
    command = [
        *find_tool("lupdate"),
        *ui_sources(package_of(ts)),
        "-no-obsolete",
        "-source-language",
        "en",
        "-target-language",
        language,
        "-ts",
        ts.relative_to(ROOT).as_posix(),
    ]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)


def compile_translation(source: Path) -> Path:
    """Compile one .ts into its .qm; returns the .qm path."""
    target = source.with_suffix(".qm")
    partial = target.with_suffix(".qm.partial")
    relative = [path.relative_to(ROOT).as_posix() for path in (source, partial)]
    command = [*find_tool("lrelease"), relative[0], "-qm", relative[1]]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    # Qt maps a loaded .qm into memory: rewriting it in place kills a running station or test
    # process with SIGBUS, replacing it does not.
    partial.replace(target)
    return target


def compile_all() -> list[Path]:
    """Compile every ``.ts`` of every language; returns the ``.qm`` paths."""
    return [compile_translation(ts) for language in LANGUAGES for ts in ts_files(language)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--update", action="store_true", help="run lupdate first to pick up new tr() strings"
    )
    parser.add_argument("--new", metavar="PACKAGE", help="start the .ts of a new ui package")
    parser.add_argument(
        "--package", metavar="PACKAGE", help="with --update, refresh only this package's .ts"
    )
    args = parser.parse_args(argv)
    for language in LANGUAGES:
        files = ts_files(language)
        if args.new:
            new = TRANSLATIONS_DIR / f"{args.new}_{language}.ts"
            files = sorted({*files, new})
        for ts in files:
            chosen = args.package in (None, package_of(ts))
            refresh = (args.update and chosen) or not ts.is_file()
            if refresh and package_of(ts) not in QT_CATALOGUES:
                update_sources(ts, language)
            compile_translation(ts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
