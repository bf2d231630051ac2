#!/usr/bin/env bash
# Builds the Debian packages samenspraak and samenspraak-server into packages/ (fresh Debian 12
# as root: installs what is missing first). Install them with `apt install ./packages/*.deb`;
# docs/operations.md (server) and docs/kiosk.md (kiosk PC) say what comes next.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake --preset default
cmake --build --preset default --parallel "$(nproc)"
mkdir -p packages
(cd build && cpack -G DEB -B "$PWD/../packages" >/dev/null)
rm -rf packages/_CPack_Packages
lintian --tag-display-limit 0 packages/*.deb 2>/dev/null || true
ls -1 packages/*.deb
