"""Files that hold citizens' personal data are the user's alone: 0600, in folders of 0700.

The office SQLite database, its WAL and shared-memory files (SQLite gives them the database
file's mode), and every backup are created through here. A file or folder that exists already
keeps its mode: an IT person may have shared it with a group on purpose. Windows has no such
modes; there the calls only create what is missing.
"""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` (0700) and its missing parents, unless it exists."""
    if not folder.exists():
        folder.parent.mkdir(parents=True, exist_ok=True)
        folder.mkdir(mode=PRIVATE_FOLDER_MODE, exist_ok=True)


def create_private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 unless it exists (an empty file is a new SQLite)."""
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    except FileExistsError:
        return
    os.close(handle)
