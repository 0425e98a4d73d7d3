#!/usr/bin/env bash
# Builds the .deb with CPack and checks what a Debian machine would install from it.
set -euo pipefail
build="$1"
out="$build/package-test"
rm -rf "$out"
cpack --config "$build/CPackConfig.cmake" -B "$out" > "$out.log" 2>&1 || { cat "$out.log"; exit 1; }
deb=$(ls "$out"/habilis_*_*.deb)
files=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in ./usr/bin/habilis ./usr/bin/habilis-cli \
         ./usr/share/applications/fr.caf.habilis.desktop \
         ./usr/share/metainfo/fr.caf.habilis.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/fr.caf.habilis.svg \
         ./usr/share/habilis/templates/convention.html; do
    grep -qx "$f" <<<"$files" || { echo "missing from $deb: $f"; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
for d in libqt6widgets6 libqt6sql6-sqlite libxlsxwriter4 libqrencode4; do
    grep -q "$d" <<<"$depends" || { echo "$deb does not depend on $d: $depends"; exit 1; }
done
echo "$deb: $(wc -l <<<"$files") entries, depends on $depends"
