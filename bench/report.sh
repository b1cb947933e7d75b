#!/usr/bin/env bash
# Benchmark: `kolmi admin report --by destination,day` (MOR's aggregate
# statistics) over every call of the 1,000,000-call demo database, side by
# side with the sqlite3 shell running the equivalent GROUP BY: the same
# calls (the period, paid by a user), grouped by the same keys (prefix,
# UTC day: the report's default zone is UTC) with the same sums (count,
# answered, billsec, billed seconds, revenue, cost), printed with -tabs.
# kolmi also names each destination, folds and rounds; the shell prints
# raw sums. Also, for information, the same report
# in a zone with daylight time (Europe/Vilnius: its offset-stretch CASE).
# Targets: no slower than the shell (ratio <= 1.0), peak memory < 64 MB.
#
# Usage: bench/report.sh [CALLS] [USERS]   (default 1000000 20)
# Prints the best wall time of five runs and the peak memory (max RSS).
set -euo pipefail
calls=${1:-1000000}
users=${2:-20}
runs=5
label_width=64
source "$(dirname "$0")/common.sh"
bench_init
export KOLMI_NOW="2026-11-28 09:30:00" TZ=UTC
export KOLMI_DB="$tmp/demo.db" KOLMI_SESSION="$tmp/session"
unset KOLMI_USER KOLMI_PASSWORD KOLMI_OUTPUT
from=2000-01-01
till=2099-12-31

echo "kolmi admin report --by destination,day: demo database of $calls calls, $users extra users ($(nproc) cores)"
"$kolmi" demo --users "$users" --calls "$calls" --force >/dev/null
"$kolmi" login -u admin -p admin >/dev/null

cat >"$tmp/baseline.sql" <<SQL
SELECT c.prefix, substr(c.calldate, 1, 10), COUNT(*),
       SUM(CASE WHEN c.disposition = 'ANSWERED' THEN 1 ELSE 0 END), SUM(c.billsec), SUM(c.user_billsec),
       SUM(c.user_price), SUM(c.provider_price)
  FROM calls c
 WHERE c.calldate >= '$from 00:00:00' AND c.calldate < '2100-01-01 00:00:00' AND c.user_id IS NOT NULL
 GROUP BY 1, 2;
SQL
report=("$kolmi" admin report --by destination,day --from "$from" --till "$till" --output tsv)
kolmi_rows=$(("$("${report[@]}" | wc -l)" - 2))
sqlite_rows=$(sqlite3 -tabs "$KOLMI_DB" <"$tmp/baseline.sql" | wc -l)
echo "groups: kolmi $kolmi_rows, sqlite3 $sqlite_rows"
# The same calls and money: kolmi's totals row against the shell's sums.
"${report[@]}" | tail -n 1 | cut -f4,5,8 >"$tmp/kolmi_total"
sqlite3 -tabs "$KOLMI_DB" "SELECT COUNT(*), SUM(CASE WHEN disposition = 'ANSWERED' THEN 1 ELSE 0 END),
    SUM(billsec) FROM calls WHERE calldate >= '$from 00:00:00' AND user_id IS NOT NULL" >"$tmp/sqlite_total"
cmp -s "$tmp/kolmi_total" "$tmp/sqlite_total" && echo "totals agree: $(cat "$tmp/kolmi_total" | tr '\t' ' ')" ||
  { echo "totals differ: kolmi $(cat "$tmp/kolmi_total"), sqlite3 $(cat "$tmp/sqlite_total")"; exit 1; }

alternate "${report[@]}" -- sqlite3 -tabs "$KOLMI_DB" ".read $tmp/baseline.sql"
report "kolmi admin report --by destination,day (all calls, UTC)" "$best_a" "$peak_a"
report "baseline: sqlite3 -tabs, the same GROUP BY" "$best_b" "$peak_b"
awk -v a="$best_a" -v b="$best_b" 'BEGIN { printf "%-64s %7.2f\n", "ratio kolmi / sqlite3", a / b }'
verdict "no slower than sqlite3 ($best_a s vs $best_b s)" "a <= b" "$best_a" "$best_b"
verdict "peak memory under 64 MB ($((peak_a / 1024)) MB)" "a < 65536" "$peak_a" 0

runs=3
measure "kolmi admin report --by destination,day --tz Europe/Vilnius" \
  "${report[@]}" --tz Europe/Vilnius
measure "kolmi admin report --by provider,destination,day,hour --tz Europe/Vilnius" \
  "$kolmi" admin report --by provider,destination,day,hour --from "$from" --till "$till" --tz Europe/Vilnius \
  --output tsv
