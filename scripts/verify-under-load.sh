#!/usr/bin/env bash
# Runs the full test suite (./mvnw -B verify) N times in a fresh clone of this repository's HEAD while busy loops keep
# every core loaded, and prints each run's result and wall time. The suite must pass every time: a test that fails
# here races the machine's speed somewhere.
#
#   scripts/verify-under-load.sh [runs] [load-processes]
#
# runs defaults to 5, load-processes to the number of cores. MAVEN_REPO=<dir> uses that local Maven repository
# (an empty directory reproduces a new user's first build; default: ~/.m2/repository). The clone and the logs stay in
# the directory printed at the start.
set -euo pipefail

runs=${1:-5}
load=${2:-$(nproc)}
source_repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/verify-under-load.XXXXXX")
maven_args=(-B)
if [[ -n "${MAVEN_REPO:-}" ]]; then
    mkdir -p "$MAVEN_REPO"
    maven_args+=("-Dmaven.repo.local=$MAVEN_REPO")
fi

echo "work directory: $work"
git clone --quiet "$source_repo" "$work/clone"
echo "commit: $(git -C "$work/clone" log -1 --format='%h %s')"

load_pids=()
stop_load() {
    for pid in "${load_pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    # a run interrupted half-way must not leave its Maven build behind
    pkill -f "$work/clone" 2>/dev/null || true
}
trap stop_load EXIT
for ((i = 0; i < load; i++)); do
    # a pure CPU burner: no disk, no memory to speak of
    sha256sum /dev/zero &
    load_pids+=($!)
done
echo "load: $load busy processes on $(nproc) cores"

failed=0
summary="$work/summary.txt"
for ((run = 1; run <= runs; run++)); do
    log="$work/run-$run.log"
    start=$(date +%s)
    if (cd "$work/clone" && ./mvnw "${maven_args[@]}" verify >"$log" 2>&1); then
        outcome=green
    else
        outcome=RED
        failed=$((failed + 1))
    fi
    seconds=$(($(date +%s) - start))
    tests=$(grep -E '^\[(INFO|WARNING|ERROR)\] Tests run: [0-9]+, Failures' "$log" | grep -v ' -- in ' \
        | awk -F'[ ,]+' '{t += $4; f += $6 + $8} END {print t " tests, " f " failed"}')
    line="run $run: $outcome in ${seconds} s ($tests)"
    echo "$line" | tee -a "$summary"
    if [[ $outcome == RED ]]; then
        grep -E '^\[ERROR\] +[A-Za-z]+Test\.|Tests run:.*FAILURE' "$log" | head -20 | tee -a "$summary"
    fi
done

echo "$((runs - failed)) of $runs runs green; logs in $work"
[[ $failed -eq 0 ]]
