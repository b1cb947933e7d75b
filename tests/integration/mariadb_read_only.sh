#!/usr/bin/env bash
# Issue 14: reports on a replica. Every page, export and admin list runs for
# a MariaDB user granted only SELECT (a replica's usual grant), with one-shot
# credentials (KOLMI_USER and KOLMI_PASSWORD write nothing), and prints the
# same bytes as for the user who may write; so does a full user on a
# read-only server (read_only=ON). What writes (login, actions, admin
# changes, imports and their dry runs) is exit 5 with one line saying the
# server lets this connection only read, and nothing is written.
#
# A private server (scripts/mariadb-test-server.sh: a socket, no network),
# since the test sets the server's global read_only.
source "$(dirname "$0")/lib.sh"

[[ -x /usr/sbin/mariadbd ]] || command -v mariadbd >/dev/null || missing "mariadbd is not installed"
client=$(command -v mariadb || command -v mysql)
server_script="$here/../../scripts/mariadb-test-server.sh"
trap '"$server_script" stop "$tmp/server" >/dev/null 2>&1; [[ -n "${KOLMI_IT_KEEP:-}" ]] || rm -rf "$tmp"' EXIT
sock=$("$server_script" start "$tmp/server") || {
  echo "FAILED: the server did not start"
  exit 1
}
sql() { "$client" --no-defaults --skip-ssl --socket="$sock" -u "$(id -un)" -N -B "$@"; }

# The read-write database: the demo, made by the server's administrator
# (unix_socket); two more users: 'writer' may write, 'reader' only SELECT.
sql -e "CREATE DATABASE ro_demo;
  CREATE USER 'writer'@'localhost' IDENTIFIED BY 'writer-secret';
  GRANT SELECT, INSERT, UPDATE, DELETE ON ro_demo.* TO 'writer'@'localhost';
  CREATE USER 'reader'@'localhost' IDENTIFIED BY 'reader-secret';
  GRANT SELECT ON ro_demo.* TO 'reader'@'localhost'"
kolmi --db "mariadb:///ro_demo?socket=$sock" demo --seed 42 --calls 3000 --users 2 >/dev/null 2>err.txt
check "the demo on the server" test $? -eq 0
cat err.txt
writer="mariadb://writer@/ro_demo?socket=$sock"
reader="mariadb://reader@/ro_demo?socket=$sock"
as() {  # writer|reader: KOLMI_DB_PASSWORD for that database user
  case $1 in
    writer) echo writer-secret ;;
    reader) echo reader-secret ;;
  esac
}

