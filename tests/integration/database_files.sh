#!/usr/bin/env bash
# Issue 10, defects 3, 4 and 7: kolmi touches no database that is not its
# own, creates private databases, refuses writable-by-others ones, and kolmi
# demo never replaces a demo database that has been used for real.
source "$(dirname "$0")/lib.sh"

# Another program's SQLite file: refused with exit 5, not one byte changed.
sqlite3 foreign.db "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('mine')"
before=$(sha256sum foreign.db)
kolmi --db foreign.db main 2>err.txt >out.txt
rc=$?
check "a foreign database is exit 5" test "$rc" -eq 5
check "the reason says it is not kolmi's" grep -q "foreign.db: not a kolmi database" err.txt
check "nothing on stdout" test ! -s out.txt
check "the foreign file is unchanged" test "$(sha256sum foreign.db)" = "$before"
check "no side files were made" test ! -e foreign.db-wal -a ! -e foreign.db-shm
check "still in rollback-journal mode" test "$(sqlite3 foreign.db 'PRAGMA journal_mode')" = delete

# An empty file is not a database kolmi made either: it stays empty.
: >empty.db
kolmi --db empty.db main 2>err.txt
check "an empty file is exit 5" test $? -eq 5
check "the empty file stays 0 bytes" test "$(stat -c %s empty.db)" -eq 0
check "and says why" grep -q "not a kolmi database" err.txt

# kolmi init makes a private file (it holds password hashes).
umask 022
kolmi --db new.db init --password-stdin <<<"correct horse" >/dev/null
check "init creates mode 0600" test "$(stat -c %a new.db)" = 600
check "init marks the file as kolmi's" test "$(sqlite3 new.db 'PRAGMA application_id')" = 1265593453
check "init leaves no temporary file" test -z "$(find . -name '.kolmi-new-*')"

# A database others can write is refused: anyone could give themselves an account.
chmod 0664 new.db
KOLMI_USER=admin KOLMI_PASSWORD="correct horse" kolmi --db new.db main >/dev/null 2>err.txt
check "a group-writable database is exit 5" test $? -eq 5
check "the reason names the mode and the fix" grep -q "writable by other users (mode 0664); make it private with chmod 600" err.txt
chmod 0600 new.db

# A database of kolmi 0.1 (no application_id yet) is recognised and marked.
make_demo 50
sqlite3 "$KOLMI_DB" "PRAGMA application_id = 0; PRAGMA user_version = 2"
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi main >/dev/null
check "an unmarked kolmi 0.1 database still opens" test $? -eq 0
check "and is marked by migration 3" test "$(sqlite3 "$KOLMI_DB" 'PRAGMA application_id')" = 1265593453

# kolmi demo replaces its own database, even after a login ...
make_demo 50
kolmi login -u demo --password-stdin <<<demo >/dev/null
kolmi demo --calls 20 >/dev/null
check "a demo database someone only logged in to is still a demo" test $? -eq 0
# ... but not once real data went in.
make_demo 50
cp "$data/cdr/asterisk-18col-bugadm.csv" real.csv
KOLMI_USER=admin KOLMI_PASSWORD=admin kolmi admin import cdr real.csv >/dev/null
calls=$(sqlite3 "$KOLMI_DB" "SELECT count(*) FROM calls")
kolmi demo --calls 20 >/dev/null 2>err.txt
check "demo refuses a demo database with imported calls" test $? -eq 5
check "the calls are still there" test "$(sqlite3 "$KOLMI_DB" 'SELECT count(*) FROM calls')" = "$calls"
check "the refusal says why" grep -q "or a demo database used since" err.txt
make_demo 50
KOLMI_USER=admin KOLMI_PASSWORD=admin kolmi admin user add realcustomer --password-stdin <<<"a real password" >/dev/null
kolmi demo --calls 20 >/dev/null 2>&1
check "demo refuses a demo database with a real customer added" test $? -eq 5
make_demo 50
KOLMI_USER=admin KOLMI_PASSWORD=admin kolmi admin import cdr real.csv --dry-run >/dev/null
kolmi demo --calls 20 >/dev/null
check "a dry run is not real use" test $? -eq 0
kolmi demo --calls 20 --force >/dev/null
check "--force still replaces" test $? -eq 0
finish
