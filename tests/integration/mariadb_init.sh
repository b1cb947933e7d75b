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
check "kolmi demo on an unreachable server is exit 5 too" test $? -eq 5

need_mariadb_server "the URL checks above passed"
db="kolmi_it_$$"
sql() { "$client" --no-defaults --socket="$sock" -u "$(id -un)" -N -B "$@"; }
sql -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db"
trap 'sql -e "DROP DATABASE IF EXISTS $db" || true; [[ -n "${KOLMI_IT_KEEP:-}" ]] || rm -rf "$tmp"' EXIT
url="mariadb:///$db?socket=$sock"

kolmi --db "$url" init --password-stdin <<<"correct horse" >out.txt 2>err.txt
check "init on MariaDB succeeds" test $? -eq 0
check "init says what it made" grep -q "Created $url with admin 'admin'" out.txt
check "the schema version is kept in kolmi_schema" test "$(sql "$db" -e 'SELECT version FROM kolmi_schema')" = 14
check "the admin is there" test "$(sql "$db" -e 'SELECT username FROM users')" = admin
check "tables are InnoDB" test "$(sql "$db" -e "SELECT count(*) FROM information_schema.tables
  WHERE table_schema = '$db' AND engine <> 'InnoDB'")" = 0

KOLMI_USER=admin KOLMI_PASSWORD="correct horse" kolmi --db "$url" admin currency list --output tsv >out.txt 2>err.txt
check "a command reads it (admin currency list)" test $? -eq 0
check "and prints the default currency" grep -q "USD" out.txt

# admin calls --src/--dst: SQLite's GLOB is LIKE on MariaDB, '*' for any
# digits, every other character itself ('%' and '_' too), case-sensitively.
sql "$db" -e "INSERT INTO calls (calldate, src, dst, disposition) VALUES
  ('2026-11-27 10:00:00', '101', '4420123', 'ANSWERED'), ('2026-11-27 10:01:00', '101', '4520123', 'ANSWERED'),
  ('2026-11-27 10:02:00', '101', '44_0123', 'ANSWERED'), ('2026-11-27 10:03:00', '102', '4420', 'ANSWERED')"
listed() {  # OPTIONS...: the dst column of admin calls over the day, one line
  KOLMI_USER=admin KOLMI_PASSWORD="correct horse" kolmi --db "$url" admin calls --from 2026-11-27 \
    --till 2026-11-27 --output csv "$@" | cut -d, -f7 | tail -n +2 | paste -sd' '
}
check "--dst 4420 is a prefix" test "$(listed --dst 4420)" = "4420123 4420"
check "--dst '44*0123' matches anything in between" test "$(listed --dst '44*0123')" = "4420123 44_0123"
check "--dst '4*3' spans the number" test "$(listed --dst '4*3')" = "4420123 4520123 44_0123"
check "--src '10*' and --dst together" test "$(listed --src '10*' --dst 45)" = "4520123"

# Writes on MariaDB: a user and a device by the admin, a CLI by the user,
# twice (the second is refused and nothing is doubled).
KOLMI_USER=admin KOLMI_PASSWORD="correct horse" kolmi --db "$url" admin user add bob --password-stdin \
  <<<"secret123" >/dev/null 2>err.txt
check "admin user add on MariaDB" test $? -eq 0
KOLMI_USER=admin KOLMI_PASSWORD="correct horse" kolmi --db "$url" admin device add --user bob --type SIP \
  --name bob1 --extension 201 >/dev/null 2>err.txt
check "admin device add on MariaDB" test $? -eq 0
device=$(sql "$db" -e "SELECT id FROM devices WHERE name = 'bob1'")
KOLMI_USER=bob KOLMI_PASSWORD=secret123 kolmi --db "$url" clis add --device "$device" --cli 37060012345 >/dev/null 2>err.txt
check "clis add on MariaDB" test $? -eq 0
KOLMI_USER=bob KOLMI_PASSWORD=secret123 kolmi --db "$url" clis add --device "$device" --cli 37060012345 >/dev/null 2>err.txt
check "the same CLI again is exit 1" test $? -eq 1
check "saying the device has it" grep -q "already has this CLI" err.txt
check "and the CLI is stored once" test "$(sql "$db" -e 'SELECT count(*) FROM callerids')" = 1

kolmi --db "$url" init --password-stdin <<<"correct horse" >/dev/null 2>err.txt
check "a second init is exit 5" test $? -eq 5
check "and says the database is kolmi's already" grep -q "already holds a kolmi database" err.txt

sql "$db" -e "UPDATE kolmi_schema SET version = 99"
KOLMI_USER=admin KOLMI_PASSWORD="correct horse" kolmi --db "$url" admin currency list 2>err.txt >/dev/null
check "a newer schema is exit 5" test $? -eq 5
check "saying what this kolmi supports" grep -q "newer than this kolmi supports (14)" err.txt

other="${db}_x"
sql -e "CREATE DATABASE $other; CREATE TABLE $other.customers (id INT PRIMARY KEY)"
kolmi --db "mariadb:///$other?socket=$sock" init --password-stdin <<<"correct horse" >/dev/null 2>err.txt
rc=$?
sql -e "DROP DATABASE $other"
check "init refuses a database with others' tables (exit 5)" test "$rc" -eq 5
check "saying they are not kolmi's" grep -q "not kolmi's" err.txt
finish
