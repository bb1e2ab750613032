#!/usr/bin/env bash
# Installs what building and running the Windows installer on Linux needs, only what is still
# missing (a second run is fast), and prints the folder that holds ISCC.exe:
#   - Debian wine, wine64 and wine32:i386 (ISCC.exe is a 32-bit program: without wine32 it
#     fails with "failed to load ntdll.dll"), xvfb (the setup runs silently only with a display);
#   - Debian gcc-mingw-w64-x86-64 for the stand-in payload (packaging/windows/stand_in/);
#   - the npm package innosetup, pinned by version and integrity hash, unpacked into
#     build/innosetup (it ships ISCC.exe and Default.isl; nothing is downloaded at run time).
# Only the installer tests and packaging/windows/build_installer.sh call it, so the rest of
# the suite does not pay for it. Runs apt-get as root or through sudo.
#   scripts/install-wine.sh                   # everything
#   scripts/install-wine.sh --innosetup-only  # only the npm package (its Default.isl)
set -euo pipefail
cd "$(dirname "$0")/.."

INNOSETUP_VERSION=6.4.1
INNOSETUP_INTEGRITY=sha512-Bh/dNlyyFsFKBGoTf19n1msPnm4Njfb0CWVirw2CV1MSJXYy0ajRI+xjo/Yr9DtZFLLafhnwm1ZsxTu309F8lQ==
PACKAGES=(wine wine64 wine32:i386 xvfb xauth gcc-mingw-w64-x86-64)
TOOLS=build/innosetup

installed() {
  dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null | grep -qx installed
}

install_debian() {
  local missing=() package
  for package in "${PACKAGES[@]}"; do
    installed "$package" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then sudo=(sudo -n); fi
  echo "== installing system packages: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  dpkg --print-foreign-architectures | grep -qx i386 || "${sudo[@]}" dpkg --add-architecture i386
  "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 update -qq
  "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_innosetup() {
  [ -f "$TOOLS/package/bin/ISCC.exe" ] && return 0
  mkdir -p "$TOOLS"
  echo "== fetching innosetup@$INNOSETUP_VERSION" >&2
  local tarball
  tarball=$(cd "$TOOLS" && npm pack --silent "innosetup@$INNOSETUP_VERSION")
  local actual
  actual="sha512-$(openssl dgst -sha512 -binary "$TOOLS/$tarball" | base64 -w0)"
  [ "$actual" = "$INNOSETUP_INTEGRITY" ] || {
    echo "innosetup tarball: integrity $actual, expected $INNOSETUP_INTEGRITY" >&2
    exit 1
  }
  tar -xzf "$TOOLS/$tarball" -C "$TOOLS"
  rm -f "$TOOLS/$tarball"
}

[ "${1:-}" = "--innosetup-only" ] || install_debian
install_innosetup
echo "$PWD/$TOOLS/package/bin"
