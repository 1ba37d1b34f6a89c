#!/usr/bin/env bash
# Regenerates the Windows (.ico) and macOS (.icns) icons of the installers from installer/src/jpackage/teixit.png
# (256x256), which jpackage takes as is only on Linux. Needs ImageMagick (convert) and python3. The outputs are
# committed; run this again only when the PNG changes.
set -euo pipefail
dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../installer/src/jpackage" && pwd)"
png="$dir/teixit.png"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
convert "$png" -define icon:auto-resize=256,128,64,48,32,16 "$dir/teixit.ico"
# ICNS: "icns", the file's length, then entries (type, entry length with its 8-byte header, PNG data);
# ic07 = 128x128, ic08 = 256x256 (PNG-encoded, read by macOS 10.7 and later).
convert "$png" -resize 128x128 "PNG32:$tmp/128.png"
convert "$png" "PNG32:$tmp/256.png"
python3 - "$tmp/128.png" "$tmp/256.png" "$dir/teixit.icns" <<'PY'
import struct, sys
entries = b""
for kind, path in ((b"ic07", sys.argv[1]), (b"ic08", sys.argv[2])):
    data = open(path, "rb").read()
    entries += kind + struct.pack(">I", len(data) + 8) + data
open(sys.argv[3], "wb").write(b"icns" + struct.pack(">I", len(entries) + 8) + entries)
PY
ls -l "$dir/teixit.ico" "$dir/teixit.icns"
