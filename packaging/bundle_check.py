"""The bundle's budget: a one-folder bundle that cannot silently grow or lose a part.

    python packaging/bundle_check.py dist/desktop-app [--budget-mb 190]

Fails (exit 1, each problem on a line) when the bundle is larger than its budget, counted as
``du`` counts (allocated blocks, each hard-linked file once, a symbolic link as itself, never
what it points to), or when it lacks a part the program needs: the project's translations
(each ``resources/translations/*.ts`` compiled, the project's Vietnamese of Qt's own strings,
``qtbase_vi``, among them), the fonts, the database migrations, the chime, QtSerialPort (its
Python module and its Qt library), and what digitising documents needs: img2pdf, Pillow's image
code, pypdf (Python modules, read from the program's archive) and QtPdf. Prints the size and
the largest parts. The same check runs on the Windows bundle
(.github/workflows/windows-installer.yml).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUDGET_MB = 190  # MiB, as du -sh shows it
MIB = 2**20
#: A needed part that is a Python module in the program's archive, not a file.
MODULE = "module "


def disk_usage(folder: Path) -> tuple[int, Counter[str]]:
    """Bytes allocated under ``folder`` as du counts them, and per top-level part."""
    seen: set[tuple[int, int]] = set()
    parts: Counter[str] = Counter()
    for path in [folder, *folder.rglob("*")]:
        info = path.lstat()
        if (info.st_dev, info.st_ino) in seen:
            continue
        seen.add((info.st_dev, info.st_ino))
        parts[_part_of(folder, path)] += _allocated(info)
    return sum(parts.values()), parts


def _allocated(info: os.stat_result) -> int:
    """Allocated bytes; where the system gives no blocks (Windows), the size in 4 KiB clusters."""
    blocks = getattr(info, "st_blocks", None)
    return blocks * 512 if blocks is not None else -(-info.st_size // 4096) * 4096


def _part_of(folder: Path, path: Path) -> str:
    relative = path.relative_to(folder).parts
    if relative[:1] == ("_internal",):
        relative = relative[1:]
    if relative[:2] in (("PySide6", "Qt"),) and len(relative) > 3:
        return "/".join(relative[:4])
    return "/".join(relative[:2]) if len(relative) > 1 else (relative[:1] or ("",))[0]


def required_parts(source: Path = ROOT) -> dict[str, list[str]]:
    """Each needed part: the glob patterns (relative to the bundle's data folder) it needs."""
    translations = sorted(path.stem for path in (source / "resources/translations").glob("*.ts"))
    versions = sorted((source / "desktop_app/storage/migrations/versions").glob("0*.py"))
    return {
        "translations": [f"resources/translations/{stem}.qm" for stem in translations],
        "Qt's strings in Vietnamese": ["resources/translations/qtbase_vi.qm"],
        "fonts": [f"resources/fonts/{p.name}" for p in (source / "resources/fonts").glob("*.ttf")],
        "migrations": [f"desktop_app/storage/migrations/versions/{p.name}" for p in versions],
        "chime": ["resources/sounds/chime.wav"],
        "QtSerialPort": ["PySide6/QtSerialPort.*", "**/*Qt6SerialPort*"],
        # digitising at reception: scans made one PDF (img2pdf on Pillow's JPEG, PNG and TIFF
        # code and its colour profiles), PDF pages copied (pypdf), the page previews (QtPdf)
        "img2pdf": [f"{MODULE}img2pdf", f"{MODULE}PIL.Image", f"{MODULE}PIL.TiffImagePlugin"],
        "Pillow's image code": ["PIL/_imaging.*", "PIL/_imagingcms.*"],
        "pypdf": [f"{MODULE}pypdf", f"{MODULE}pypdf._writer"],
        "QtPdf": ["PySide6/QtPdf.*", "**/*Qt6Pdf.*"],
    }


def missing_parts(bundle: Path, source: Path = ROOT) -> list[str]:
    data = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    modules = archived_modules(bundle)
    found = []
    for part, patterns in required_parts(source).items():
        absent = [pattern for pattern in patterns if not _holds(data, modules, pattern)]
        found += [f"missing {part}: {pattern}" for pattern in absent]
    return found


def _holds(data: Path, modules: frozenset[str], pattern: str) -> bool:
    if pattern.startswith(MODULE):
        return pattern.removeprefix(MODULE) in modules
    return any(data.glob(pattern))


def archived_modules(bundle: Path) -> frozenset[str]:
    """The Python modules in the program's archive (the PYZ inside its executable, where
    PyInstaller puts every pure-Python module); none if it has no readable one."""
    from PyInstaller.archive.readers import PKG_ITEM_PYZ, ArchiveReadError, CArchiveReader

    try:
        archive = CArchiveReader(str(_executable(bundle)))
    except (ArchiveReadError, OSError, ValueError):
        return frozenset()
    pyzs = [name for name, entry in archive.toc.items() if entry[-1] == PKG_ITEM_PYZ]
    return frozenset(module for pyz in pyzs for module in archive.open_embedded_archive(pyz).toc)


def _executable(bundle: Path) -> Path:
    """``desktop-app`` (``desktop-app.exe`` on Windows) in the bundle named after it."""
    windows = bundle / f"{bundle.name}.exe"
    return windows if windows.is_file() else bundle / bundle.name


def problems_of(bundle: Path, budget_mb: float, source: Path = ROOT) -> list[str]:
    if not bundle.is_dir():
        return [f"no bundle at {bundle}"]
    size, _ = disk_usage(bundle)
    over = [f"bundle is {size / MIB:.1f} MiB, over its budget of {budget_mb} MiB"]
    return (over if size > budget_mb * MIB else []) + missing_parts(bundle, source)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--budget-mb", type=float, default=BUDGET_MB)
    args = parser.parse_args(argv)
    problems = problems_of(args.bundle, args.budget_mb)
    if args.bundle.is_dir():
        _print_sizes(args.bundle, args.budget_mb)
    for problem in problems:
        print(f"BUNDLE PROBLEM: {problem}", file=sys.stderr)
    return 1 if problems else 0


def _print_sizes(bundle: Path, budget_mb: float) -> None:
    size, parts = disk_usage(bundle)
    files = sum(1 for path in bundle.rglob("*") if not path.is_dir())
    print(f"bundle {bundle}: {size / MIB:.1f} MiB (budget {budget_mb} MiB), {files} files")
    for part, used in parts.most_common(12):
        print(f"  {used / MIB:7.1f} MiB  {part}")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    sys.exit(main())
