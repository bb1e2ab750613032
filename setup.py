"""Build hook: the wheel carries the compiled translations.

The ``.qm`` files are not kept in git. Building the wheel (``pip install .``, ``pip wheel``,
``pip install -e .``) compiles every ``resources/translations/*.ts`` with the ``lrelease`` that
PySide6 ships (a build requirement) and installs the ``.qm`` beside the ``.ts``. Without
PySide6 at build time the build goes on and the program compiles them at first start.
Everything else is declared in ``pyproject.toml``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
TRANSLATIONS = "resources/translations"
INSTALLED_TRANSLATIONS = "share/desktop-app/resources/translations"


def _lrelease() -> str | None:
    wrapper = shutil.which("pyside6-lrelease")
    if wrapper:
        return wrapper
    try:
        import PySide6
    except ImportError:
        return None
    package = Path(PySide6.__file__).resolve().parent
    suffix = ".exe" if sys.platform == "win32" else ""
    for candidate in (package / f"lrelease{suffix}", package / "Qt" / "bin" / f"lrelease{suffix}"):
        if candidate.is_file():
            return str(candidate)
    return None


def compile_translations() -> list[str]:
    """Compile each .ts into its .qm; returns the .qm paths relative to the project."""
    tool = _lrelease()
    if tool is None:
        print("warning: PySide6's lrelease not found, translations compile at first start")
        return []
    built = []
    for ts in sorted((ROOT / TRANSLATIONS).glob("*.ts")):
        qm = ts.with_suffix(".qm")
        partial = ts.with_suffix(".qm.partial")
        subprocess.run([tool, "-silent", str(ts), "-qm", str(partial)], check=True)
        partial.replace(qm)  # a running process maps the old .qm: replace it, never rewrite it
        built.append(qm.relative_to(ROOT).as_posix())
    return built


class BuildWithTranslations(build_py):
    """``build_py`` that first compiles the translations and adds them to the data files."""

    def run(self) -> None:
        compiled = compile_translations()
        data_files = self.distribution.data_files
        if data_files is None:
            data_files = self.distribution.data_files = []
        listed = {Path(name).as_posix() for _, names in data_files for name in names}
        missing = [name for name in compiled if name not in listed]
        if missing:
            data_files.append((INSTALLED_TRANSLATIONS, missing))  # in place: install_data reads it
        super().run()


setup(cmdclass={"build_py": BuildWithTranslations})