# Every page of a user and of the admin, every export, every admin read
# command: USER then the arguments ('+' for a space inside one; globbing is off).
commands=$(
  for u in admin demo demo2; do
    cat <<EOF
$u main
$u main --output json
$u details
$u devices
$u rates
$u destinations 1
$u payments
$u invoices
$u subscriptions
$u calls
$u calls --period this-month --output csv
$u calls --from 2026-09-01 --till 2026-11-28 --summary
$u new-calls
$u missed-calls --period this-month
$u stats
$u stats --period last-month
$u clis
$u phonebook
$u faxes --period this-month --status all
$u --lang ru main
$u calls export --format csv --period this-month
$u calls export --format pdf --period this-month -o calls.pdf
$u rates export --format csv
$u rates export --format pdf -o rates.pdf
EOF
  done
  cat <<EOF
admin admin calls --period this-month --output csv
admin admin calls --from 2026-09-01 --till 2026-11-28 --unrated --output csv
admin admin explain 2923 --output tsv
admin admin rate 37060012345 --user demo --output tsv
admin admin user list --output tsv
admin admin user show demo --output tsv
admin admin device list --output tsv
admin admin tariff list --output tsv
admin admin tariff show Retail+USD --output tsv
admin admin log --output tsv
admin admin payment list --output tsv
admin admin currency list --output tsv
admin admin config list --output tsv
admin admin config get Nice_Number_Digits
admin admin callbacks --output tsv
admin --as demo2 calls --period last-month --output csv
EOF
)
run_all() {  # writer|reader OUT: each command's stdout (and files written), stderr and exit status into OUT
  local who=$1 out=$2 user args f
  : >"$out"
  set -f
  while read -r user rest; do
    read -ra args <<<"$rest"
    args=("${args[@]//+/ }")
    rm -f calls.pdf rates.pdf
    {
      echo "\$ $user: ${args[*]}"
      KOLMI_DB_PASSWORD=$(as "$who") KOLMI_USER=$user KOLMI_PASSWORD=$user \
        kolmi --db "${!who}" "${args[@]}" 2>stderr.txt </dev/null
      echo "--- exit $?"
      cat stderr.txt
      for f in calls.pdf rates.pdf; do [[ -f $f ]] && echo "$f: $(cksum <"$f")"; done
    } >>"$out"
  done <<<"$commands"
  set +f
}
tables() { sql ro_demo -e "CHECKSUM TABLE users, sessions, calls, conflines, actions, phonebooks, call_user_totals,
  call_missed_totals, payments, callerids, rates, tariffs" | cut -f2; }
before=$(tables)
run_all writer writer-pages.txt
run_all reader reader-pages.txt
check "the pages printed something" test "$(grep -c '^--- exit 0$' writer-pages.txt)" -ge 80
check "every page and export printed (exit 0)" test "$(grep -c '^--- exit' writer-pages.txt)" = \
  "$(grep -c '^--- exit 0$' writer-pages.txt)"
check "the files were written" test "$(grep -c '^calls.pdf: ' writer-pages.txt)" -eq 3
if ! diff writer-pages.txt reader-pages.txt >pages.diff; then
  head -40 pages.diff
fi
check "every page, export and admin list is the same for the SELECT-only user" test ! -s pages.diff
check "nothing was written" test "$(tables)" = "$before"

# What writes: refused for the reader, exit 5, one line, nothing changed.
refused() {  # DESCRIPTION USER ARGS...: as the reader, with USER's one-shot credentials
  local what=$1 user=$2
  shift 2
  KOLMI_DB_PASSWORD=reader-secret KOLMI_USER=$user KOLMI_PASSWORD=$user kolmi --db "$reader" "$@" \
    >out.txt 2>err.txt </dev/null
  local rc=$?
  check "$what: exit 5 for the SELECT-only user" test "$rc" -eq 5
  check "$what: one line saying the connection may only read" \
    grep -q "^kolmi: error: $reader: this command writes, and the server lets this connection only read" err.txt
  check "$what: one line" test "$(wc -l <err.txt)" -eq 1
}
KOLMI_DB_PASSWORD=reader-secret kolmi --db "$reader" login -u demo --password-stdin <<<"demo" >out.txt 2>err.txt
check "login: exit 5 for the SELECT-only user (it writes a session)" test $? -eq 5
check "login: saying why" grep -q "this command writes, and the server lets this connection only read" err.txt
check "login: no session file" test ! -e "$KOLMI_SESSION"
refused "an action (phonebook add)" demo phonebook add --number 37060000000 --name New
refused "missed-calls process" demo missed-calls process 2923 --from 2026-11-26 --till 2026-11-26
refused "an admin change (config set)" admin admin config set Nice_Number_Digits 2
refused "admin rerate --dry-run (writes and rolls back)" admin admin rerate --dry-run --from 2026-11-01 \
  --till 2026-11-02
cdr_file one.csv 5 1
refused "admin import cdr" admin admin import cdr one.csv
check "and nothing was written" test "$(tables)" = "$before"

# A read-only server (read_only=ON, as a replica is): the writer may write
# nothing either; pages are the same, writes exit 5 the same way.
sql -e "SET GLOBAL read_only = ON"
run_all writer read-only-server-pages.txt
if ! diff writer-pages.txt read-only-server-pages.txt >pages.diff; then
  head -40 pages.diff
fi
check "every page on a read-only server is the same" test ! -s pages.diff
KOLMI_DB_PASSWORD=writer-secret KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi --db "$writer" phonebook add \
  --number 37060000000 --name New >out.txt 2>err.txt
check "an action on a read-only server is exit 5" test $? -eq 5
check "saying the connection may only read" \
  grep -q "^kolmi: error: $writer: this command writes, and the server lets this connection only read" err.txt
check "in one line" test "$(wc -l <err.txt)" -eq 1
sql -e "SET GLOBAL read_only = OFF"
check "and nothing was written" test "$(tables)" = "$before"

# A session made elsewhere (on the primary) serves pages on the replica.
KOLMI_DB_PASSWORD=writer-secret kolmi --db "$writer" login -u demo --password-stdin <<<"demo" >/dev/null 2>err.txt
check "login by the writer" test $? -eq 0
KOLMI_DB_PASSWORD=writer-secret kolmi --db "$writer" stats >writer.txt 2>&1
KOLMI_DB_PASSWORD=reader-secret kolmi --db "$reader" stats >reader.txt 2>&1
check "a session's page for the reader" test $? -eq 0
check "the same page" cmp -s writer.txt reader.txt
finish
