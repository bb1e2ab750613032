#!/usr/bin/env bash
# Sets up and runs the whole test suite: lint, layer contracts, types, then pytest
# (unit, database tests on SQLite and on a PostgreSQL server the run starts itself, GUI
# tests offscreen, end-to-end tests with real processes). On a fresh Debian/Ubuntu machine it
# first installs the system packages the tests need (as root or with sudo; see
# scripts/install-system-packages.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
scripts/install-system-packages.sh
scripts/dev-setup.sh
# The bundle checks read and write PyInstaller archives: the version the bundle is built with.
"$PYTHON" -m pip install --disable-pip-version-check -q -c packaging/bundle-constraints.txt \
  pyinstaller
echo "== ruff"; "$PYTHON" -m ruff check .
echo "== import contracts"; lint-imports
echo "== mypy (shared core)"; "$PYTHON" -m mypy
echo "== pytest"
QT_QPA_PLATFORM=offscreen "$PYTHON" -m pytest -q "$@"
