#!/usr/bin/env bash
# Quick start, step 1: install what is missing, build, create the demo
# database at the default path and show the demo user's main page.
# Safe to run again: kolmi demo only replaces a database that it made and
# that nothing else has changed since (it refuses one used for real data).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" "$root/build" -DKOLMI_BUILD_TESTS=OFF >/dev/null
kolmi="$root/build/cli/kolmi"

"$kolmi" demo
echo
echo "The demo user's main page (kolmi main, as demo):"
KOLMI_USER=demo KOLMI_PASSWORD=demo "$kolmi" main
echo
echo "kolmi is at $kolmi; try: $kolmi login -u demo --password-stdin <<< demo && $kolmi main"
