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
read -r id login total < <(busiest_user)
echo "busiest user: $login (id $id), $total calls; period $from .. $till"

user_calls_sql "$id" "$from" "$tmp/baseline.sql"
page=("$kolmi" --as "$id" calls --from "$from" --till "$till")
json_rows=$("${page[@]}" --output json | grep -c '^    {"date"' || true)
csv_rows=$(("$("${page[@]}" --output csv | wc -l)" - 1))
sqlite_rows=$(sqlite3 -csv "$KOLMI_DB" <"$tmp/baseline.sql" | wc -l)
echo "rows: kolmi JSON $json_rows, kolmi CSV $csv_rows, sqlite3 $sqlite_rows"
"${page[@]}" --output json | python3 -c 'import json, sys; json.load(sys.stdin)' && echo "kolmi's JSON parses"

# FORMAT: kolmi's page in it against sqlite3's shell mode of the same name.
compare() {
  local format=$1
  alternate "${page[@]}" --output "$format" -- sqlite3 "-$format" "$KOLMI_DB" ".read $tmp/baseline.sql"
  report "kolmi calls --output $format" "$best_a" "$peak_a"
  report "baseline: sqlite3 -$format, the same rows" "$best_b" "$peak_b"
  awk -v a="$best_a" -v b="$best_b" -v f="$format" \
    'BEGIN { printf "%-60s %7.2f\n", "ratio kolmi / sqlite3 (" f ")", a / b }'
  verdict "$format no slower than sqlite3 -$format ($best_a s vs $best_b s)" "a <= b" "$best_a" "$best_b"
  verdict "$format peak memory under 64 MB ($((peak_a / 1024)) MB)" "a < 65536" "$peak_a" 0
}
compare json
compare csv
