#!/usr/bin/env bash
# Issue 14 item 4: the duplicate rule of `kolmi admin import cdr` is a unique
# key (calls_identity), so imports running at once leave exactly one copy of
# each call. On SQLite always, on the MariaDB test server when
# KOLMI_TEST_MARIADB_SOCKET names it (KOLMI_TEST_MARIADB_REQUIRED=1: its
# absence fails). For each back-end:
#  - 4 imports at once (a generated file twice, two real files) store what
#    one import of each file stores, and every importer waits its turn
#    (exit 0, nothing "locked"); one of the twins imports, the other finds
#    only duplicates;
#  - kill -9 of an importer while it writes leaves no call; a rerun imports
#    every call once;
#  - MariaDB only: the importer's connection killed on the server (KILL)
#    while it writes is exit 5 with one line, and nothing is written.
source "$(dirname "$0")/lib.sh"
rows=${KOLMI_IT_IMPORT_ROWS:-100000}
cdr_file big.csv "$rows" 100000 27
cp "$data/cdr/asterisk-18col-simularent.csv" simularent.csv
cp "$data/cdr/asterisk-18col-bugadm.csv" bugadm.csv
export KOLMI_USER=admin KOLMI_PASSWORD="correct horse"
sock=${KOLMI_TEST_MARIADB_SOCKET:-}
client=$(command -v mariadb || command -v mysql)
msql() { "$client" --no-defaults --socket="$sock" -u "$(id -un)" -N -B "$@"; }
server_dbs=()
trap 'for d in "${server_dbs[@]}"; do msql -e "DROP DATABASE IF EXISTS $d" || true; done
      [[ -n "${KOLMI_IT_KEEP:-}" ]] || rm -rf "$tmp"' EXIT

