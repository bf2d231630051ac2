#!/bin/sh
# A simulated 2,000-participant round through the real loop, then the council report and the
# triptych from the server: what a council member or resident gets to see.
#
#   scripts/demo-report.sh [OUT_DIR] [PORT]     (after building: build/app, build/server)
#
# OUT_DIR gets server.db, verslag.pdf, verslag.html, drieluik.pdf, drieluik.png and page-*.png (the PDF
# pages at 60 dpi, to look at). Needs pdftoppm (poppler-utils).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$(mktemp -d /tmp/samenspraak-demo-XXXXXX)}
port=${2:-18411}
app="$here/build/app/samenspraak"
server="$here/build/server/samenspraak-server"
mkdir -p "$out"
work=$(mktemp -d /tmp/samenspraak-demo-data-XXXXXX)
db="$out/server.db"   # kept: run report/triptych on it again
device="$work/device"
export QT_QPA_PLATFORM=offscreen

# 2,000 participants on one device: 1,200 at the kiosk, 500 in workshops, 300 at events.
"$app" simulate --participants 1200 --channel kiosk --seed 1 --data-dir "$device"
"$app" simulate --participants 500 --channel workshop --seed 2 --data-dir "$device"
"$app" simulate --participants 300 --channel event --seed 3 --data-dir "$device"

"$server" content publish --db "$db" "$here/content/dalfsen-2040.json"
"$server" serve --db "$db" --listen "127.0.0.1:$port" >"$work/serve.log" 2>&1 &
serve=$!
trap 'kill $serve 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 2
code=$("$server" devices enroll-code --db "$db" --name demo | head -n 1)
"$app" enroll --data-dir "$device" --server "http://127.0.0.1:$port" --code "$code"
"$app" sync --data-dir "$device"
kill $serve
wait $serve 2>/dev/null || true

"$server" report --db "$db" --out "$out/verslag.pdf"
"$server" report --db "$db" --out "$out/verslag.html"
"$server" triptych --db "$db" --out "$out/drieluik.pdf"
"$server" triptych --db "$db" --out "$out/drieluik.png"
pdftoppm -png -r 60 "$out/verslag.pdf" "$out/page"
echo "$out"
