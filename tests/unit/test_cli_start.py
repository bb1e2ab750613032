"""The command line starts light: the window can be on screen before the database layer loads."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("sqlalchemy", "alembic", "pydantic", "httpx", "openpyxl", "PySide6")


def test_parsing_the_command_line_imports_no_heavy_library() -> None:
    code = (
        "import sys\n"
        "from desktop_app.cli import build_parser\n"
        "build_parser().parse_args([])\n"
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "", f"imported at start-up: {result.stdout.strip()}"


def test_enroll_accepts_an_old_token_that_begins_with_a_dash_given_with_equals() -> None:
    from desktop_app.cli import build_parser

    args = build_parser().parse_args(
        ["enroll", "--server", "https://so.example.vn", "--token=-Ab3_x"]
    )

    assert args.token == "-Ab3_x"
