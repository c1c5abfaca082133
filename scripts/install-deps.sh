#!/usr/bin/env bash
# Installs the Debian 12 packages that building, running and testing SOC Dashboard need.
# Idempotent: packages already installed are skipped, and nothing runs when all are present.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins
    libqt6opengl6-dev libgl-dev libvulkan-dev libxkbcommon-dev
    libqcustomplot-dev
    libprotobuf-dev protobuf-compiler
    libspdlog-dev libfmt-dev
    libmosquitto-dev mosquitto mosquitto-clients
    libbenchmark-dev
    # the checked build of make test-sanitize and make fuzz: clang 14 with its sanitizer and
    # libFuzzer runtimes
    clang libclang-rt-14-dev
    openssl sqlite3
    fonts-noto-core fonts-dejavu-core fontconfig
    xvfb xauth
    # pdftotext, with which the tests read the PDF reports back
    poppler-utils
    # the Debian package: dpkg-shlibdeps, icon rendering, and the package and metadata checks
    dpkg-dev librsvg2-bin man-db lintian desktop-file-utils appstream
    # systemd-analyze, which checks the wall display's user unit
    systemd
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
    [[ $status == installed ]] || missing+=("$package")
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
    echo "Missing packages: ${missing[*]}" >&2
    echo "Run as root, or install them with: sudo apt-get install ${missing[*]}" >&2
    exit 1
fi

echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
