#!/usr/bin/env bash
# Issue 14: kolmi demo on a MariaDB server builds the same database as in an
# SQLite file (the golden tests' one: seed 42, 3000 calls, 2 extra users),
# so every page and admin list prints the same bytes from both: same rows,
# same ids, same money, same call totals. Then the rules for replacing an
# existing database: a demo one is replaced, a used one refused without
# --force, anybody else's tables refused even with it; a big demo commits in
# chunks but is no kolmi database until complete, and one killed is replaced.
source "$(dirname "$0")/lib.sh"

need_mariadb_server
command -v sqlite3 >/dev/null || skip "the sqlite3 shell is not installed"
db="kolmi_demo_$$"
sql() { "$client" --no-defaults --socket="$sock" -u "$(id -un)" -N -B "$@"; }
sql -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db"
trap 'sql -e "DROP DATABASE IF EXISTS $db; DROP DATABASE IF EXISTS ${db}_x" || true
      [[ -n "${KOLMI_IT_KEEP:-}" ]] || rm -rf "$tmp"' EXIT
url="mariadb:///$db?socket=$sock"
file="$tmp/kolmi.db"

kolmi --db "$file" demo --seed 42 --calls 3000 --users 2 >sqlite-demo.txt 2>&1
check "demo into an SQLite file" test $? -eq 0
kolmi --db "$url" demo --seed 42 --calls 3000 --users 2 >mariadb-demo.txt 2>err.txt
check "demo into a MariaDB database" test $? -eq 0
cat err.txt
check "it says what it made" grep -q "Created demo database $url: 5 users, 3000 calls" mariadb-demo.txt
check "the same logins" diff <(tail -n +2 sqlite-demo.txt) <(tail -n +2 mariadb-demo.txt)

# Every page of every demo user and the admin, and the admin lists: USER
# then the arguments (no spaces inside one; globbing is off).
commands=$(
  for u in admin demo demo2 demo3 demo4; do
    cat <<EOF
$u main
$u main --output json
$u details
$u devices
$u rates
$u destinations 1
$u destinations 2
$u destinations 5
$u payments
$u invoices
$u subscriptions
$u calls
$u calls --period this-month
$u calls --period last-month --output csv
$u calls --from 2026-09-01 --till 2026-11-28 --summary
$u calls --period this-month --direction incoming --status no_answer
$u calls --period last-week --currency EUR --output json
$u new-calls
$u missed-calls --period this-month
$u missed-calls --period last-month --output tsv
$u stats
$u stats --period last-month
$u stats --from 2026-09-01 --till 2026-11-28
$u clis
$u phonebook
$u faxes --period this-month --status all
$u faxes --from 2026-09-01 --till 2026-11-28 --status all --output json
$u --lang ru main
$u --lang ru stats --period last-month
EOF
  done
  cat <<EOF
admin admin calls
admin admin calls --period this-month --output csv
admin admin calls --from 2026-09-01 --till 2026-11-28 --unrated --output csv
admin admin calls --period this-month --src *7 --dst *1 --output csv
admin admin calls --period last-month --user demo2 --disposition busy
admin admin user list
admin admin user list --output csv
admin admin tariff list
admin admin tariff list --output json
EOF
)
run_all() {  # DATABASE OUT: each command's stdout, stderr and exit status into OUT
  local database=$1 out=$2 user args
  : >"$out"
  set -f
  while read -r user rest; do
    read -ra args <<<"$rest"
    {
      echo "\$ $user: ${args[*]}"
      KOLMI_USER=$user KOLMI_PASSWORD=$user kolmi --db "$database" "${args[@]}" 2>stderr.txt </dev/null
      echo "--- exit $?"
      cat stderr.txt
    } >>"$out"
  done <<<"$commands"
  set +f
}
run_all "$file" sqlite-pages.txt
run_all "$url" mariadb-pages.txt
check "the pages printed something" test "$(grep -c '^--- exit 0$' sqlite-pages.txt)" -gt 150
if ! diff sqlite-pages.txt mariadb-pages.txt >pages.diff; then
  head -40 pages.diff
fi
check "every page and admin list is the same on both" test ! -s pages.diff

