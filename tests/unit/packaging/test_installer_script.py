"""The installer script's own files: its Vietnamese messages and the rules it restates.

Inno Setup has no official Vietnamese messages; packaging/windows/Vietnamese.isl must have every
key of the Default.isl of the compiler the project pins (the npm package ``innosetup``, fetched
by scripts/install-wine.sh --innosetup-only), with the same placeholders. The setup validates
its parameters in Pascal: its list of roles must be the program's.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from desktop_app.setting_values import ROLES
from motcua_core.domain.dossier_code import UNIT_CODE_PATTERN

ROOT = Path(__file__).resolve().parents[3]
WINDOWS = ROOT / "packaging" / "windows"
PLACEHOLDER = re.compile(r"%\d|%n|\[(?:name|name/ver|mb|gb)\]")


def messages(path: Path) -> dict[tuple[str, str], str]:
    """(section, key) -> value of an Inno Setup messages file."""
    found, section = {}, ""
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        if line.startswith("[") and line.rstrip().endswith("]"):
            section = line.strip()
        elif line and not line.startswith(";") and "=" in line:
            key, value = line.split("=", 1)
            found[(section, key)] = value
    return found


@pytest.fixture(scope="module")
def default_isl() -> dict[tuple[str, str], str]:
    done = subprocess.run(
        [str(ROOT / "scripts/install-wine.sh"), "--innosetup-only"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return messages(Path(done.stdout.strip().splitlines()[-1]) / "Default.isl")


def test_vietnamese_has_every_key_of_default_isl(default_isl) -> None:
    vietnamese = messages(WINDOWS / "Vietnamese.isl")
    assert len(default_isl) > 250
    assert sorted(set(default_isl) - set(vietnamese)) == []
    assert sorted(set(vietnamese) - set(default_isl)) == []


def test_vietnamese_keeps_every_placeholder(default_isl) -> None:
    vietnamese = messages(WINDOWS / "Vietnamese.isl")
    changed = {
        key: (english, vietnamese[key])
        for key, english in default_isl.items()
        if sorted(PLACEHOLDER.findall(english)) != sorted(PLACEHOLDER.findall(vietnamese[key]))
    }
    assert changed == {}


def test_vietnamese_is_translated(default_isl) -> None:
    vietnamese = messages(WINDOWS / "Vietnamese.isl")
    same = [key for key, english in default_isl.items() if english == vietnamese[key]]
    # Only what reads the same in Vietnamese: empty notes, OK, units, bitness, name marks.
    assert len(same) <= 12, same
    assert vietnamese[("[Messages]", "ButtonCancel")] == "Hủy"
    assert vietnamese[("[LangOptions]", "LanguageID")] == "$042A"


def test_the_setup_knows_the_roles_of_the_program() -> None:
    script = (WINDOWS / "desktop-app.iss").read_text(encoding="utf-8")
    roles = re.search(r"KnownRoles = '([a-z ]+)';", script)
    assert roles and tuple(roles.group(1).split()) == ROLES


def test_the_setup_restates_the_unit_code_rule_of_the_core() -> None:
    script = (WINDOWS / "desktop-app.iss").read_text(encoding="utf-8")
    assert f"UNIT_CODE_PATTERN: {UNIT_CODE_PATTERN}\n" in script
