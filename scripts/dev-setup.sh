#!/usr/bin/env bash
# Installs the program and its development tools into the current Python, and builds the
# translations. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
# The versions the bundle ships with (packaging/bundle-constraints.txt), tools unpinned.
"$PYTHON" -m pip install --disable-pip-version-check -q -c packaging/bundle-constraints.txt \
  -e ".[dev]"
"$PYTHON" scripts/build_translations.py
