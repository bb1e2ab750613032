"""The scan folder: files a scanner or copier saves ("scan to folder"), reported once complete.

Office scanners write a file in pieces, often over a network share, and some create it empty
first. A file is reported only when it is *complete*: its size and modification time were the
same at two polls in a row, it is not empty, and it can be opened for reading (Windows keeps
a file that is still being written locked). Polling, not change notification: it works the
same on local disks and on Windows network shares, where notifications are unreliable.

Files already in the folder when the watcher starts are not new; a file rewritten under the
same name (a copier that reuses ``scan0001.pdf``) is reported again once its new content is
complete.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

#: What a scan can be: PDF and the image formats scanners save.
SCAN_SUFFIXES = frozenset({".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff"})

_Signature = tuple[int, int]  # size in bytes, modification time in ns


class ScanFolderUnavailable(OSError):
    """The scan folder cannot be listed (missing, not a folder, share not reachable)."""

    def __init__(self, folder: Path, reason: str) -> None:
        super().__init__(f"{folder}: {reason}")
        self.folder = folder
        self.reason = reason


@dataclass(frozen=True)
class ScannedFile:
    """A complete scan in the folder."""

    path: Path
    size: int
    modified_ns: int


def _can_open(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            handle.read(1)
    except OSError:
        return False
    return True


def is_scan_name(name: str) -> bool:
    """A file name a scanner's output can have (not hidden, a known suffix)."""
    return not name.startswith((".", "~")) and Path(name).suffix.lower() in SCAN_SUFFIXES


class ScanFolderWatcher:
    """Reports each complete new file of ``folder`` once; call ``poll`` every second or so."""

    def __init__(
        self,
        folder: Path,
        *,
        include_existing: bool = False,
        can_open: Callable[[Path], bool] = _can_open,
    ) -> None:
        self.folder = Path(folder)
        self._can_open = can_open
        self._previous: dict[Path, _Signature] = {}
        self._reported: dict[Path, _Signature] = {}
        self._started = include_existing

    def poll(self) -> list[ScannedFile]:
        """The files that became complete since the last poll, oldest first.

        Raises:
            ScanFolderUnavailable: the folder cannot be listed.
        """
        current = self._listing()
        if not self._started:  # what is there at start is not new
            self._reported = dict(current)
            self._started = True
        complete = [
            ScannedFile(path, *signature)
            for path, signature in current.items()
            if self._is_complete(path, signature)
        ]
        self._previous = current
        for found in complete:
            self._reported[found.path] = (found.size, found.modified_ns)
        return sorted(complete, key=lambda f: (f.modified_ns, f.path.name))

    def _is_complete(self, path: Path, signature: _Signature) -> bool:
        """Unchanged since the last poll, not empty, not reported as it is, and readable."""
        return (
            signature[0] > 0
            and self._previous.get(path) == signature
            and self._reported.get(path) != signature
            and self._can_open(path)
        )

    def _listing(self) -> dict[Path, _Signature]:
        try:
            entries = list(os.scandir(self.folder))
        except FileNotFoundError:
            raise ScanFolderUnavailable(self.folder, "missing") from None
        except NotADirectoryError:
            raise ScanFolderUnavailable(self.folder, "not a folder") from None
        except OSError as exc:
            raise ScanFolderUnavailable(self.folder, exc.strerror or str(exc)) from None
        listing: dict[Path, _Signature] = {}
        for entry in entries:
            signature = _signature(entry)
            if signature is not None:
                listing[Path(entry.path)] = signature
        return listing


def _signature(entry: os.DirEntry[str]) -> _Signature | None:
    """Size and modification time of a scan file; None for folders, other files, vanished."""
    if not is_scan_name(entry.name):
        return None
    try:
        if not entry.is_file():
            return None
        stat = entry.stat()
    except OSError:  # removed between the listing and the look
        return None
    return stat.st_size, stat.st_mtime_ns
