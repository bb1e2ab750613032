#!/usr/bin/env bash
# Packs the built bundle with its installer into dist/desktop-app-<version>-linux-x86_64.tar.gz.
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=$(python3 -c "import desktop_app; print(desktop_app.__version__)")
STAGE=build/archive/desktop-app-$VERSION
rm -rf build/archive && mkdir -p "$STAGE"
cp -a dist/desktop-app "$STAGE/desktop-app"
cp packaging/linux/install.sh packaging/linux/*.desktop packaging/linux/*.service "$STAGE/"
tar -C build/archive -czf "dist/desktop-app-$VERSION-linux-$(uname -m).tar.gz" "desktop-app-$VERSION"
echo "dist/desktop-app-$VERSION-linux-$(uname -m).tar.gz"
