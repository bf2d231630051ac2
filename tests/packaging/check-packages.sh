#!/usr/bin/env bash
# Builds the Debian packages from the build tree and checks them as an installer would see
# them: unpacked into a throwaway root, both programs run from there, the systemd units
# verified and scored, lintian clean (no error, no warning). Usage: check-packages.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'kill "${server_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
fail() { echo "check-packages: $*" >&2; exit 1; }

cd "$build"
rm -f samenspraak*_amd64.deb
cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack failed"; }
app_deb=$(ls "$work"/out/samenspraak_*_amd64.deb)
server_deb=$(ls "$work"/out/samenspraak-server_*_amd64.deb)
root="$work/root"
dpkg -x "$app_deb" "$root"
dpkg -x "$server_deb" "$root"

# What each package must hold.
for f in usr/bin/samenspraak usr/share/applications/nl.samenspraak.Samenspraak.desktop \
         usr/share/icons/hicolor/scalable/apps/samenspraak.svg usr/share/samenspraak/content/dalfsen-2040.json \
         lib/systemd/system/samenspraak-kiosk.service usr/share/doc/samenspraak/copyright usr/share/man/man1/samenspraak.1.gz \
         usr/bin/samenspraak-server lib/systemd/system/samenspraak-server.service etc/default/samenspraak-server \
         usr/share/doc/samenspraak-server/copyright usr/share/man/man8/samenspraak-server.8.gz; do
    [ -e "$root/$f" ] || fail "$f is not in the packages"
done
dpkg-deb -I "$server_deb" conffiles | grep -qx /etc/default/samenspraak-server || fail "/etc/default/samenspraak-server is not a conffile"
dpkg-deb -I "$server_deb" postinst | grep -q "adduser --system" || fail "the server package makes no system user"

# The app from the package: every screen loads, and its bundled pack is valid.
QT_QPA_PLATFORM=offscreen "$root/usr/bin/samenspraak" --self-test >"$work/self-test.log" 2>&1 \
    || { tail -20 "$work/self-test.log"; fail "the packaged app's self-test failed"; }
grep -q "0 warnings" "$work/self-test.log" || fail "the packaged app's self-test had warnings"
"$root/usr/bin/samenspraak" content check "$root/usr/share/samenspraak/content/dalfsen-2040.json" >/dev/null \
    || fail "the packaged content pack is not valid"

# The server from the package: it serves, and says it is healthy.
"$root/usr/bin/samenspraak-server" serve --db "$work/server.db" --listen 127.0.0.1:0 >"$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 50); do grep -q "listening on" "$work/serve.log" && break; sleep 0.1; done
url=$(sed -n 's/^listening on //p' "$work/serve.log")
[ -n "$url" ] || { cat "$work/serve.log"; fail "the packaged server did not start"; }
[ "$(curl -s -o /dev/null -w '%{http_code}' "$url/healthz")" = 200 ] || fail "the packaged server's /healthz is not 200"
kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=

# The units: valid, pointing at the unpacked programs; the server's hardening scored.
mkdir -p "$work/units"
for unit in samenspraak-server samenspraak-kiosk; do
    sed "s|/usr/bin/samenspraak|$root/usr/bin/samenspraak|g" "$root/lib/systemd/system/$unit.service" >"$work/units/$unit.service"
    systemd-analyze verify --man=no "$work/units/$unit.service" || fail "systemd-analyze verify $unit.service"
done
systemd-analyze security --offline=true --threshold=20 "$work/units/samenspraak-server.service" >"$work/security.log" 2>&1 \
    || { cat "$work/security.log"; fail "the server unit's exposure is above 2.0"; }
grep "Overall exposure level" "$work/security.log"

# The nginx example from the package: valid as nginx reads it (test certificates, local logs).
example="$root/usr/share/doc/samenspraak-server/examples/nginx-samenspraak.conf"
[ -e "$example" ] || fail "the nginx example is not in the server package"
mkdir -p "$work/nginx"
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/nginx/key.pem" -out "$work/nginx/cert.pem" -days 1 -subj /CN=test >/dev/null 2>&1
sed -e "s|/etc/letsencrypt/live/samenspraak.dalfsen.nl/fullchain.pem|$work/nginx/cert.pem|" \
    -e "s|/etc/letsencrypt/live/samenspraak.dalfsen.nl/privkey.pem|$work/nginx/key.pem|" \
    -e "s|/var/log/nginx/|$work/nginx/|" "$example" >"$work/nginx/site.conf"
printf 'pid %s/nginx.pid;\nerror_log %s/error.log;\nevents {}\nhttp {\n access_log %s/access.log;\n include %s/site.conf;\n}\n' \
    "$work/nginx" "$work/nginx" "$work/nginx" "$work/nginx" >"$work/nginx/nginx.conf"
nginx -t -q -c "$work/nginx/nginx.conf" -p "$work/nginx" || fail "the nginx example does not pass nginx -t"

# lintian: no errors and no warnings (informational tags are listed, not fatal).
lintian --tag-display-limit 0 "$app_deb" "$server_deb" >"$work/lintian.log" 2>&1 || true
grep -v "root privileges" "$work/lintian.log" || true
if grep -qE "^[EW]: " "$work/lintian.log"; then fail "lintian found errors or warnings"; fi
echo "check-packages: both packages built, unpacked, run and verified"
