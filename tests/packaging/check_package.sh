#!/usr/bin/env bash
# Builds the Debian package from the build tree with cpack, checks it with lintian, installs it
# into this system with dpkg, runs the installed programs and removes the package again.
# Usage: check_package.sh BUILD_DIR WORK_DIR VERSION
# Exits with 77 (skipped) when not run as root, without dpkg, or when the package or its
# programs are already installed, and with 1 on any failure.
# The package is purged on every exit that bash can trap. A signal it cannot trap, such as
# SIGKILL, can leave the package installed: remove it then with 'dpkg --purge soc-dashboard'.
set -euo pipefail

build_dir=$1
work_dir=$2
version=$3
package=soc-dashboard
skip_status=77

skip() {
    echo "SKIPPED: $*"
    exit "$skip_status"
}

fail() {
    echo "FAILED: $*" >&2
    exit 1
}

if [[ $(id -u) -ne 0 ]]; then
    skip "installing the package needs root; run ctest as root to include this test"
fi
if ! command -v dpkg >/dev/null || ! command -v dpkg-deb >/dev/null; then
    skip "dpkg and dpkg-deb are not available, so this is not a Debian system"
fi
command -v cpack >/dev/null || fail "cpack not found; install cmake"
command -v lintian >/dev/null || fail "lintian not found; run scripts/install-deps.sh"

# The test removes what it installs, so it must not touch an installation it did not make.
status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
if [[ -n $status && $status != not-installed ]]; then
    skip "$package is already on this system (dpkg status '$status'); remove it with" \
        "'dpkg --purge $package' to run this test"
fi
for program in /usr/bin/soc-dashboard /usr/bin/soc-feed; do
    [[ ! -e $program ]] || skip "$program exists outside the package; remove it to run this test"
done

rm -rf "$work_dir"
mkdir -p "$work_dir"

echo "== cpack"
cpack --config "$build_dir/CPackConfig.cmake" -B "$work_dir/cpack" -G DEB
deb="$work_dir/cpack/${package}_${version}_amd64.deb"
[[ -f $deb ]] || fail "cpack did not write $deb; it wrote: $(ls "$work_dir/cpack")"

echo "== control fields"
dpkg-deb --field "$deb"
depends=$(dpkg-deb --field "$deb" Depends)
for dependency in fonts-noto-core libqt6sql6-sqlite qt6-qpa-plugins libqt6widgets6 libc6; do
    [[ $depends == *"$dependency"* ]] ||
        fail "Depends lacks $dependency: $depends"
done

echo "== contents"
dpkg-deb --contents "$deb" | tee "$work_dir/contents.txt"
expected_files=(
    ./usr/bin/soc-dashboard
    ./usr/bin/soc-feed
    ./usr/share/applications/soc-dashboard.desktop
    ./usr/share/metainfo/vn.gov.hochiminhcity.soc.dashboard.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/soc-dashboard.svg
    ./usr/share/icons/hicolor/16x16/apps/soc-dashboard.png
    ./usr/share/icons/hicolor/256x256/apps/soc-dashboard.png
    ./usr/share/man/man1/soc-dashboard.1.gz
    ./usr/share/man/man1/soc-feed.1.gz
    ./usr/share/doc/soc-dashboard/copyright
    ./usr/share/doc/soc-dashboard/changelog.gz
    ./usr/share/doc/soc-dashboard/examples/wall-playlist.json
    ./usr/lib/systemd/user/soc-dashboard-wall.service
    ./usr/lib/systemd/user/soc-dashboard-wall@.service
)
for file in "${expected_files[@]}"; do
    grep -q " $file\$" "$work_dir/contents.txt" || fail "the package lacks $file"
done
if grep -v ' root/root ' "$work_dir/contents.txt"; then
    fail "the entries above are not owned by root/root"
fi

echo "== lintian"
# --fail-on error: warnings are printed but do not fail the test.
lintian --fail-on error --display-info "$deb" || fail "lintian reported errors on $deb"

installed=0
remove_package() {
    if ((installed)); then
        echo "== removing $package"
        dpkg --purge "$package" ||
            echo "WARNING: 'dpkg --purge $package' failed; run it by hand to remove the package" >&2
        installed=0
    fi
}
trap remove_package EXIT
trap 'exit 1' INT TERM HUP

echo "== dpkg -i"
# Set before dpkg runs, because a failed dpkg -i leaves the package half installed.
installed=1
dpkg -i "$deb" || fail "dpkg -i failed; missing dependencies install with 'apt-get install $deb'"

