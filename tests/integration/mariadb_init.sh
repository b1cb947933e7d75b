#!/usr/bin/env bash
# Issue 14: kolmi on a MariaDB server named by --db mariadb:///DB?socket=...
# (the private test server of scripts/mariadb-test-server.sh, which
# scripts/test.sh starts and names in KOLMI_TEST_MARIADB_SOCKET): init makes
# the schema, a command then reads it; bad URLs are usage errors (exit 2);
# an unreachable server is exit 5 naming it.
source "$(dirname "$0")/lib.sh"

# URL mistakes need no server.
kolmi --db "mariadb://op:pw@db.example.com/kolmi" main 2>err.txt >out.txt
check "a password in the URL is exit 2" test $? -eq 2
check "one line, naming KOLMI_DB_PASSWORD" test "$(wc -l <err.txt)" -eq 1 -a -n "$(grep KOLMI_DB_PASSWORD err.txt)"
check "the password is not echoed" test -z "$(grep pw@ err.txt)"
check "nothing on stdout" test ! -s out.txt
KOLMI_DB="mariadb://db.example.com" kolmi main 2>err.txt
check "no database name is exit 2" test $? -eq 2
kolmi --db "mariadb:///kolmi_it?socket=$tmp/no-such-sock" main 2>err.txt
check "an unreachable server is exit 5" test $? -eq 5
check "naming the socket and the database" grep -q "cannot connect to database kolmi_it on socket $tmp/no-such-sock" err.txt
kolmi --db "mariadb:///kolmi_it?socket=$tmp/no-such-sock" demo 2>err.txt
check "kolmi demo refuses a server (not yet)" test $? -eq 2

sock=${KOLMI_TEST_MARIADB_SOCKET:-}
if [[ -z "$sock" ]]; then
  [[ "${KOLMI_TEST_MARIADB_REQUIRED:-}" == 1 ]] && {
    echo "FAILED: KOLMI_TEST_MARIADB_REQUIRED=1 but no KOLMI_TEST_MARIADB_SOCKET: the test server did not start"
    exit 1
  }
  finish
  skip "no MariaDB test server (KOLMI_TEST_MARIADB_SOCKET); the URL checks above passed"
fi
client=$(command -v mariadb || command -v mysql)
db="kolmi_it_$$"
sql() { "$client" --no-defaults --socket="$sock" -u "$(id -un)" -N -B "$@"; }
sql -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db"
trap 'sql -e "DROP DATABASE IF EXISTS $db" || true; [[ -n "${KOLMI_IT_KEEP:-}" ]] || rm -rf "$tmp"' EXIT
url="mariadb:///$db?socket=$sock"

kolmi --db "$url" init --password-stdin <<<"correct horse" >out.txt 2>err.txt
check "init on MariaDB succeeds" test $? -eq 0
check "init says what it made" grep -q "Created $url with admin 'admin'" out.txt
check "the schema version is kept in kolmi_schema" test "$(sql "$db" -e 'SELECT version FROM kolmi_schema')" = 8
check "the admin is there" test "$(sql "$db" -e 'SELECT username FROM users')" = admin
check "tables are InnoDB" test "$(sql "$db" -e "SELECT count(*) FROM information_schema.tables
  WHERE table_schema = '$db' AND engine <> 'InnoDB'")" = 0

KOLMI_USER=admin KOLMI_PASSWORD="correct horse" kolmi --db "$url" admin currency list --output tsv >out.txt 2>err.txt
check "a command reads it (admin currency list)" test $? -eq 0
check "and prints the default currency" grep -q "USD" out.txt

kolmi --db "$url" init --password-stdin <<<"correct horse" >/dev/null 2>err.txt
check "a second init is exit 5" test $? -eq 5
check "and says the database is kolmi's already" grep -q "already holds a kolmi database" err.txt

sql "$db" -e "UPDATE kolmi_schema SET version = 99"
KOLMI_USER=admin KOLMI_PASSWORD="correct horse" kolmi --db "$url" admin currency list 2>err.txt >/dev/null
check "a newer schema is exit 5" test $? -eq 5
check "saying what this kolmi supports" grep -q "newer than this kolmi supports (8)" err.txt

other="${db}_x"
sql -e "CREATE DATABASE $other; CREATE TABLE $other.customers (id INT PRIMARY KEY)"
kolmi --db "mariadb:///$other?socket=$sock" init --password-stdin <<<"correct horse" >/dev/null 2>err.txt
rc=$?
sql -e "DROP DATABASE $other"
check "init refuses a database with others' tables (exit 5)" test "$rc" -eq 5
check "saying they are not kolmi's" grep -q "not kolmi's" err.txt
finish
