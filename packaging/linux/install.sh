#!/usr/bin/env bash
# Installs the desktop-app bundle for the current user (no root needed) and configures the station.
#   ./install.sh --role counter --office-code 000.00.06.H56 \
#       --db postgresql+psycopg://motcua:secret@192.168.1.10/motcua \
#       [--server https://motcua.example.gov.vn] [--counter 2] [--prefix ~/.local/opt/desktop-app]
# kiosk and display stations also get a systemd user unit that starts them full screen at login.
# Upgrading: run the new archive's install.sh; data and settings are kept, migrations run at start.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX="$HOME/.local/opt/desktop-app"
ROLE=counter; OFFICE=""; DB=""; SERVER=""; COUNTER=1
while [ $# -gt 0 ]; do
  case "$1" in
    --role) ROLE=$2; shift 2;;
    --office-code) OFFICE=$2; shift 2;;
    --db) DB=$2; shift 2;;
    --server) SERVER=$2; shift 2;;
    --counter) COUNTER=$2; shift 2;;
    --prefix) PREFIX=$2; shift 2;;
    *) echo "install.sh: unknown option $1" >&2; exit 2;;
  esac
done
case "$ROLE" in counter|kiosk|display|rating|admin) ;; *) echo "install.sh: bad role $ROLE" >&2; exit 2;; esac

mkdir -p "$PREFIX"
rm -rf "$PREFIX.new" && cp -a "$HERE/desktop-app" "$PREFIX.new"
rm -rf "$PREFIX.old" && { [ -d "$PREFIX/_internal" ] && mv "$PREFIX" "$PREFIX.old" || rm -rf "$PREFIX"; }
mv "$PREFIX.new" "$PREFIX"

CONFIG_DIR="${XDG_CONFIG_HOME:-$HOME/.config}/desktop-app"
mkdir -p "$CONFIG_DIR"
SETTINGS="$CONFIG_DIR/settings.toml"
if [ ! -f "$SETTINGS" ]; then
  {
    echo "# Station settings written by install.sh; see README for every setting."
    echo "role = \"$ROLE\""
    echo "counter_number = $COUNTER"
    [ -n "$OFFICE" ] && echo "office_code = \"$OFFICE\""
    [ -n "$DB" ] && echo "database_url = \"$DB\""
    [ -n "$SERVER" ] && echo "central_server_url = \"$SERVER\""
  } > "$SETTINGS"
  chmod 600 "$SETTINGS"
else
  echo "keeping existing settings $SETTINGS"
  KEPT_ROLE=$(sed -n 's/^role *= *"\([a-z]*\)".*/\1/p' "$SETTINGS" | head -n 1)
  if [ -n "$KEPT_ROLE" ] && [ "$KEPT_ROLE" != "$ROLE" ]; then
    echo "the station keeps its role $KEPT_ROLE (edit $SETTINGS to change it)"
    ROLE=$KEPT_ROLE
  fi
fi

APPS="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
mkdir -p "$APPS"
for file in "$HERE"/desktop-app-*.desktop; do
  sed "s#@PREFIX@#$PREFIX#g" "$file" > "$APPS/$(basename "$file")"
done
if [ "$ROLE" = kiosk ] || [ "$ROLE" = display ]; then
  UNITS="${XDG_CONFIG_HOME:-$HOME/.config}/systemd/user"
  mkdir -p "$UNITS"
  sed "s#@PREFIX@#$PREFIX#g" "$HERE/desktop-app-$ROLE.service" > "$UNITS/desktop-app-$ROLE.service"
  if command -v systemctl >/dev/null && systemctl --user daemon-reload 2>/dev/null; then
    systemctl --user enable "desktop-app-$ROLE.service" || true
  fi
fi
"$PREFIX/desktop-app" init >/dev/null && echo "database ready"
"$PREFIX/desktop-app" doctor || true
echo "installed $ROLE station in $PREFIX"
