#!/usr/bin/env bash
# Issue 10, defects 1 and 13: logout really logs out (or says it could not),
# an exposed session file can be revoked, a failed login leaves nothing, and
# KOLMI_NOW never makes a session live longer.
source "$(dirname "$0")/lib.sh"
make_demo 50
login() { kolmi login -u demo --password-stdin <<<demo >/dev/null; }
# Runs a page with a copy of a session file (as someone who copied it would).
page_with() { KOLMI_SESSION="$1" kolmi main >/dev/null 2>&1; }

# Logout while another process holds the write lock longer than the wait.
login
cp session copy
set_setting Database_Lock_Wait_Seconds 1
(echo "BEGIN EXCLUSIVE;"; sleep 4) | sqlite3 "$KOLMI_DB" &
sleep 1
kolmi logout >out.txt 2>err.txt
rc=$?
wait
check "a logout that cannot reach the database is exit 5" test "$rc" -eq 5
check "and does not print ok" test ! -s out.txt
check "and says the session may still be valid" grep -q "logout failed, the session may still be valid: .*database is locked" err.txt
check "the session file is kept to try again" test -f session
kolmi logout >out.txt
check "the second logout succeeds" grep -q "<status>ok</status>" out.txt
page_with copy
check "a copy of the logged-out token no longer works (exit 3)" test $? -eq 3

# With the default wait (60 s), logout waits for a short lock and succeeds.
set_setting Database_Lock_Wait_Seconds 60
login
cp session copy
(echo "BEGIN EXCLUSIVE;"; sleep 3) | sqlite3 "$KOLMI_DB" &
sleep 1
kolmi logout >/dev/null
check "logout waits for a 3 s lock and succeeds" test $? -eq 0
wait
page_with copy
check "and the token is revoked" test $? -eq 3

# A session file others can read: pages refuse it, logout revokes it.
login
chmod 0644 session
cp session copy
kolmi main >/dev/null 2>err.txt
check "a page refuses an exposed session file (exit 3)" test $? -eq 3
check "and says to log out" grep -q "run kolmi logout" err.txt
kolmi logout >/dev/null
check "logout accepts an exposed session file" test $? -eq 0
page_with copy
check "and the exposed token is revoked" test $? -eq 3

# Logging in again over an exposed file ends the exposed session too.
login
chmod 0644 session
cp session copy
login
check "a new login writes a private file" test "$(stat -c %a session)" = 600
page_with copy
check "and ends the session it replaced" test $? -eq 3
kolmi logout >/dev/null

# A login whose session file cannot be written changes nothing.
sessions=$(sqlite3 "$KOLMI_DB" "SELECT count(*) FROM sessions")
last=$(sqlite3 "$KOLMI_DB" "SELECT last_login_at FROM users WHERE username = 'demo'")
: >afile
KOLMI_SESSION="$tmp/afile/session" kolmi login -u demo --password-stdin <<<demo >out.txt 2>err.txt
check "a login that cannot keep its session is exit 5" test $? -eq 5
check "and prints no ok" test ! -s out.txt
check "no session row was committed" test "$(sqlite3 "$KOLMI_DB" 'SELECT count(*) FROM sessions')" = "$sessions"
check "the login time did not move" test "$(sqlite3 "$KOLMI_DB" "SELECT last_login_at FROM users WHERE username = 'demo'")" = "$last"

# KOLMI_NOW far in the future does not make a session last longer ...
KOLMI_NOW="2030-01-01 00:00:00" login
check "sessions expire 30 real days after login, whatever KOLMI_NOW says" \
  test "$(sqlite3 "$KOLMI_DB" "SELECT count(*) FROM sessions WHERE expires_at > datetime('now', '+30 days', '+1 minute')")" = 0
# ... and KOLMI_NOW in the past does not revive an expired one, for pages or writes.
sqlite3 "$KOLMI_DB" "UPDATE sessions SET expires_at = datetime('now', '-1 second')"
KOLMI_NOW="2026-01-01 00:00:00" kolmi main >/dev/null 2>err.txt
check "an expired session stays expired under an earlier KOLMI_NOW" test $? -eq 3
KOLMI_NOW="2026-01-01 00:00:00" kolmi phonebook add --number 123 --name X >/dev/null 2>&1
check "and cannot write" test $? -eq 3
finish