# The stored rows themselves (same ids, same money, same totals), NULL as
# 'NULL' on both; not the password hashes, which are salted.
tables=(
  "SELECT id, calldate, src, dst, disposition, billsec, IFNULL(user_id, 'NULL'), IFNULL(src_device_id, 'NULL'),
     IFNULL(dst_device_id, 'NULL'), IFNULL(user_rate, 'NULL'), IFNULL(user_billsec, 'NULL'),
     IFNULL(user_price, 'NULL'), IFNULL(prefix, 'NULL'), processed, uniqueid FROM calls ORDER BY id"
  "SELECT id, username, usertype, balance, credit, postpaid, IFNULL(tariff_id, 'NULL'), currency_id, time_zone
     FROM users ORDER BY id"
  "SELECT id, user_id, amount, currency, tax, date_added FROM payments ORDER BY id"
  "SELECT id, user_id, number, price, price_with_vat FROM invoices ORDER BY id"
  "SELECT id, tariff_id, IFNULL(destinationgroup_id, 'NULL') FROM rates ORDER BY id"
  'SELECT id, rate_id, `from`, duration, price FROM aratedetails ORDER BY id'
  "SELECT user_id, slot, outcome, calls, billsec FROM call_user_totals ORDER BY 1, 2, 3"
  "SELECT dst_device_id, slot, caller_id, outcome, calls, billsec FROM call_device_totals ORDER BY 1, 2, 3, 4"
  "SELECT dst_device_id, calls FROM call_missed_totals ORDER BY 1"
  "SELECT name, value, owner_id FROM conflines ORDER BY name, owner_id"
)
for q in "${tables[@]}"; do
  sqlite3 -separator $'\t' "$file" "$q" >sqlite-rows.txt
  sql "$db" -e "$q" >mariadb-rows.txt
  check "the same rows: ${q:0:60}..." bash -c 'test -s sqlite-rows.txt && cmp -s sqlite-rows.txt mariadb-rows.txt' 
done
check "the totals have rows" test "$(sql "$db" -e 'SELECT count(*) FROM call_user_totals')" -gt 100

# Writes on the demo data, by users and by the admin, then the pages and
# the audit trail again: the same on both.
w() {  # USER ARGS...: one write (stdin from $stdin), its output, status and stderr
  local user=$1
  shift
  echo "\$ $user: $*"
  KOLMI_USER=$user KOLMI_PASSWORD=$user kolmi --db "$database" "$@" 2>stderr.txt <<<"${stdin:-}"
  echo "--- exit $?"
  cat stderr.txt
}
run_writes() {  # DATABASE OUT
  local database=$1
  {
    w demo details update --reg-city Самарканд --taxation-country lithuania --reg-phone '+998 71 555-12-34'
    w demo details update --taxation-country 'ıta'  # no country: 'ı' is not 'i' (it is 'I' to MariaDB's UPPER)
    w demo details update --taxation-country ıtaly
    w demo details update --taxation-country 'åland islands'  # 'å' is not 'Å' either (ASCII case only)
    w demo details update --taxation-country ITA
    stdin=$'new password 1\nnew password 1' w demo3 details update --password - --password-confirm -
    w demo phonebook add --number 37060000000 --name Used
    w demo phonebook destroy 2
    w demo clis add --device 2 --cli +998712345678 --description Office
    w demo clis add --device 2 --cli +998712345678
    w demo missed-calls process 2923 --from 2026-11-26 --till 2026-11-26
    w demo missed-calls process 2923 --from 2026-11-26 --till 2026-11-26
    w admin admin payment add --user demo2 --amount 120 --comment transfer --output tsv
    w admin admin payment add --user demo2 --amount 12 --refund --output tsv
    w admin admin user set demo --tariff 'Retail EUR' --currency EUR --tz Europe/Vilnius --output tsv
    w admin admin user set demo3 --vat 21.5 --prepaid --credit 12.3456 --output tsv
    w admin admin user block demo4
    w admin admin user unblock demo4
    stdin=secret123 w admin admin user add bob --password-stdin --tariff 'Retail USD' --output tsv
    w admin admin device add --user bob --type SIP --name bob1 --extension 901 --output tsv
    stdin=another1 w admin admin user passwd demo4 --password-stdin
    w admin admin currency add SEK --name 'Swedish krona' --rate 11.2 --output tsv
    w admin admin currency set SEK --rate 11.254 --output tsv
    w admin admin currency disable SEK
    w admin admin config set Nice_Number_Digits 2
    w admin admin rerate --from 2026-11-01 --till 2026-11-15
    w admin admin rerate --user demo
    w admin admin log --output tsv
    w admin admin user show demo --output tsv
    w admin admin user list --output tsv
    w admin admin currency list --output tsv
  } >"$2"
}
run_writes "$file" sqlite-writes.txt
run_writes "$url" mariadb-writes.txt
check "the writes succeeded" test "$(grep -c '^--- exit 0$' sqlite-writes.txt)" -ge 26
if ! diff sqlite-writes.txt mariadb-writes.txt >writes.diff; then
  head -40 writes.diff
fi
check "every write says the same on both" test ! -s writes.diff
commands=$(grep -v '^demo[34] ' <<<"$commands")  # their passwords changed
run_all "$file" sqlite-pages.txt
run_all "$url" mariadb-pages.txt
if ! diff sqlite-pages.txt mariadb-pages.txt >pages.diff; then
  head -40 pages.diff
