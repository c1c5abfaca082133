#!/usr/bin/env bash
# Validates the desktop entry, the AppStream metadata, the manual pages and the systemd user
# unit of the wall display.
# Usage: check_metadata.sh PACKAGING_SOURCE_DIR MAN_DIR DASHBOARD_BINARY
# MAN_DIR is the build-tree folder of the configured manual pages, with the version filled in;
# DASHBOARD_BINARY is the built soc-dashboard, which replaces /usr/bin/soc-dashboard in the
# copy of the unit that systemd-analyze checks.
set -euo pipefail

source_dir=$1
man_dir=$2
dashboard_binary=$3
failures=0

check() {
    local name=$1
    shift
    echo "== $name"
    if "$@"; then
        echo "ok: $name"
    else
        echo "FAILED: $name" >&2
        failures=$((failures + 1))
    fi
}

# man --warnings exits with 0 even when groff warns, so any output on stderr is a failure.
man_page_clean() {
    local page=$1 warnings
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
    if [[ -n $warnings ]]; then
        echo "$warnings" >&2
        return 1
    fi
}

# The unit must start the wall and restart it whenever it exits. systemd-analyze then checks
# the syntax and that the program exists, on a copy that runs the built binary, named as
# systemd would load it (an instance name for a template).
wall_unit_valid() {
    local unit=$1 exec_start=$2 loaded_as=$3 copy output status
    grep -qxF "ExecStart=$exec_start" "$unit" || {
        echo "$unit does not start '$exec_start'" >&2
        return 1
    }
    grep -qx 'Restart=always' "$unit" || {
        echo "$unit lacks Restart=always, so the wall would stay down after it exits" >&2
        return 1
    }
    copy=$(mktemp -d)
    sed "s#/usr/bin/soc-dashboard#$dashboard_binary#" "$unit" >"$copy/$loaded_as"
    status=0
    output=$(systemd-analyze verify --man=no "$copy/$loaded_as" 2>&1) || status=$?
    rm -rf "$copy"
    if ((status != 0)) || [[ -n $output ]]; then
        echo "systemd-analyze verify: status $status: $output" >&2
        return 1
    fi
}

for tool in desktop-file-validate appstreamcli man systemd-analyze; do
    if ! command -v "$tool" >/dev/null; then
        echo "FAILED: $tool not found; run scripts/install-deps.sh" >&2
        exit 1
    fi
done

check "desktop entry" desktop-file-validate "$source_dir/soc-dashboard.desktop"
check "AppStream metadata" appstreamcli validate --no-net --pedantic \
    "$source_dir/vn.gov.hochiminhcity.soc.dashboard.metainfo.xml"
check "soc-dashboard.1" man_page_clean "$man_dir/soc-dashboard.1"
check "soc-feed.1" man_page_clean "$man_dir/soc-feed.1"
check "soc-dashboard-wall.service" wall_unit_valid "$source_dir/soc-dashboard-wall.service" \
    '/usr/bin/soc-dashboard --wall $SOC_WALL_OPTIONS' soc-dashboard-wall.service
check "soc-dashboard-wall@.service" wall_unit_valid "$source_dir/soc-dashboard-wall@.service" \
    '/usr/bin/soc-dashboard --wall --screen %i $SOC_WALL_OPTIONS' soc-dashboard-wall@1.service

if ((failures > 0)); then
    echo "$failures of 6 checks failed" >&2
    exit 1
fi
echo "all 6 checks passed"
