#!/usr/bin/env bash
# Installs what Habilis needs to build, run and test on Debian 12 (as root, or with sudo).
set -euo pipefail
packages=(
    build-essential cmake ninja-build clang-format
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev
    qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6svg6 libgl-dev
    libqrencode-dev libxlsxwriter-dev pkg-config fonts-liberation2 fonts-dejavu-core
    python3-openpyxl poppler-utils
    # a face with one style only, which Qt emboldens and slants itself (tests)
    fonts-dejavu-extra
    # qpdf checks the structure of the PDF files Habilis writes; a face with CFF outlines (tests)
    qpdf fonts-urw-base35
    libcurl4-openssl-dev python3-aiosmtpd libsqlite3-dev
    xvfb xauth
    # the checks of the .desktop and metainfo files; cpack -G DEB (dpkg-shlibdeps, file)
    desktop-file-utils appstream file dpkg-dev
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
