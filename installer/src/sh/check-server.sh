#!/usr/bin/env bash
# Checks the central server's package as an IT department would install it: its fields, conffile and maintainer
# scripts, the files extracted into a throwaway root, the systemd unit (systemd-analyze verify when the machine
# has it), then the installed launcher: --version, and a real start on a PostgreSQL of its own until /health
# answers.
# Usage: check-server.sh TARGET [SKIPPED]   (SKIPPED true: the package was not built, nothing to check)
set -euo pipefail
target=$(cd "$1" && pwd)
if [ "${2:-false}" = true ]; then
    echo "server package not built (installer.skipServer): not checked"
    exit 0
fi
deb=$(ls "$target"/package/teixit-server_*.deb)
fail() { echo "server package: $*" >&2; exit 1; }
echo "package: $deb ($(( $(stat -c %s "$deb") / 1024 / 1024 )) MB)"
[ "$(dpkg-deb -f "$deb" Package)" = teixit-server ] || fail "wrong package name"
echo "Depends: $(dpkg-deb -f "$deb" Depends)"
control_files=$(dpkg-deb --ctrl-tarfile "$deb" | tar -t)
grep -qx './conffiles' <<<"$control_files" || fail "no conffiles"
root="$target/server-check"
rm -rf "$root"
mkdir -p "$root/ctrl"
dpkg-deb -e "$deb" "$root/ctrl"
grep -qx '/etc/teixit-server/teixit-server.env' "$root/ctrl/conffiles" || fail "the options file is not a conffile"
for s in postinst prerm postrm; do
    [ -x "$root/ctrl/$s" ] || fail "no executable $s"
    sh -n "$root/ctrl/$s" || fail "$s is not valid sh"
done
dpkg-deb -x "$deb" "$root/fs"
fs="$root/fs"
for f in opt/teixit-server/bin/teixit-server opt/teixit-server/runtime/bin/java opt/teixit-server/app/teixit-server.jar \
        usr/lib/systemd/system/teixit-server.service etc/teixit-server/teixit-server.env; do
    [ -e "$fs/$f" ] || fail "missing /$f"
done
[ -x "$fs/opt/teixit-server/bin/teixit-server" ] || fail "the launcher is not executable"
if ls "$fs"/opt/teixit-server/app/lib | grep -Eq 'binaries-(darwin|windows)|alpine'; then
    fail "PostgreSQL binaries of other systems in the package"
fi
contents=$(dpkg-deb -c "$deb")
grep -q ' root/root .*\./opt/teixit-server/bin/teixit-server$' <<<"$contents" || fail "files not owned by root"

unit="$fs/usr/lib/systemd/system/teixit-server.service"
grep -qx 'User=teixit-server' "$unit" || fail "the unit does not run as teixit-server"
grep -qx 'EnvironmentFile=/etc/teixit-server/teixit-server.env' "$unit" || fail "the unit reads no options file"
exec_start=$(sed -n 's/^ExecStart=\([^ ]*\).*/\1/p' "$unit")
[ -x "$fs$exec_start" ] || fail "ExecStart names $exec_start, not in the package"
if command -v systemd-analyze >/dev/null; then
    # Verified as installed: the paths the unit names point into the extracted root.
    check="$root/unit/teixit-server.service"
    mkdir -p "$root/unit"
    sed -e "s|/opt/teixit-server|$fs/opt/teixit-server|g" -e "s|/etc/teixit-server|$fs/etc/teixit-server|g" \
        "$unit" > "$check"
    out=$(SYSTEMD_LOG_LEVEL=notice systemd-analyze verify --man=no "$check" 2>&1) || { echo "$out" >&2; fail "systemd-analyze verify failed"; }
    # Messages about other units of this machine are not the package's business; about ours they are.
    if echo "$out" | grep -q 'teixit-server.service'; then
        echo "$out" >&2
        fail "systemd-analyze verify complains about the unit"
    fi
    echo "systemd-analyze verify: ok"
else
    echo "systemd-analyze not available: unit checked by its keys only"
fi

# GET /health with bash alone (no curl on a bare CI machine): prints the body's last line.
health() {
    exec 3<>"/dev/tcp/127.0.0.1/$1" || return 1
    printf 'GET /health HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
    tail -n 1 <&3
    exec 3<&-
}

launcher="$fs/opt/teixit-server/bin/teixit-server"
"$launcher" --version
data=$(mktemp -d)
run=()
if [ "$(id -u)" = 0 ]; then
    # As the service runs: as a system user, not root (PostgreSQL refuses root).
    chown nobody "$data"
    run=(setpriv --reuid=nobody --regid=nogroup --clear-groups env HOME="$data")
fi
port=$(( 20000 + RANDOM % 20000 ))
"${run[@]}" "$launcher" serve --embedded --data-dir "$data/db" --host 127.0.0.1 --port "$port" > "$root/serve.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do
    if [ "$(health "$port" 2>/dev/null)" = ok ]; then
        echo "installed server: /health ok"
        exit 0
    fi
    kill -0 "$pid" 2>/dev/null || { cat "$root/serve.log" >&2; fail "the installed server stopped"; }
    sleep 0.5
done
cat "$root/serve.log" >&2
fail "the installed server did not answer /health within 60 s"
