#!/usr/bin/env bash
# Golden tests of the real kolmi binary: each tests/golden/cases/NAME.sh runs
# against a fresh copy of a fixed demo database (seed 42, clock pinned with
# KOLMI_NOW) and its stdout, stderr and exit status, with the temporary
# folder replaced by @TMP@, must equal tests/golden/expected/NAME.txt.
#
# Usage: run.sh KOLMI_BINARY [--approve] [CASE...]
#   --approve  write the current output as the expected output (review the diff!)
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
kolmi_bin=$(realpath "$1")
shift
approve=0
if [[ "${1:-}" == "--approve" ]]; then approve=1; shift; fi
cases=("$@")
if ((${#cases[@]} == 0)); then
  for f in "$here"/cases/*.sh; do cases+=("$(basename "$f" .sh)"); done
fi

tmp=$(mktemp -d /tmp/kolmi-golden-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
export KOLMI_NOW="2026-11-28 09:30:00"
export KOLMI_TEST_DATA="$here/../data"  # real input files; cases copy what they need
export TZ=UTC LC_ALL=C.UTF-8
unset KOLMI_USER KOLMI_PASSWORD KOLMI_DB KOLMI_SESSION XDG_DATA_HOME XDG_STATE_HOME
"$kolmi_bin" --db "$tmp/pristine.db" demo --seed 42 --calls 3000 --users 2 >/dev/null || {
  echo "golden: could not build the demo database" >&2
  exit 1
}

failed=0
for name in "${cases[@]}"; do
  case_file="$here/cases/$name.sh"
  expected="$here/expected/$name.txt"
  work="$tmp/$name"
  mkdir -p "$work/home"
  cp "$tmp/pristine.db" "$work/kolmi.db"
  actual="$work/actual.txt"
  (
    cd "$work" || exit 99
    export HOME="$work/home" KOLMI_DB="$work/kolmi.db" KOLMI_SESSION="$work/session"
    export kolmi_bin
    bash -c "kolmi() { \"\$kolmi_bin\" \"\$@\"; }; source '$case_file'" >"$work/stdout" 2>"$work/stderr"
    echo $? >"$work/rc"
  )
  {
    echo "\$ $(grep -v '^#' "$case_file" | sed '/^$/d')"
    cat "$work/stdout"
    echo "--- stderr"
    cat "$work/stderr"
    echo "--- exit $(cat "$work/rc")"
  } | sed "s|$work|@TMP@|g; s|$tmp|@TMP@|g" >"$actual"
  if ((approve)); then
    cp "$actual" "$expected"
    echo "approved: $name"
  elif [[ ! -f "$expected" ]]; then
    echo "FAIL: $name (no expected output; run with --approve and review it)"
    failed=$((failed + 1))
  elif ! diff -u "$expected" "$actual"; then
    echo "FAIL: $name"
    failed=$((failed + 1))
  fi
done
total=${#cases[@]}
echo "golden: $((total - failed)) passed, $failed failed"
((failed == 0))
