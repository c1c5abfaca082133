#!/usr/bin/env bash
# Runs every libFuzzer harness (fuzz_*) in a build folder for a fixed time, starting from its seed
# corpus in tests/fuzz/corpus/<name>/, and fails when any of them finds a crash, a leak, undefined
# behaviour, a timeout or an out-of-memory input.
#
# Usage: scripts/run-fuzzers.sh FUZZ_BUILD_DIR [SECONDS_PER_HARNESS]
# New inputs go to a temporary folder, so the seed corpus in the repository stays as committed.
# Crashing inputs are kept under FUZZ_BUILD_DIR/artifacts/ to reproduce with `fuzz_NAME FILE`.
set -euo pipefail

build_dir=${1:?give the folder that holds the fuzz_* executables}
seconds=${2:-20}
source_dir=$(cd "$(dirname "$0")/.." && pwd)
corpus_root=$source_dir/tests/fuzz/corpus
artifacts=$build_dir/artifacts
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$artifacts"

shopt -s nullglob
harnesses=()
for candidate in "$build_dir"/fuzz_*; do
    # CMake also leaves fuzz_*_autogen folders here.
    [[ -f $candidate && -x $candidate ]] && harnesses+=("$candidate")
done
if ((${#harnesses[@]} == 0)); then
    echo "run-fuzzers: no fuzz_* executables in $build_dir; build with -DSOC_FUZZ=ON" >&2
    exit 1
fi

failed=()
for harness in "${harnesses[@]}"; do
    name=$(basename "$harness")
    name=${name#fuzz_}
    seeds=$corpus_root/$name
    if [[ ! -d $seeds ]]; then
        echo "run-fuzzers: $name has no seed corpus; add small real inputs to $seeds" >&2
        failed+=("$name (no seed corpus)")
        continue
    fi
    mkdir -p "$work/$name"
    echo "run-fuzzers: $name for $seconds s"
    # -timeout: one input taking over 10 s counts as a hang. -rss_limit_mb: more than 2 GiB
    # counts as unbounded memory.
    if ! "$harness" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$artifacts/$name-" \
        "$work/$name" "$seeds" >"$work/$name.log" 2>&1; then
        tail -n 60 "$work/$name.log" >&2
        failed+=("$name")
        continue
    fi
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)' "$work/$name.log" || true
done

if ((${#failed[@]} > 0)); then
    echo "run-fuzzers: failed: ${failed[*]}; inputs are in $artifacts" >&2
    exit 1
fi
echo "run-fuzzers: ${#harnesses[@]} harnesses ran $seconds s each without a failure"
