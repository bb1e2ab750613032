#!/usr/bin/env bash
# Builds the one-folder bundle (dist/desktop-app/), checks its budget and parts, and runs its
# self-test. The versions come from packaging/bundle-constraints.txt (regenerate it with
# packaging/bundle_constraints.py after a change that works); packaging/bundle_check.py fails the
# build when the bundle is over 190 MiB (as du counts) or lacks a part it needs.
#   packaging/build_bundle.sh            # build + checks + self-test
#   SKIP_SELF_TEST=1 packaging/build_bundle.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
"$PYTHON" -m pip install --disable-pip-version-check -q -c packaging/bundle-constraints.txt \
  -e . pyinstaller
"$PYTHON" scripts/build_translations.py
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/desktop_app.spec
"$PYTHON" packaging/bundle_check.py dist/desktop-app
if [ -z "${SKIP_SELF_TEST:-}" ]; then
  QT_QPA_PLATFORM=offscreen dist/desktop-app/desktop-app --self-test
fi
