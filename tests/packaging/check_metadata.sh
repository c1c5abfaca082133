#!/usr/bin/env bash
# Validates the desktop entry, the AppStream metadata and the manual pages of the package.
# Usage: check_metadata.sh PACKAGING_SOURCE_DIR MAN_DIR
# MAN_DIR is the build-tree folder of the configured manual pages, with the version filled in.
set -euo pipefail

source_dir=$1
man_dir=$2
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

for tool in desktop-file-validate appstreamcli man; do
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

if ((failures > 0)); then
    echo "$failures of 4 checks failed" >&2
    exit 1
fi
echo "all 4 checks passed"
