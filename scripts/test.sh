#!/usr/bin/env bash
# Quick start, step 2: install what is missing, build, and run every test:
# unit tests, golden tests of the real binary and shape tests, once in a
# Release build and once under AddressSanitizer + UndefinedBehaviorSanitizer,
# then a short fuzz run (KOLMI_FUZZ_SECONDS, default 60 s per target).
# Usage: scripts/test.sh [--no-sanitizers]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh" --test

run_suite() {
  local dir=$1
  shift
  "$root/scripts/build.sh" "$dir" "$@"
  (cd "$dir" && ctest --output-on-failure --parallel "$(nproc)")
}

run_suite "$root/build" -DKOLMI_BUILD_TESTS=ON
if [[ "${1:-}" != "--no-sanitizers" ]]; then
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    run_suite "$root/build-asan" -DKOLMI_BUILD_TESTS=ON -DCMAKE_BUILD_TYPE=Debug -DKOLMI_SANITIZE=ON -DKOLMI_WERROR=ON
fi
"$root/scripts/fuzz.sh" "${KOLMI_FUZZ_SECONDS:-60}"
