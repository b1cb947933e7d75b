#!/usr/bin/env bash
# ctest registers each Catch test by name through a CMake list, which splits
# at ';': a test whose name holds one becomes two ctest tests that match
# nothing and fail (or, worse, never run what they name). Refuse such names.
# Usage: tests/check_test_names.sh KOLMI_TESTS_BINARY
set -euo pipefail
# Catch2 v2's listing exits with the number of tests listed (at most 255).
names=$("$1" --list-test-names-only || true)
[[ -n "$names" ]] || { echo "$1 listed no tests" >&2; exit 1; }
if bad=$(grep -F ';' <<<"$names"); then
  echo "test names must not contain ';' (ctest splits them there):" >&2
  echo "$bad" >&2
  exit 1
fi
# A name that starts with '-' reaches the test binary as an option.
if bad=$(grep -e '^-' <<<"$names"); then
  echo "test names must not start with '-' (the binary reads them as options):" >&2
  echo "$bad" >&2
  exit 1
fi
echo "$(wc -l <<<"$names") test names, none with ';'"
