#!/usr/bin/env bash
# Quick start, step 2: install what is missing, build, and run every test:
# unit tests, golden tests of the real binary and shape tests in a Release
# build; the .deb of that build installed, tried and removed again
# (scripts/package-check.sh, needs root or sudo); a short fuzz run
# (KOLMI_FUZZ_SECONDS, default 60 s per target); then the tests once more
# under AddressSanitizer + UndefinedBehaviorSanitizer. A ctest run comes last,
# so the output closes with its summary. A private MariaDB server (no network,
# a socket in a scratch folder; scripts/mariadb-test-server.sh) runs for the
# whole script, so the MariaDB tests run too, and fail if it did not start.
# Usage: scripts/test.sh [--no-sanitizers]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# Each step's start, with the minutes so far: where CI's time goes.
step() { printf '== test.sh [%d:%02d] %s\n' $((SECONDS / 60)) $((SECONDS % 60)) "$*"; }
step "installing what is missing"
"$root/scripts/install-deps.sh" --test

# The MariaDB test server, stopped and removed however the script ends.
mariadb_dir=$(mktemp -d "${TMPDIR:-/tmp}/kolmi-mariadb.XXXXXX")
stop_mariadb() {
  "$root/scripts/mariadb-test-server.sh" stop "$mariadb_dir" || true
  rm -rf "$mariadb_dir"
}
trap stop_mariadb EXIT
trap 'exit 130' INT TERM
export KOLMI_TEST_MARIADB_REQUIRED=1  # a MariaDB test without the server fails, never skips
KOLMI_TEST_MARIADB_SOCKET=$("$root/scripts/mariadb-test-server.sh" start "$mariadb_dir")
export KOLMI_TEST_MARIADB_SOCKET

ctest_in() {
  (cd "$1" && ctest --output-on-failure --parallel "$(nproc)")
}
sanitizers=1
[[ "${1:-}" == "--no-sanitizers" ]] && sanitizers=0

step "Release build"
"$root/scripts/build.sh" "$root/build" -DKOLMI_BUILD_TESTS=ON
if ((sanitizers)); then
  step "Release tests"
  ctest_in "$root/build"
fi
step "package check"
"$root/scripts/package-check.sh" "$root/build"
step "fuzzing"
"$root/scripts/fuzz.sh" "${KOLMI_FUZZ_SECONDS:-60}"
if ((sanitizers)); then
  step "ASan+UBSan build"
  "$root/scripts/build.sh" "$root/build-asan" -DKOLMI_BUILD_TESTS=ON -DCMAKE_BUILD_TYPE=Debug \
    -DKOLMI_SANITIZE=ON -DKOLMI_WERROR=ON
  step "ASan+UBSan tests"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest_in "$root/build-asan"
else
  step "Release tests"
  ctest_in "$root/build"
fi
