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

# Every jar with its entries stored: the package's compression (xz) then works across the classes, as on the
# runtime's zip-0 modules (a .deb of deflated jars is ~30 MB larger; installed, they take ~90 MB more).
"$bin/java" "$(dirname "$0")/../java/StoreJars.java" "$target/input/teixit.jar" "$target"/input/lib/*.jar

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

# The start-up cache (JDK AOT cache, decision 0004): a training run of the package's own runtime and jars on a
# throwaway demo store (made first, by a run not recorded: the demo seeding is not a normal start), then login, main
# window, exit. The launcher maps it (app-image.args: -XX:AOTCache). The JVM checks each jar's path relative to the
# app, its size and its time; a cache that does not match is ignored silently (-Xlog:aot*=off) and Teixit starts
# without it. Usage: train_aot APP_DIR JAVA (APP_DIR holds teixit.cfg and the jars).
train_aot() {
    local app_dir="$1" java="$2" sep=':' classpath display=() training="$target/aot-training"
    case "$(uname -s)" in MINGW* | MSYS* | CYGWIN*) sep=';' ;; esac
    classpath=$(grep '^app.classpath=' "$app_dir/teixit.cfg" | sed "s|^app.classpath=\\\$APPDIR|$app_dir|" | paste -sd "$sep")
    if [ -z "${DISPLAY:-}" ] && [ "$(uname -s)" = Linux ]; then
        display=(-Dglass.platform=Headless -Dprism.order=sw)
    fi
    local run=("$java" --enable-native-access=ALL-UNNAMED "${display[@]}" -cp "$classpath" cat.teixit.cli.Launcher
        --data-dir "$training" --demo --bench-startup)
    rm -rf "$training" "$app_dir/teixit.aot"
    "${run[@]}" > "$target/aot-training.log" 2>&1 \
        && "${run[0]}" -XX:AOTCacheOutput="$app_dir/teixit.aot" "${run[@]:1}" >> "$target/aot-training.log" 2>&1 \
        || { echo "the AOT training run failed: see $target/aot-training.log" >&2; exit 1; }
    rm -rf "$training"
    [ -s "$app_dir/teixit.aot" ] || { echo "no AOT cache written: see $target/aot-training.log" >&2; exit 1; }
    echo "start-up cache: $app_dir/teixit.aot ($(du -m "$app_dir/teixit.aot" | cut -f1) MB)"
}

if [ "$type" != deb ]; then
    # The app image, and the msi/dmg made from it (their packagers are expected to keep the files' times; not
    # checked here: those packages are built on their own systems).
    case "$(uname -s)" in
        Darwin) train_aot "$target/image/teixit.app/Contents/app" "$target/image/teixit.app/Contents/runtime/Contents/Home/bin/java" ;;
        MINGW* | MSYS* | CYGWIN*) train_aot "$target/image/teixit/app" "$target/image/teixit/runtime/bin/java.exe" ;;
        *) train_aot "$target/image/teixit/lib/app" "$target/image/teixit/lib/runtime/bin/java" ;;
    esac
fi
if [ "$type" != none ]; then
    "$bin/jpackage" @"$args/$type.args" --app-image "$target/image/teixit" --resource-dir "$args" --dest "$target/package"
fi
if [ "$type" = deb ]; then
    # jpackage copies the image into the .deb with new file times: the cache is trained on the package's own files,
    # unpacked with their times, and added to it (dpkg installs files with the times the package gives them).
    deb=$(ls "$target"/package/teixit_*.deb)
    unpacked="$target/deb-aot"
    rm -rf "$unpacked"
    dpkg-deb -R "$deb" "$unpacked"
    train_aot "$unpacked/opt/teixit/lib/app" "$unpacked/opt/teixit/lib/runtime/bin/java"
    if [ -f "$unpacked/DEBIAN/md5sums" ]; then
        (cd "$unpacked" && md5sum opt/teixit/lib/app/teixit.aot >> DEBIAN/md5sums)
    fi
    sed -i "s/^Installed-Size: .*/Installed-Size: $(du -sk --exclude=DEBIAN "$unpacked" | cut -f1)/" "$unpacked/DEBIAN/control"
    dpkg-deb --root-owner-group --build "$unpacked" "$deb" >/dev/null
    rm -rf "$unpacked"
fi
if [ "$type" != none ]; then
    ls -l "$target/package"
fi