# The programs write settings and logs under the XDG folders, so point those into the work
# folder and leave root's home untouched.
run_home="$work_dir/home"
mkdir -p "$run_home"
run() {
    env HOME="$run_home" XDG_CONFIG_HOME="$run_home/.config" XDG_STATE_HOME="$run_home/.state" \
        XDG_DATA_HOME="$run_home/.data" XDG_RUNTIME_DIR="$run_home/.runtime" "$@"
}
mkdir -p -m 700 "$run_home/.runtime"

echo "== soc-dashboard --version"
output=$(run /usr/bin/soc-dashboard --version) || fail "soc-dashboard --version failed"
echo "$output"
[[ $output == "soc-dashboard $version" ]] ||
    fail "--version printed '$output', expected 'soc-dashboard $version'"

echo "== soc-dashboard --lang vi --help"
output=$(run /usr/bin/soc-dashboard --lang vi --help) || fail "soc-dashboard --lang vi --help failed"
echo "$output" | head -n 4
[[ $output == *"Tùy chọn:"* ]] ||
    fail "--lang vi --help is not in Vietnamese: the translations are missing from the binary"

echo "== soc-dashboard --lang en --help"
output=$(run /usr/bin/soc-dashboard --lang en --help) || fail "soc-dashboard --lang en --help failed"
[[ $output == *"Options:"* ]] || fail "--lang en --help is not in English"

echo "== soc-dashboard --snapshot"
snapshot="$work_dir/overview.png"
run /usr/bin/soc-dashboard --snapshot "$snapshot" --lang vi ||
    fail "the installed soc-dashboard could not render a snapshot"
[[ -s $snapshot ]] || fail "the snapshot $snapshot is missing or empty"
# A PNG starts with an 8-byte signature and the IHDR chunk, whose data begins at byte 16 with
# the width and height as 32-bit big-endian integers.
signature=$(od -An -tx1 -N8 "$snapshot" | tr -d ' \n')
[[ $signature == 89504e470d0a1a0a ]] || fail "$snapshot is not a PNG (signature $signature)"
read -r width height < <(od -An -tu1 -j16 -N8 "$snapshot" |
    awk '{ print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4, $5 * 16777216 + $6 * 65536 + $7 * 256 + $8 }')
echo "snapshot: ${width}x${height}"
[[ $width == 1920 && $height == 1080 ]] ||
    fail "the snapshot is ${width}x${height}, expected the default 1920x1080"

echo "== soc-dashboard --wall --snapshot"
wall="$work_dir/wall.png"
run /usr/bin/soc-dashboard --wall --snapshot "$wall" --size 3840x2160 --lang en \
    --playlist /usr/share/doc/soc-dashboard/examples/wall-playlist.json ||
    fail "the installed soc-dashboard could not render the wall with the example playlist"
[[ -s $wall ]] || fail "the wall snapshot $wall is missing or empty"

echo "== systemd user unit"
unit=/usr/lib/systemd/user/soc-dashboard-wall.service
if command -v systemd-analyze >/dev/null; then
    output=$(systemd-analyze verify --man=no "$unit" 2>&1) ||
        fail "systemd-analyze verify $unit failed: $output"
    [[ -z $output ]] || fail "systemd-analyze verify $unit warned: $output"
    # A template verifies under an instance name.
    instance=$(mktemp -d)
    cp /usr/lib/systemd/user/soc-dashboard-wall@.service "$instance/soc-dashboard-wall@1.service"
    output=$(systemd-analyze verify --man=no "$instance/soc-dashboard-wall@1.service" 2>&1) ||
        fail "systemd-analyze verify soc-dashboard-wall@1.service failed: $output"
    [[ -z $output ]] || fail "systemd-analyze verify soc-dashboard-wall@1.service warned: $output"
    rm -rf "$instance"
fi
grep -qx 'Restart=always' "$unit" || fail "$unit lacks Restart=always"

echo "== soc-feed --help"
output=$(run /usr/bin/soc-feed --help) || fail "soc-feed --help failed"
echo "$output" | head -n 1
[[ $output == "Usage: soc-feed COMMAND"* ]] || fail "soc-feed --help did not print its usage line"

echo "== manual pages"
for page in soc-dashboard soc-feed; do
    [[ $(man -w "$page") == /usr/share/man/man1/$page.1.gz ]] ||
        fail "man -w $page does not find /usr/share/man/man1/$page.1.gz"
done

remove_package
for file in /usr/bin/soc-dashboard /usr/bin/soc-feed /usr/share/applications/soc-dashboard.desktop; do
    [[ ! -e $file ]] || fail "$file is still there after 'dpkg --purge $package'"
done
status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
[[ -z $status || $status == not-installed ]] ||
    fail "dpkg still lists $package as '$status' after the purge"

echo "package built, checked, installed, run and removed"
