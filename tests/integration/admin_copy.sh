#!/usr/bin/env bash
# Issue 14 item 3: kolmi admin copy with the real binary. SQLite to SQLite
# always; with the private MariaDB test server (KOLMI_TEST_MARIADB_SOCKET):
# up to MariaDB and back down, the final file holding exactly the rows of the
# original, AUTO_INCREMENT continuing after the copied ids, a non-empty target
# refused (exit 1) with nothing written, a killed copy leaving no file.
source "$(dirname "$0")/lib.sh"
make_demo 2000
export KOLMI_USER=admin KOLMI_PASSWORD=admin

# Every row of every table but the audit trail's, which each copy adds to.
rows_of() {  # FILE: every table's rows, sorted, as SQL literals
  local t
  for t in $(sqlite3 "$1" "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"); do
    sqlite3 "$1" "SELECT '$t', * FROM \"$t\"" | sort
  done
  sqlite3 "$1" "SELECT * FROM sqlite_sequence ORDER BY name"
}

kolmi admin copy --from kolmi.db --to snap/copy.db --output tsv >out.txt 2>err.txt
check "SQLite to SQLite succeeds" test $? -eq 0
check "a row per table" grep -qx "calls	2000" out.txt
check "nothing on stderr" test ! -s err.txt
check "the copy's tables and rows are the original's, plus one audit row" \
  test "$(rows_of kolmi.db | grep -v '^actions|')" = "$(rows_of snap/copy.db | grep -v '^actions|')"
check "the audit row is the copy's" \
  test "$(sqlite3 snap/copy.db "SELECT action, user_login, target_type FROM actions ORDER BY id DESC LIMIT 1")" = "admin copy|admin|database"
check "the copy is mode 0600" test "$(stat -c %a snap/copy.db)" = 600
kolmi admin copy --from kolmi.db --to snap/copy.db >out.txt 2>err.txt
check "an existing target is exit 1" test $? -eq 1
check "one line saying so" grep -qx "kolmi: error: snap/copy.db already exists; kolmi admin copy writes only a new database" err.txt
kolmi admin copy --from kolmi.db --to "mariadb://db.example.com" 2>err.txt
check "a bad URL is exit 2" test $? -eq 2
kolmi admin copy --from "mariadb:///kolmi_it?socket=$tmp/no-such-sock" --to x.db 2>err.txt
check "an unreachable source is exit 5" test $? -eq 5
check "and no file is made" test ! -e x.db

# A kill half-way (a bigger database, killed once the hidden file exists)
# leaves no target; the next copy into the folder removes the stale file.
make_demo 200000
"$kolmi_bin" admin copy --from kolmi.db --to killed/copy.db >/dev/null 2>&1 &
pid=$!  # the binary itself (the kolmi function would put a subshell in between)
for _ in $(seq 200); do compgen -G "killed/.kolmi-new-*" >/dev/null && break; sleep 0.05; done
sleep 0.3
check "the copy was still running when killed" kill -9 $pid
wait $pid 2>/dev/null
check "a killed copy leaves no target" test ! -e killed/copy.db
check "but its hidden file" compgen -G "killed/.kolmi-new-*" >/dev/null
kolmi demo --seed 42 --calls 10 --force >/dev/null
kolmi admin copy --from kolmi.db --to killed/copy.db >/dev/null
check "the next copy succeeds" test $? -eq 0
check "and leaves nothing else in the folder" test "$(ls -A killed)" = copy.db

need_mariadb_server "the SQLite copies above passed"
db="kolmi_copy_it_$$"
db2="kolmi_copy_it_$$_b"
sql() { "$client" --no-defaults --socket="$sock" -u "$(id -un)" -N -B "$@"; }
sql -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db; DROP DATABASE IF EXISTS $db2; CREATE DATABASE $db2"
trap 'sql -e "DROP DATABASE IF EXISTS $db; DROP DATABASE IF EXISTS $db2" || true; [[ -n "${KOLMI_IT_KEEP:-}" ]] || rm -rf "$tmp"' EXIT
url="mariadb:///$db?socket=$sock"
url2="mariadb:///$db2?socket=$sock"

make_demo 2000
kolmi admin copy --from kolmi.db --to "$url" --output tsv >out.txt 2>err.txt
check "SQLite to MariaDB succeeds" test $? -eq 0
check "every call is there" test "$(sql "$db" -e 'SELECT count(*) FROM calls')" = 2000
check "marked at this kolmi's version" test "$(sql "$db" -e 'SELECT version FROM kolmi_schema')" = \
  "$(sqlite3 kolmi.db 'PRAGMA user_version')"
kolmi --db "$url" admin calls --period 2026-11 --limit 5 --output tsv >out.txt 2>err.txt
check "kolmi reads the copy" test $? -eq 0
sql "$db" -e "INSERT INTO calls (calldate) VALUES ('2026-11-28 00:00:00')"
check "AUTO_INCREMENT continues after the copied ids" test "$(sql "$db" -e 'SELECT max(id) FROM calls')" = 2001
sql "$db" -e "DELETE FROM calls WHERE id = 2001"
before=$(sql "$db" -e 'SELECT count(*) FROM actions')
kolmi admin copy --from kolmi.db --to "$url" 2>err.txt
check "a target holding a kolmi database is exit 1" test $? -eq 1
check "saying so in one line" test "$(wc -l <err.txt)" -eq 1 -a -n "$(grep 'already holds a kolmi database' err.txt)"
check "and nothing is written" test "$(sql "$db" -e 'SELECT count(*) FROM actions')" = "$before"

kolmi admin copy --from "$url" --to back.db >out.txt 2>err.txt
check "MariaDB to SQLite succeeds" test $? -eq 0
check "the round trip holds the original's rows (but the two audit rows)" \
  test "$(rows_of kolmi.db | grep -v '^actions|' | grep -vx 'calls|[0-9]*')" = \
  "$(rows_of back.db | grep -v '^actions|' | grep -vx 'calls|[0-9]*')"
check "the call id the server gave (and lost) is never given again" \
  test "$(sqlite3 back.db "SELECT seq FROM sqlite_sequence WHERE name = 'calls'")" = 2001
check "and the two copies' audit rows" \
  test "$(sqlite3 back.db "SELECT group_concat(action, ',') FROM actions")" = "admin copy,admin copy"

# Killed half-way into a server: kolmi's tables without the version mark,
# which no command takes for a kolmi database and the next copy names.
make_demo 200000
"$kolmi_bin" admin copy --from kolmi.db --to "$url2" >/dev/null 2>&1 &
pid=$!
for _ in $(seq 200); do
  (($(sql "$db2" -e 'SELECT count(*) FROM calls' 2>/dev/null || echo 0) > 0)) && break
  sleep 0.05
done
check "the copy into the server was still running when killed" kill -9 $pid
wait $pid 2>/dev/null
check "no version mark" test "$(sql "$db2" -e 'SELECT count(*) FROM kolmi_schema')" = 0
kolmi --db "$url2" admin calls 2>err.txt
check "no command takes it for a kolmi database (exit 5)" test $? -eq 5
check "saying so" grep -q "not a kolmi database" err.txt
kolmi admin copy --from kolmi.db --to "$url2" 2>err.txt
check "the next copy refuses it (exit 1)" test $? -eq 1
check "naming it an unfinished copy" grep -q "holds an unfinished copy" err.txt
finish
