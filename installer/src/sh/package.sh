#!/usr/bin/env bash
# Builds Teixit's runtime (jlink: only the JDK modules the workstation uses, JavaFX comes as jars), its app image
# (jpackage: launcher + runtime + jars) and, unless TYPE is none, a native package of TYPE (deb, msi, dmg).
# Called by Maven (installer module) with the filtered argument files in TARGET/args.
# Usage: package.sh JAVA_HOME APP_TARGET TARGET TYPE
set -euo pipefail
java_home="$1" app="$2" target="$3" type="$4"
bin="$java_home/bin"
args="$target/args"
[ -f "$app/teixit.jar" ] && [ -d "$app/lib" ] || { echo "no $app/teixit.jar and lib/: build desktop-app first" >&2; exit 1; }
if [ "$type" = deb ]; then
    for tool in fakeroot dpkg-deb objcopy; do
        command -v "$tool" >/dev/null || { echo "jpackage needs $tool to build a .deb: apt-get install fakeroot binutils" >&2; exit 1; }
    done
fi
rm -rf "$target/runtime" "$target/input" "$target/image" "$target/package"
mkdir -p "$target/input" "$target/package"
cp "$app/teixit.jar" "$target/input/"
cp -r "$app/lib" "$target/input/lib"

# The SQLite driver carries its native library for ~30 platforms (14 MB); the package needs the one it is built for.
case "$(uname -s)/$(uname -m)" in
    Linux/x86_64) platform=Linux/x86_64/ ;;
    Linux/aarch64) platform=Linux/aarch64/ ;;
    Darwin/arm64) platform=Mac/aarch64/ ;;
    Darwin/x86_64) platform=Mac/x86_64/ ;;
    MINGW*/x86_64 | MSYS*/x86_64 | CYGWIN*/x86_64) platform=Windows/x86_64/ ;;
    *) platform= ;;
esac
if [ -n "$platform" ]; then
    for jar in "$target"/input/lib/*sqlite-jdbc*.jar; do
        "$bin/java" "$(dirname "$0")/../java/KeepNatives.java" "$jar" org/sqlite/native/ "$platform"
    done
fi

# jpackage takes the icon in the system's own format: PNG on Linux, ICO on Windows, ICNS on macOS
# (scripts/make-icons.sh makes the last two from the PNG).
icons="$(cd "$(dirname "$0")/../jpackage" && pwd)"
case "$(uname -s)" in
    Darwin) icon="$icons/teixit.icns" ;;
    MINGW* | MSYS* | CYGWIN*) icon="$icons/teixit.ico" ;;
    *) icon="$icons/teixit.png" ;;
esac

"$bin/jlink" @"$args/jlink.args" --output "$target/runtime"
"$bin/jpackage" @"$args/app-image.args" --icon "$icon" --input "$target/input" --runtime-image "$target/runtime" \
    --dest "$target/image"
echo "app image: $target/image/teixit"
if [ "$type" != none ]; then
    "$bin/jpackage" @"$args/$type.args" --app-image "$target/image/teixit" --resource-dir "$args" --dest "$target/package"
    ls -l "$target/package"
fi
