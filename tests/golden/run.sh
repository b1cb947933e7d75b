#!/usr/bin/env bash
# Golden tests of the real kolmi binary: each tests/golden/cases/NAME.sh runs
# against a fresh copy of a fixed demo database (seed 42, clock pinned with
# KOLMI_NOW) and its stdout, stderr and exit status, with the database's
# location replaced by @DB@ and the temporary folder by @TMP@, must equal
# tests/golden/expected/NAME.txt -- on either back-end: the expected output
# is the same bytes for SQLite and MariaDB.
#
# Usage: run.sh KOLMI_BINARY [--backend sqlite|mariadb] [--approve] [--db PRISTINE] [CASE...]
#        run.sh KOLMI_BINARY [--backend sqlite|mariadb] --make-db PRISTINE
#   --backend  where each case's database lives: an SQLite file (default), or
#              a database of its own on the MariaDB test server whose socket
#              KOLMI_TEST_MARIADB_SOCKET names (scripts/mariadb-test-server.sh).
#              Without it the run is skipped (exit 77), or fails when
#              KOLMI_TEST_MARIADB_REQUIRED=1. In the cases, `sqlite3 DB SQL`
#              then runs SQL on the case's server database (mariadb_shim.sh).
#              A case about SQLite itself (its files, locks, pragmas) says
#              "# golden: sqlite only (why)" and is skipped on MariaDB.
#   --approve  write the current output as the expected output (review the diff!)
#   --db       copy this demo database (made by --make-db) instead of building one
#              (for MariaDB: a dump of it, loaded into each case's database)
#   --make-db  only build the demo database the cases start from (ctest's
#              fixture: tests/CMakeLists.txt runs each case as its own test)
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
kolmi_bin=$(realpath "$1")
shift
approve=0
pristine=""
make_db=""
backend=sqlite
while (($# > 0)); do
  case $1 in
    --approve) approve=1; shift ;;
    --db) pristine=$(realpath "$2"); shift 2 ;;
    --make-db) make_db=$2; shift 2 ;;
    --backend) backend=$2; shift 2 ;;
    *) break ;;
  esac
