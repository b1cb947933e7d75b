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
root=$(cd "$(dirname "$0")/.." && pwd)
calls=${1:-1000000}
users=${2:-20}
runs=5
"$root/scripts/install-deps.sh"
command -v /usr/bin/time >/dev/null || apt-get install -y -qq time >/dev/null
# Its own Release build, whatever the developer's build/ is configured as.
"$root/scripts/build.sh" "$root/build-bench" -DCMAKE_BUILD_TYPE=Release -DKOLMI_BUILD_TESTS=OFF >/dev/null
kolmi="$root/build-bench/cli/kolmi"
tmp=$(mktemp -d /tmp/kolmi-bench-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
# A fixed "now", so the demo's 90 days of calls fall inside the period.
export KOLMI_NOW="2026-11-28 09:30:00" TZ=UTC
export KOLMI_DB="$tmp/demo.db" KOLMI_SESSION="$tmp/session"
unset KOLMI_USER KOLMI_PASSWORD
from=2026-08-01
till=2026-12-31

# One timed run: prints "seconds peak-KiB" (stdout of the command discarded).
timed() {
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$@" >/dev/null
  cat "$tmp/time"
}
report() {  # label, best seconds, peak KiB
  awk -v l="$1" -v s="$2" -v k="$3" 'BEGIN { printf "%-52s %7.2f s %8.1f MB\n", l, s, k / 1024 }'
}
# Commands A and B run alternately, $runs times each, so load from anything
# else on the machine falls on both alike; the best time of each is shown.
compare() {  # label A, label B, then A's words, "--", B's words
  local la=$1 lb=$2 best_a="" best_b="" peak_a=0 peak_b=0 a=() b=()
  shift 2
  while [[ $1 != -- ]]; do a+=("$1"); shift; done
  shift
  b=("$@")
  for ((i = 0; i < runs; i++)); do
    read -r s k < <(timed "${a[@]}")
    best_a=$(awk -v x="$best_a" -v y="$s" 'BEGIN { print (x == "" || y < x) ? y : x }')
    ((k > peak_a)) && peak_a=$k
    read -r s k < <(timed "${b[@]}")
    best_b=$(awk -v x="$best_b" -v y="$s" 'BEGIN { print (x == "" || y < x) ? y : x }')
    ((k > peak_b)) && peak_b=$k
  done
  report "$la" "$best_a" "$peak_a"
  report "$lb" "$best_b" "$peak_b"
  awk -v a="$best_a" -v b="$best_b" 'BEGIN { printf "%-52s %7.2f\n", "ratio", a / b }'
}
measure() {  # label, command...
  local label=$1 best="" peak=0
  shift
  for ((i = 0; i < runs; i++)); do
    read -r s k < <(timed "$@")
    best=$(awk -v x="$best" -v y="$s" 'BEGIN { print (x == "" || y < x) ? y : x }')
    ((k > peak)) && peak=$k
  done
  report "$label" "$best" "$peak"
}

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
compare "kolmi calls --from $from --till $till" "baseline: sqlite3 -csv, the same rows" \
  "$kolmi" calls --from "$from" --till "$till" -- sqlite3 -csv "$KOLMI_DB" ".read $tmp/baseline.sql"
measure "kolmi main" "$kolmi" main
measure "kolmi stats --from $from --till $till" "$kolmi" stats --from "$from" --till "$till"