# new_db BACKEND NAME: prints the --db of a fresh kolmi database (admin/correct horse).
new_db() {
  local url
  if [[ $1 == sqlite ]]; then
    url="$tmp/$2.db"
  else
    local name="kolmi_ci_$$_$2"
    msql -e "DROP DATABASE IF EXISTS $name; CREATE DATABASE $name"
    server_dbs+=("$name")
    url="mariadb:///$name?socket=$sock"
  fi
  kolmi --db "$url" init --password-stdin <<<"correct horse" >/dev/null || return 1
  echo "$url"
}
# query BACKEND URL SQL: one value or rows, tab-separated.
query() {
  if [[ $1 == sqlite ]]; then sqlite3 -separator $'\t' "$2" "$3"; else
    local name=${2#mariadb:///}
    msql "${name%%\?*}" -e "$3"
  fi
}
# Every stored field of every call and the totals, ids aside, in one order.
dump() {  # BACKEND URL
  query "$1" "$2" "SELECT calldate, clid, src, dst, dcontext, channel, dstchannel, lastapp, lastdata, duration,
    billsec, disposition, accountcode, uniqueid, userfield, src_device_id, dst_device_id, processed, user_id,
    user_rate, user_billsec, user_price, prefix, hangupcause, localized_dst, cdr_hash FROM calls
    ORDER BY uniqueid, cdr_hash"
  query "$1" "$2" "SELECT * FROM call_user_totals ORDER BY user_id, slot, outcome"
  query "$1" "$2" "SELECT * FROM call_device_totals ORDER BY dst_device_id, slot, caller_id, outcome"
}
count_calls() { query "$1" "$2" "SELECT count(*) FROM calls"; }
# writing BACKEND URL: true while an importer holds the write lock.
writing() {
  if [[ $1 == sqlite ]]; then
    ! sqlite3 -cmd ".timeout 0" "$2" "BEGIN IMMEDIATE; ROLLBACK" >/dev/null 2>&1
  else
    local name=${2#mariadb:///}
    test "$(msql -e "SELECT IS_USED_LOCK('kolmi.${name%%\?*}') IS NOT NULL")" = 1
  fi
}
wait_writing() {  # BACKEND URL PID: waits until the importer PID writes; false if it ended first
  for _ in $(seq 1 1200); do
    writing "$1" "$2" && return 0
    kill -0 "$3" 2>/dev/null || return 1
    sleep 0.05
  done
  return 1
}
imported_of() { awk -F'\t' 'NR == 2 { print $3 " " $4 }' "$1"; }  # "imported duplicates" of a summary

run_backend() {
  local b=$1 ref url
  echo "--- $b"
  ref=$(new_db "$b" ref) || { check "$b: init" false; return; }
  for f in big.csv simularent.csv bugadm.csv; do
    kolmi --db "$ref" admin import cdr --output tsv "$f" >/dev/null 2>ref.err
    check "$b: one import of $f (reference)" test $? -eq 0
  done
  local expected_calls
  expected_calls=$(count_calls "$b" "$ref")
  check "$b: the reference holds every call" test "$expected_calls" -eq $((rows + 269 + 105))

  # Four at once: the generated file twice and two real files.
  url=$(new_db "$b" four) || { check "$b: init" false; return; }
  local pids=() i=0
  for f in big.csv big.csv simularent.csv bugadm.csv; do
    i=$((i + 1))
    (kolmi --db "$url" admin import cdr --output tsv "$f" >"four$i.out" 2>"four$i.err"; echo $? >"four$i.rc") &
    pids+=($!)
  done
  wait "${pids[@]}"
  for i in 1 2 3 4; do
    check "$b: importer $i waited its turn and succeeded" test "$(cat four$i.rc)" -eq 0
  done
  check "$b: no importer saw 'locked'" test -z "$(cat four*.err | grep -i locked)"
  check "$b: the calls and totals are those of one import of each file" \
    diff <(dump "$b" "$ref") <(dump "$b" "$url")
  check "$b: of the twin imports one stored the file, the other found only duplicates" \
    test "$(printf '%s\n%s\n' "$(imported_of four1.out)" "$(imported_of four2.out)" | sort | paste -sd,)" = \
    "0 $rows,$rows 0"

  # kill -9 while writing: no partial import (the calls of the file, all or
  # none: a kill just after COMMIT leaves them all); a rerun stores the
  # rest, every call once. The binary itself runs in the background (not
  # the kolmi function's subshell), so the kill reaches it.
  url=$(new_db "$b" kill9) || { check "$b: init" false; return; }
  "$kolmi_bin" --db "$url" admin import cdr --output tsv big.csv >k.out 2>k.err &
  local pid=$! killed=0 left
  if wait_writing "$b" "$url" "$pid"; then
    kill -9 "$pid"
    killed=1
  fi
  wait "$pid" 2>/dev/null
  sleep 0.2  # MariaDB: the server notices the dropped connection and rolls back
  left=$(count_calls "$b" "$url")
  check "$b: the importer was killed while writing" test "$killed" -eq 1
  check "$b: kill -9 mid-import leaves no partial import ($left calls)" test "$left" -eq 0 -o "$left" -eq "$rows"
  [[ $left -eq 0 ]] || echo "note: $b: the kill came just after the commit"
  kolmi --db "$url" admin import cdr --output tsv big.csv >k2.out 2>k2.err
  check "$b: a rerun after the kill succeeds" test $? -eq 0
  check "$b: and stores the calls not stored" test "$(imported_of k2.out)" = "$((rows - left)) $left"
  check "$b: every call once" test "$(count_calls "$b" "$url")" -eq "$rows"
}

run_backend sqlite

need_mariadb_server "the SQLite checks above passed"
run_backend mariadb

# The importer's connection killed on the server while it writes.
url=$(new_db mariadb killconn)
name=${url#mariadb:///}
name=${name%%\?*}
"$kolmi_bin" --db "$url" admin import cdr --output tsv big.csv >kc.out 2>kc.err &
pid=$!
if wait_writing mariadb "$url" "$pid"; then
  conn=$(msql -e "SELECT IS_USED_LOCK('kolmi.$name')")
  msql -e "KILL $conn"
  wait "$pid"
  rc=$?
  check "mariadb: a killed connection mid-import is exit 5" test "$rc" -eq 5
  check "mariadb: with one line on stderr" test "$(wc -l <kc.err)" -eq 1
  check "mariadb: saying the connection was lost" grep -qi "lost\|gone away\|connection" kc.err
  check "mariadb: nothing on stdout" test ! -s kc.out
  check "mariadb: nothing written" test "$(count_calls mariadb "$url")" -eq 0
  cat kc.err
else
  wait "$pid"
  check "mariadb: the import could be caught writing (machine too fast?)" false
fi
finish
