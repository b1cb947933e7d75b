#!/usr/bin/env bash
# Golden tests of the real kolmi binary: each tests/golden/cases/NAME.sh runs
# against a fresh copy of a fixed demo database (seed 42, clock pinned with
# KOLMI_NOW) and its stdout, stderr and exit status, with the temporary
# folder replaced by @TMP@, must equal tests/golden/expected/NAME.txt.
#
# Usage: run.sh KOLMI_BINARY [--approve] [--db PRISTINE_DB] [CASE...]
#        run.sh KOLMI_BINARY --make-db PRISTINE_DB
#   --approve  write the current output as the expected output (review the diff!)
#   --db       copy this demo database (made by --make-db) instead of building one
#   --make-db  only build the demo database the cases start from (ctest's
#              fixture: tests/CMakeLists.txt runs each case as its own test)
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
kolmi_bin=$(realpath "$1")
shift
approve=0
pristine=""
make_db=""
while (($# > 0)); do
  case $1 in
    --approve) approve=1; shift ;;
    --db) pristine=$(realpath "$2"); shift 2 ;;
    --make-db) make_db=$2; shift 2 ;;
    *) break ;;
  esac
done
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

# The demo database every case starts from, built with the same clock and
# zone as the cases run in.
build_demo_db() {  # FILE
  "$kolmi_bin" --db "$1" demo --seed 42 --calls 3000 --users 2 >/dev/null || {
    echo "golden: could not build the demo database" >&2
    return 1
  }
}

if [[ -n "$make_db" ]]; then
  # Built aside and renamed, so a reader never sees half a database.
  build_demo_db "$tmp/pristine.db" || exit 1
  mkdir -p "$(dirname "$make_db")" && mv -f "$tmp/pristine.db" "$make_db"
  exit
fi
if [[ -z "$pristine" ]]; then
  pristine="$tmp/pristine.db"
  build_demo_db "$pristine" || exit 1
elif [[ ! -f "$pristine" ]]; then
  echo "golden: no demo database at $pristine (make it with --make-db)" >&2
  exit 1
fi

failed=0
for name in "${cases[@]}"; do
  case_file="$here/cases/$name.sh"
  expected="$here/expected/$name.txt"
  if [[ ! -f "$case_file" ]]; then
    echo "FAIL: $name (no case file $case_file)"
    failed=$((failed + 1))
    continue
  fi
  work="$tmp/$name"
  mkdir -p "$work/home"
  cp "$pristine" "$work/kolmi.db"
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
# One case is one ctest test, and ctest's summary counts it.
((total > 1)) && echo "golden: $((total - failed)) passed, $failed failed"
((failed == 0))
