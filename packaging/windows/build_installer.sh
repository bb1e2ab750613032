#!/usr/bin/env bash
# Compiles the Windows installer on Linux: dist/desktop-app-setup-<version>.exe from
# packaging/windows/desktop-app.iss with Inno Setup's compiler (ISCC.exe) under Wine.
#   packaging/windows/build_installer.sh
#   DESKTOP_APP_VERSION=1.2.3 OUT_DIR=build/x packaging/windows/build_installer.sh
#   BUNDLE_DIR=path/to/desktop-app packaging/windows/build_installer.sh   # a real Windows bundle
# The Windows bundle can only be built on Windows (.github/workflows/windows-installer.yml);
# without BUNDLE_DIR the payload is a stand-in desktop-app.exe built with mingw-w64
# (packaging/windows/stand_in/) that records the installer's run steps. A warning of the
# compiler fails the build. Prints the installer's path last.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-python3}

ISCC_DIR=$(scripts/install-wine.sh)
VERSION=${DESKTOP_APP_VERSION:-$("$PYTHON" -c 'import desktop_app; print(desktop_app.__version__)')}
OUT_DIR=${OUT_DIR:-dist}
WORK=build/windows
mkdir -p "$WORK" "$OUT_DIR"

if [ -z "${BUNDLE_DIR:-}" ]; then
  BUNDLE_DIR=$WORK/stand-in
  mkdir -p "$BUNDLE_DIR"
  x86_64-w64-mingw32-gcc -std=c99 -O2 -s -Wall -Wextra -Werror \
    -o "$BUNDLE_DIR/desktop-app.exe" packaging/windows/stand_in/desktop_app_stand_in.c
fi

# The compiler's Wine prefix lives outside the source tree: its dosdevices/z: links to /, and
# a link like that under the project makes tools that walk the tree (setuptools) walk the disk.
export WINEPREFIX=${ISCC_WINEPREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/desktop-app-build/wine-iscc} WINEDEBUG=-all
mkdir -p "$(dirname "$WINEPREFIX")"  # Wine makes the prefix, not the folders above it
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
windows_path() { winepath -w "$1" 2>/dev/null; }

log=$WORK/iscc-$VERSION.log
status=0
wine "$ISCC_DIR/ISCC.exe" "/DAppVersion=$VERSION" \
  "/DBundleDir=$(windows_path "$(realpath "$BUNDLE_DIR")")" \
  "/O$(windows_path "$(realpath "$OUT_DIR")")" \
  "$(windows_path "$PWD/packaging/windows/desktop-app.iss")" >"$log" 2>&1 || status=$?
wineserver -w
if [ "$status" -ne 0 ]; then
  cat "$log" >&2
  echo "ISCC failed (exit $status)" >&2
  exit 1
fi
if grep -i "warning" "$log" >&2; then
  echo "ISCC warnings are errors (full output: $log)" >&2
  exit 1
fi
installer=$OUT_DIR/desktop-app-setup-$VERSION.exe
[ -f "$installer" ] || { echo "ISCC made no $installer" >&2; exit 1; }
echo "installer: $installer ($(du -k "$installer" | cut -f1) KiB)" >&2
echo "$installer"
