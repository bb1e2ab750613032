"""Compiled translations (``.qm``) for every way the program is installed.

The ``.qm`` files are build products: the wheel build and ``scripts/build_translations.py``
write them next to their ``.ts``. Where they are missing or older than their ``.ts`` (an
editable install after ``git pull``, a wheel built without them) the ``.ts`` is compiled once
with the ``lrelease`` that PySide6 ships into the user's cache folder, named after its content
so that a changed ``.ts`` gets a new ``.qm``. The interface never silently falls back to English
when the Vietnamese sources are there.
"""

from __future__ import annotations

import hashlib
import logging
import subprocess
import sys
from pathlib import Path

import platformdirs

from desktop_app.config import APP_AUTHOR, APP_NAME

log = logging.getLogger(__name__)

LRELEASE_TIMEOUT_S = 60
# A .qm counts as older than its .ts only by more than this: an installer writes the two in
# any order within moments of each other, and FAT disks keep times to 2 seconds.
STALE_AFTER_S = 5.0


def default_cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)) / "translations"


def compiled_translations(folder: Path, language: str, cache_dir: Path | None = None) -> list[Path]:
    """One usable ``.qm`` per catalogue of ``language`` in ``folder``, compiling where needed.

    A catalogue with only a ``.qm`` (no ``.ts``) is used as it is; one whose ``.ts`` cannot be
    compiled falls back to its older ``.qm`` if there is one.
    """
    sources = {path.stem: path for path in folder.glob(f"*_{language}.ts")}
    built = {path.stem: path for path in folder.glob(f"*_{language}.qm")}
    found = []
    for stem in sorted(sources.keys() | built.keys()):
        qm = _usable_qm(sources.get(stem), built.get(stem), cache_dir or default_cache_dir())
        if qm is not None:
            found.append(qm)
    return found


def _usable_qm(ts: Path | None, qm: Path | None, cache_dir: Path) -> Path | None:
    if ts is None or (qm is not None and not _older(qm, ts)):
        return qm
    try:
        return cached_compile(ts, cache_dir)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("cannot compile %s (%s); using %s", ts.name, exc, qm or "no translation")
        return qm


def _older(qm: Path, ts: Path) -> bool:
    return ts.stat().st_mtime - qm.stat().st_mtime > STALE_AFTER_S


def cached_compile(ts: Path, cache_dir: Path) -> Path:
    """The ``.qm`` of ``ts`` in ``cache_dir``, compiled with ``lrelease`` unless already there.

    Raises:
        OSError: lrelease is missing or the cache folder cannot be written.
        subprocess.SubprocessError: lrelease failed.
    """
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    target = cache_dir / f"{ts.stem}-{digest}.qm"
    if target.is_file():
        return target
    cache_dir.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".part.qm")
    subprocess.run(
        [str(lrelease_path()), "-silent", str(ts), "-qm", str(partial)],
        check=True, capture_output=True, timeout=LRELEASE_TIMEOUT_S,
    )  # fmt: skip
    partial.replace(target)  # another station process never reads a half-written file
    return target


def lrelease_path() -> Path:
    """Qt's ``lrelease``, as shipped inside the PySide6 package.

    Raises:
        FileNotFoundError: this PySide6 carries no lrelease (e.g. a frozen bundle).
    """
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    suffix = ".exe" if sys.platform == "win32" else ""
    for candidate in (package / f"lrelease{suffix}", package / "Qt" / "bin" / f"lrelease{suffix}"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"lrelease not found in {package}")
