#!/usr/bin/env bash
# Benchmark: `kolmi calls --output json|csv` (the calls page for scripts) of
# the busiest demo user's calls in a 1,000,000-call database, side by side
# with the sqlite3 shell printing the same rows (same columns, the same join
# with destinations, the same two halves of "a user's calls", oldest first)
# with -json and -csv: the floor any program printing those rows stands on.
# Targets: JSON and CSV no slower than sqlite3 (ratio <= 1.0), JSON peak
# memory under 64 MB.
#
# Usage: bench/output.sh [CALLS] [USERS]   (default 1000000 20)
# Prints the best wall time of five runs and the peak memory (max RSS).
set -euo pipefail
calls=${1:-1000000}
users=${2:-20}
runs=5
label_width=60
source "$(dirname "$0")/common.sh"
bench_init
export KOLMI_NOW="2026-11-28 09:30:00" TZ=UTC
export KOLMI_DB="$tmp/demo.db" KOLMI_SESSION="$tmp/session"
unset KOLMI_USER KOLMI_PASSWORD KOLMI_OUTPUT
from=2000-01-01
till=2099-12-31

echo "kolmi calls --output json|csv: demo database of $calls calls, $users extra users ($(nproc) cores)"
"$kolmi" demo --users "$users" --calls "$calls" --force >/dev/null
"$kolmi" login -u admin -p admin >/dev/null
read -r id login total < <(sqlite3 -separator ' ' "$KOLMI_DB" "
  SELECT u.id, u.username,
         (SELECT count(*) FROM calls c WHERE c.user_id = u.id) +
         (SELECT count(*) FROM calls c
           WHERE c.dst_device_id IN (SELECT id FROM devices WHERE user_id = u.id)
             AND (c.user_id IS NULL OR c.user_id <> u.id)) AS n
    FROM users u ORDER BY n DESC, u.id LIMIT 1")
echo "busiest user: $login (id $id), $total calls; period $from .. $till"

cat >"$tmp/baseline.sql" <<SQL
SELECT c.calldate AS date, c.src AS called_from, c.dst AS called_to, d.name AS destination,
       c.billsec, c.disposition AS hangup_cause, c.user_price AS price
  FROM calls c LEFT JOIN destinations d ON d.prefix = c.prefix
 WHERE c.user_id = $id AND c.calldate >= '$from' AND c.calldate < '2100-01-01'
UNION ALL
SELECT c.calldate, c.src, c.dst, d.name, c.billsec, c.disposition, c.user_price
  FROM calls c LEFT JOIN destinations d ON d.prefix = c.prefix
 WHERE c.dst_device_id IN (SELECT id FROM devices WHERE user_id = $id)
   AND c.calldate >= '$from' AND c.calldate < '2100-01-01' AND (c.user_id IS NULL OR c.user_id <> $id)
 ORDER BY 1;
SQL
page=("$kolmi" --as "$id" calls --from "$from" --till "$till")
json_rows=$("${page[@]}" --output json | grep -c '^    {"date"' || true)
csv_rows=$(("$("${page[@]}" --output csv | wc -l)" - 1))
sqlite_rows=$(sqlite3 -csv "$KOLMI_DB" <"$tmp/baseline.sql" | wc -l)
echo "rows: kolmi JSON $json_rows, kolmi CSV $csv_rows, sqlite3 $sqlite_rows"
"${page[@]}" --output json | python3 -c 'import json, sys; json.load(sys.stdin)' && echo "kolmi's JSON parses"

alternate "${page[@]}" --output json -- sqlite3 -json "$KOLMI_DB" ".read $tmp/baseline.sql"
report "kolmi calls --output json" "$best_a" "$peak_a"
report "baseline: sqlite3 -json, the same rows" "$best_b" "$peak_b"
awk -v a="$best_a" -v b="$best_b" 'BEGIN { printf "%-60s %7.2f\n", "ratio kolmi / sqlite3 (json)", a / b }'
verdict "JSON no slower than sqlite3 -json ($best_a s vs $best_b s)" "a <= b" "$best_a" "$best_b"
verdict "JSON peak memory under 64 MB ($((peak_a / 1024)) MB)" "a < 65536" "$peak_a" 0

alternate "${page[@]}" --output csv -- sqlite3 -csv "$KOLMI_DB" ".read $tmp/baseline.sql"
report "kolmi calls --output csv" "$best_a" "$peak_a"
report "baseline: sqlite3 -csv, the same rows" "$best_b" "$peak_b"
awk -v a="$best_a" -v b="$best_b" 'BEGIN { printf "%-60s %7.2f\n", "ratio kolmi / sqlite3 (csv)", a / b }'
verdict "CSV no slower than sqlite3 -csv ($best_a s vs $best_b s)" "a <= b" "$best_a" "$best_b"
verdict "CSV peak memory under 64 MB ($((peak_a / 1024)) MB)" "a < 65536" "$peak_a" 0
