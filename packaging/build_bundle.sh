#!/usr/bin/env bash
# Builds the one-folder bundle (dist/desktop-app/) and runs its self-test.
#   packaging/build_bundle.sh            # build + self-test
#   SKIP_SELF_TEST=1 packaging/build_bundle.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
"$PYTHON" -m pip install --disable-pip-version-check -q "pyinstaller>=6.5"
"$PYTHON" scripts/build_translations.py
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/desktop_app.spec
echo "bundle: dist/desktop-app ($(du -sh --apparent-size dist/desktop-app | cut -f1))"
if [ -z "${SKIP_SELF_TEST:-}" ]; then
  QT_QPA_PLATFORM=offscreen dist/desktop-app/desktop-app --self-test
fi
