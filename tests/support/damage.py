"""Damage a stored file the way a failing disk does: same size, other bytes."""

from __future__ import annotations

from pathlib import Path


def flip_first_byte(path: Path) -> None:
    """Invert the first byte (a fixed byte written there is no damage when it was that byte)."""
    content = path.read_bytes()
    path.write_bytes(bytes([content[0] ^ 0xFF]) + content[1:])
