#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the tests need, only those still missing, so a second
# run is fast. Runs apt-get as root or through sudo; without either (or without apt-get) it
# says which packages are missing and carries on.
#
# postgresql: server binaries for the database tests. fonts-noto-core: full Vietnamese
# diacritics. zbar-tools, poppler-utils: decode printed barcodes. espeak-ng: announcements.
# sane-utils: scanimage, for scanners at reception (its test device in the tests).
# libegl1 … libglib2.0-0: what Qt needs offscreen. xvfb, xdotool, x11-apps, x11-xserver-utils
# (xmodmap), imagemagick and the libxcb ones: GUI tests on a real X server, driven by key
# events, with screenshots. nginx, pgbouncer: the central server behind a reverse proxy and a
# transaction-mode pooler (tests on loopback). chromium, chromium-driver: the public booking
# page driven by a headless browser, with screenshots.
set -euo pipefail

PACKAGES=(
  postgresql fonts-noto-core zbar-tools poppler-utils espeak-ng sane-utils nginx pgbouncer
  libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
  xvfb xdotool x11-apps x11-xserver-utils imagemagick libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0
  chromium chromium-driver
)

installed() {
  dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null | grep -qx installed
}

command -v dpkg-query >/dev/null 2>&1 || exit 0  # not a Debian-like system
missing=()
for package in "${PACKAGES[@]}"; do
  installed "$package" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO=(sudo -n)
else
  echo "system packages missing (install them as root): ${missing[*]}" >&2
  exit 0
fi
echo "== installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
