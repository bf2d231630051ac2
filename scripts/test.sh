#!/usr/bin/env bash
# Builds Samenspraak and runs every test (unit, QML, integration with a real server,
# PostgreSQL tests with their own throwaway cluster). Fresh Debian 12 as root: installs
# what is missing first. Idempotent; builds out of tree in build/.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake --preset default
cmake --build --preset default --parallel "$(nproc)"
export QT_QPA_PLATFORM=offscreen
ctest --preset default "$@"
