#!/usr/bin/env bash
# Benchmark: `kolmi calls` streaming the busiest demo user's calls (demo,
# about 30 % of a 1,000,000-call database) side by side with the sqlite3
# shell printing the same rows as CSV (same columns, same join with
# destinations, same two halves of "a user's calls", oldest first): the
# floor any program reading those rows stands on. Also `kolmi main`.
#
# Usage: bench/calls.sh [CALLS] [USERS]   (default 1000000 20)
# Prints the best wall time of five runs and the peak memory (max RSS).
set -euo pipefail
calls=${1:-1000000}
users=${2:-20}
runs=5
source "$(dirname "$0")/common.sh"
bench_init
# A fixed "now", so the demo's 90 days of calls fall inside the period.
export KOLMI_NOW="2026-11-28 09:30:00" TZ=UTC
export KOLMI_DB="$tmp/demo.db" KOLMI_SESSION="$tmp/session"
unset KOLMI_USER KOLMI_PASSWORD
from=2026-08-01
till=2026-12-31

echo "kolmi calls: demo database of $calls calls, $users extra users ($(nproc) cores)"
"$kolmi" demo --users "$users" --calls "$calls" --force >/dev/null
"$kolmi" login -u demo -p demo >/dev/null

# The baseline's period: the same local days, as UTC bounds in demo's zone.
zone=$(sqlite3 "$KOLMI_DB" "SELECT time_zone FROM users WHERE username = 'demo'")
utc() { date -u -d "TZ=\"$zone\" $1" '+%F %T'; }
lo=$(utc "$from 00:00:00")
hi=$(utc "$till 00:00:00 + 1 day")
cat >"$tmp/baseline.sql" <<SQL
SELECT c.calldate, c.src, c.dst, d.name, c.billsec, c.disposition, c.user_price
  FROM calls c LEFT JOIN destinations d ON d.prefix = c.prefix
 WHERE c.user_id = 1 AND c.calldate >= '$lo' AND c.calldate < '$hi'
UNION ALL
SELECT c.calldate, c.src, c.dst, d.name, c.billsec, c.disposition, c.user_price
  FROM calls c LEFT JOIN destinations d ON d.prefix = c.prefix
 WHERE c.dst_device_id IN (SELECT id FROM devices WHERE user_id = 1)
   AND c.calldate >= '$lo' AND c.calldate < '$hi' AND (c.user_id IS NULL OR c.user_id <> 1)
 ORDER BY 1;
SQL

listed=$("$kolmi" calls --from "$from" --till "$till" | grep -c '<call>')
printed=$(sqlite3 -csv "$KOLMI_DB" <"$tmp/baseline.sql" | wc -l)
echo "rows: kolmi calls $listed, sqlite3 $printed (period $from .. $till, $zone)"
alternate "$kolmi" calls --from "$from" --till "$till" -- sqlite3 -csv "$KOLMI_DB" ".read $tmp/baseline.sql"
report "kolmi calls --from $from --till $till" "$best_a" "$peak_a"
report "baseline: sqlite3 -csv, the same rows" "$best_b" "$peak_b"
awk -v a="$best_a" -v b="$best_b" 'BEGIN { printf "%-52s %7.2f\n", "ratio", a / b }'
measure "kolmi main" "$kolmi" main
measure "kolmi stats --from $from --till $till" "$kolmi" stats --from "$from" --till "$till"