fi
check "and every page afterwards" test ! -s pages.diff

# Replacing: a demo database is replaced (the same seed gives the same rows).
kolmi --db "$url" demo --force --calls 10 >/dev/null
kolmi --db "$url" demo --seed 7 --calls 100 --users 1 >/dev/null 2>err.txt
check "a demo database is replaced" test $? -eq 0
check "by the new one" test "$(sql "$db" -e 'SELECT count(*) FROM calls')" = 100
check "with its seed" test "$(sql "$db" -e "SELECT value FROM conflines WHERE name = 'Kolmi_Demo_Seed'")" = 7

# Used for real (a write by a user removes the mark): refused, unless --force.
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi --db "$url" phonebook add --number 37060000000 --name Used \
  >/dev/null 2>err.txt
check "a user writes" test $? -eq 0
check "which removes the demo mark" test -z "$(sql "$db" -e "SELECT value FROM conflines WHERE name = 'Kolmi_Demo_Seed'")"
kolmi --db "$url" demo --calls 10 >out.txt 2>err.txt
check "demo over a used database is exit 5" test $? -eq 5
check "saying why, as for a file" grep -q "^kolmi: error: $url holds data not made by kolmi demo (or a demo database used since); refusing to replace it (use --force)$" err.txt
check "nothing on stdout" test ! -s out.txt
check "and nothing changed" test "$(sql "$db" -e 'SELECT count(*) FROM calls')" = 100
kolmi --db "$url" demo --calls 10 --force >/dev/null 2>err.txt
check "--force replaces it" test $? -eq 0
check "with the new calls" test "$(sql "$db" -e 'SELECT count(*) FROM calls')" = 10

# A big demo commits its calls in chunks (100,000 a transaction), yet is no
# kolmi database until its last call is in: a reader meanwhile, and after a
# kill -9, is told so (exit 5), and the next kolmi demo replaces what it
# left, without --force.
"$kolmi_bin" --db "$url" demo --calls 1000000 >/dev/null 2>&1 &  # the binary itself: $! is what kill -9 hits
pid=$!
for _ in $(seq 1 600); do  # until the first chunk is committed (up to 60 s; 10 calls before)
  [[ $(sql "$db" -e 'SELECT count(*) FROM calls' 2>/dev/null || echo 0) -ge 100000 ]] && break
  sleep 0.1
done
check "a chunk of calls is committed while the demo runs" \
  test "$(sql "$db" -e 'SELECT count(*) FROM calls')" -ge 100000
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi --db "$url" main >out.txt 2>err.txt
check "a reader meanwhile gets exit 5" test $? -eq 5
check "saying it is not a kolmi database" grep -q "not a kolmi database" err.txt
kill -9 "$pid"
wait "$pid" 2>/dev/null
for _ in $(seq 1 600); do  # the server rolls back the killed one's open chunk, then lets its locks go
  [[ $(sql -e "SELECT count(*) FROM information_schema.processlist WHERE db = '$db'") == 0 ]] && break
  sleep 0.1
done
check "the killed demo left its calls" test "$(sql "$db" -e 'SELECT count(*) FROM calls')" -ge 100000
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi --db "$url" main >out.txt 2>err.txt
check "which no command opens (exit 5)" test $? -eq 5
kolmi --db "$url" demo --calls 10 >/dev/null 2>err.txt
check "the next demo replaces it without --force" test $? -eq 0
cat err.txt
check "with its own calls" test "$(sql "$db" -e 'SELECT count(*) FROM calls')" = 10
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi --db "$url" main >/dev/null 2>err.txt
check "and it opens" test $? -eq 0

# Anybody else's tables: refused even with --force, and left alone.
other="${db}_x"
sql -e "CREATE DATABASE $other; CREATE TABLE $other.customers (id INT PRIMARY KEY)"
kolmi --db "mariadb:///$other?socket=$sock" demo --calls 10 --force >/dev/null 2>err.txt
check "demo refuses others' tables (exit 5)" test $? -eq 5
check "saying they are not kolmi's" grep -q "not kolmi's" err.txt
check "and leaves them alone" test "$(sql "$other" -e 'SHOW TABLES')" = customers
# kolmi's tables with somebody else's beside them: refused, nothing dropped.
sql "$db" -e "CREATE TABLE notes (id INT PRIMARY KEY)"
kolmi --db "$url" demo --calls 10 --force >/dev/null 2>err.txt
check "kolmi's tables beside others' are refused (exit 5)" test $? -eq 5
check "naming one of the others'" grep -q "not kolmi's (such as notes)" err.txt
check "and kolmi's are still there" test "$(sql "$db" -e 'SELECT count(*) FROM calls')" = 10
finish
