#!/usr/bin/env bash
# Builds and runs Samenspraak with its embedded defaults: a municipal server on loopback
# (SQLite in ~/.local/share/samenspraak-demo) and the kiosk app pointed at it, so the whole
# loop is visible. Fresh Debian 12 as root: installs what is missing first. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake --preset default
cmake --build --preset default --parallel "$(nproc)"

state="${SAMENSPRAAK_DEMO_DIR:-$HOME/.local/share/samenspraak-demo}"
mkdir -p "$state"
port="${SAMENSPRAAK_PORT:-8080}"

./build/server/samenspraak-server serve --db "$state/server.db" --listen "127.0.0.1:$port" &
server_pid=$!
trap 'kill $server_pid 2>/dev/null || true' EXIT
sleep 1
kill -0 "$server_pid" 2>/dev/null || { echo "run.sh: the server did not start (is port $port in use? set SAMENSPRAAK_PORT)" >&2; exit 1; }

# The server accepts enrolled devices only: enroll the demo device with a fresh one-time code
# (again on every run: that just renews its token), and publish the default content pack
# (nothing changes when it already is).
code="$(./build/server/samenspraak-server devices enroll-code --db "$state/server.db" --name "Demo kiosk" | sed -n 1p)"
./build/app/samenspraak enroll --data-dir "$state/device" --server "http://127.0.0.1:$port" --code "$code"
./build/server/samenspraak-server content publish --db "$state/server.db" content/dalfsen-2040.json

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
  echo "run.sh: no display found. Writing screenshots of every screen to $state/screenshots instead;"
  echo "        on a machine with a screen the app opens its kiosk window here."
  ./build/app/samenspraak --data-dir "$state/device" --server "http://127.0.0.1:$port" --screenshot-all "$state/screenshots"
  ./build/app/samenspraak simulate --data-dir "$state/device" --participants 5
  ./build/app/samenspraak sync --data-dir "$state/device" --server "http://127.0.0.1:$port"
  ./build/server/samenspraak-server export --db "$state/server.db" --format csv --out "$state/export.csv"
  echo "run.sh: the loop works: see $state/export.csv. For a window: QT_QPA_PLATFORM=offscreen is headless; use a desktop session."
  exit 0
fi
./build/app/samenspraak --data-dir "$state/device" --server "http://127.0.0.1:$port" "$@"
