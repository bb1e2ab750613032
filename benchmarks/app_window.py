"""The app's GUI start-up as the command line will do it: settings, context, ``run_gui``.

Usage: ``python benchmarks/app_window.py DATABASE_FILE CONFIG_FILE [ROLE]`` on a database that is
already migrated (migration is not part of what is timed).
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run from a checkout without installing: make the repository importable.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.app import build_context  # noqa: E402
from desktop_app.config import load_settings  # noqa: E402
from desktop_app.ui.launch import run_gui  # noqa: E402


def main(argv: list[str]) -> int:
    database, config = argv[1], argv[2]
    role = argv[3] if len(argv) > 3 else "counter"
    settings = load_settings(
        config_file=config,
        environ={},
        overrides={"database_url": f"sqlite:///{database}", "role": role},
    )
    return run_gui(build_context(settings), argv[:1])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