done
cases=("$@")
if ((${#cases[@]} == 0)); then
  for f in "$here"/cases/*.sh; do cases+=("$(basename "$f" .sh)"); done
fi

if [[ $backend == mariadb ]]; then
  if [[ -z ${KOLMI_TEST_MARIADB_SOCKET:-} ]]; then
    if [[ ${KOLMI_TEST_MARIADB_REQUIRED:-} == 1 ]]; then
      echo "golden: KOLMI_TEST_MARIADB_REQUIRED=1 but no KOLMI_TEST_MARIADB_SOCKET: the MariaDB test server did not start" >&2
      exit 1
    fi
    echo "golden: skipped, no MariaDB test server (KOLMI_TEST_MARIADB_SOCKET)"
    exit 77
  fi
  mariadb_cmd=(mariadb --no-defaults "--socket=$KOLMI_TEST_MARIADB_SOCKET" -u "$(id -un)")
  dump_cmd=(mariadb-dump --no-defaults "--socket=$KOLMI_TEST_MARIADB_SOCKET" -u "$(id -un)"
            --skip-comments --skip-dump-date --single-transaction)
elif [[ $backend != sqlite ]]; then
  echo "golden: --backend is sqlite or mariadb, not '$backend'" >&2
  exit 2
fi

tmp=$(mktemp -d /tmp/kolmi-golden-XXXXXX)
server_dbs=()  # dropped at exit
cleanup() {
  local db
  for db in "${server_dbs[@]}"; do "${mariadb_cmd[@]}" -e "DROP DATABASE IF EXISTS $db" 2>/dev/null; done
  rm -rf "$tmp"
}
trap cleanup EXIT
export KOLMI_NOW="2026-11-28 09:30:00"
export KOLMI_TEST_DATA="$here/../data"  # real input files; cases copy what they need
export TZ=UTC LC_ALL=C.UTF-8
unset KOLMI_USER KOLMI_PASSWORD KOLMI_DB KOLMI_SESSION XDG_DATA_HOME XDG_STATE_HOME KOLMI_DB_PASSWORD

# A server database name for NAME: letters, digits and '_' only, and short.
server_db_name() {  # PREFIX NAME
  local n=${2//[^A-Za-z0-9_]/_}
  echo "$1_${n:0:40}_$(printf '%s' "$2" | md5sum | cut -c1-8)"
}

fresh_server_db() {  # NAME: (re)creates it and drops it at exit
  "${mariadb_cmd[@]}" -e "DROP DATABASE IF EXISTS $1; CREATE DATABASE $1" || return 1
  server_dbs+=("$1")
}

server_url() { echo "mariadb:///$1?socket=$KOLMI_TEST_MARIADB_SOCKET"; }

# The demo database every case starts from, built with the same clock and
# zone as the cases run in: a file, or for MariaDB a dump of a server database.
build_demo_db() {  # FILE
  local target=$1
  if [[ $backend == mariadb ]]; then
    local db
    db=$(server_db_name kolmi_golden_build "$$")
    fresh_server_db "$db" || return 1
    target=$(server_url "$db")
  fi
  "$kolmi_bin" --db "$target" demo --seed 42 --calls 3000 --users 2 >/dev/null || {
    echo "golden: could not build the demo database" >&2
    return 1
  }
  if [[ $backend == mariadb ]]; then
    "${dump_cmd[@]}" "$db" >"$1" || { echo "golden: could not dump the demo database" >&2; return 1; }
  fi
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
skipped=0
for name in "${cases[@]}"; do
  case_file="$here/cases/$name.sh"
  expected="$here/expected/$name.txt"
  if [[ ! -f "$case_file" ]]; then
    echo "FAIL: $name (no case file $case_file)"
    failed=$((failed + 1))
    continue
  fi
  if [[ $backend == mariadb ]] && grep -q '^# golden: sqlite only' "$case_file"; then
    echo "skipped on MariaDB: $name $(grep -m1 '^# golden: sqlite only' "$case_file" | sed 's/^# golden: sqlite only *//')"
    skipped=$((skipped + 1))
    continue
  fi
  work="$tmp/$name"
  mkdir -p "$work/home"
  shim=""
  if [[ $backend == mariadb ]]; then
    db=$(server_db_name kolmi_golden "$name")
    fresh_server_db "$db" && "${mariadb_cmd[@]}" "$db" <"$pristine" || {
      echo "FAIL: $name (could not load the demo database into $db)"
      failed=$((failed + 1))
      continue
    }
    location=$(server_url "$db")
    export KOLMI_GOLDEN_MARIADB_DB=$db
    shim="source '$here/mariadb_shim.sh';"
  else
    location="$work/kolmi.db"
    cp "$pristine" "$location"
  fi
  actual="$work/actual.txt"
  (
    cd "$work" || exit 99
    export HOME="$work/home" KOLMI_DB="$location" KOLMI_SESSION="$work/session"
    export kolmi_bin
    bash -c "kolmi() { \"\$kolmi_bin\" \"\$@\"; }; $shim source '$case_file'" >"$work/stdout" 2>"$work/stderr"
    echo $? >"$work/rc"
  )
  {
    echo "\$ $(grep -v '^#' "$case_file" | sed '/^$/d')"
    cat "$work/stdout"
    echo "--- stderr"
    cat "$work/stderr"
    echo "--- exit $(cat "$work/rc")"
  } | sed "s|$location|@DB@|g; s|$work|@TMP@|g; s|$tmp|@TMP@|g" >"$actual"
  if [[ $backend == mariadb ]]; then
    "${mariadb_cmd[@]}" -e "DROP DATABASE IF EXISTS $db" 2>/dev/null
  fi
  if ((approve)); then
    cp "$actual" "$expected"
    echo "approved: $name"
  elif [[ ! -f "$expected" ]]; then
    echo "FAIL: $name (no expected output; run with --approve and review it)"
    failed=$((failed + 1))
  elif ! diff -u "$expected" "$actual"; then
    echo "FAIL: $name ($backend)"
    failed=$((failed + 1))
  fi
done
total=${#cases[@]}
# One case is one ctest test, and ctest's summary counts it.
((total > 1)) && echo "golden ($backend): $((total - failed - skipped)) passed, $failed failed, $skipped skipped"
((failed == 0)) || exit 1
# A single case skipped on MariaDB is a skipped ctest test.
((total == 1 && skipped == 1)) && exit 77
exit 0
