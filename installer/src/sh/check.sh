#!/usr/bin/env bash
# Checks the package as an IT department would install it: its declared dependencies, then the installed
# launcher run headless (--version, self-test) from the package's files extracted into a throwaway root.
# Usage: check.sh TARGET TYPE [JAVA_HOME]   (JAVA_HOME: a JDK whose jar tool lists the package's jars)
set -euo pipefail
target="$1" type="$2" jdk="${3:-${JAVA_HOME:-}}"
case "$type" in
    deb)
        deb=$(ls "$target"/package/teixit_*.deb)
        size=$(stat -c %s "$deb")
        echo "package: $deb ($((size / 1024 / 1024)) MB)"
        depends=$(dpkg-deb -f "$deb" Depends)
        echo "Depends: $depends"
        case "$depends" in *libgtk-3-0*) ;; *) echo "the package does not declare libgtk-3-0" >&2; exit 1 ;; esac
        root="$target/deb-root"
        rm -rf "$root"
        dpkg-deb -x "$deb" "$root"
        app="$root/opt/teixit"
        grep -qx 'Name=Teixit' "$app/lib/teixit-teixit.desktop" || { echo "no Teixit menu entry" >&2; exit 1; }
        ;;
    none) app="$target/image/teixit" ;;
    *) echo "no check for $type packages on this machine" >&2; exit 0 ;;
esac
launcher="$app/bin/teixit"
# A signed jar's classes stay out of the start-up cache and are checked at every start (StoreJars drops signatures).
for jar in "$app"/lib/app/lib/*.jar "$app"/app/lib/*.jar; do
    [ -f "$jar" ] || continue
    if "$jdk/bin/jar" tf "$jar" | grep -iE '^META-INF/[^/]+\.(SF|RSA|DSA|EC)$' >/dev/null; then
        echo "signed jar in the package: $jar" >&2
        exit 1
    fi
done
"$launcher" --version
# The start-up cache must match the installed files: with AOTMode=on a JVM that cannot use it stops.
cfg="$app/lib/app/teixit.cfg"
[ -f "$cfg" ] || cfg="$app/app/teixit.cfg"
cp "$cfg" "$cfg.orig"
sed -i 's|^\[JavaOptions\]|[JavaOptions]\njava-options=-XX:AOTMode=on|' "$cfg"
"$launcher" --version > /dev/null || { mv "$cfg.orig" "$cfg"; echo "the installed start-up (AOT) cache cannot be used" >&2; exit 1; }
mv "$cfg.orig" "$cfg"
echo "start-up cache: used"
"$launcher" self-test
echo "installed launcher: ok"
