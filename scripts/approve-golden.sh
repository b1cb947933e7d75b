#!/usr/bin/env bash
# Rewrites the expected output of golden tests from the current binary.
# Review `git diff tests/golden/expected` before committing.
# Usage: scripts/approve-golden.sh [CASE...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh" "$root/build" >/dev/null
exec "$root/tests/golden/run.sh" "$root/build/cli/kolmi" --approve "$@"
