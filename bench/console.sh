#!/usr/bin/env bash
# Benchmark: `kolmi admin calls` (the operator's search over every user's
# calls) on a 1,000,000-call demo database: `--unrated` and `--dst '4420*'`
# over a period holding every call, TSV written to a file, side by side
# with the sqlite3 shell running the equivalent query (the same joins for
# owner, tariff and destination, the same filter and order, the unrated
# reason as a CASE) into a file with `-tabs`: the same rows, raw values.
# Targets: at most 1.2x sqlite3, peak memory under 64 MB. A third pair lists
# every call (a million rows) to show the per-row cost alone.
#
# kolmi's rows carry what SQL cannot make: the start on the owner's wall
# clock (sqlite3 prints the zone's name instead) and exact decimals
# (sqlite3 prints nano-units). The script checks both list the same calls.
#
# Usage: bench/console.sh [CALLS] [USERS]   (default 1000000 20)
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

echo "kolmi admin calls: demo database of $calls calls, $users extra users ($(nproc) cores)"
"$kolmi" demo --users "$users" --calls "$calls" --force >/dev/null
"$kolmi" login -u admin -p admin >/dev/null

# The query of core/store/admin_call_list.cpp with its filter ($1) inlined.
baseline_sql() {  # filter, file
  cat >"$2" <<SQL
SELECT c.id, c.calldate AS start_utc, o.time_zone, o.username AS user,
       COALESCE(c.src_device_id, c.dst_device_id) AS device, c.src, c.dst, c.prefix, d.name AS destination,
       c.disposition, c.duration, c.billsec, c.user_billsec AS billed_seconds, c.user_rate AS rate,
       c.user_price AS price,
       CASE WHEN c.user_price IS NOT NULL THEN ''
            WHEN c.src_device_id IS NULL AND c.dst_device_id IS NULL THEN 'no device'
            WHEN t.id IS NULL THEN 'no tariff'
            WHEN c.prefix IS NULL THEN 'no destination'
            ELSE 'no rate' END AS unrated
  FROM calls c
  LEFT JOIN devices dd ON dd.id = c.dst_device_id AND c.user_id IS NULL
  LEFT JOIN users o ON o.id = COALESCE(c.user_id, dd.user_id)
  LEFT JOIN tariffs t ON t.id = o.tariff_id
  LEFT JOIN destinations d ON d.prefix = c.prefix
 WHERE c.calldate >= '$from 00:00:00' AND c.calldate < '2100-01-01 00:00:00' $1
 ORDER BY c.calldate, c.id;
SQL
}

# Runs a command $reps times with its stdout into the file $out, as an
# operator would. A command of a few hundredths of a second is timed over
# several runs in a row: /usr/bin/time counts hundredths.
out="$tmp/out.tsv"
reps=1
export out reps
into_file() {
  local i
  for ((i = 0; i < reps; i++)); do "$@" >"$out"; done
}
export -f into_file

# report (common.sh) with milliseconds: label, seconds, peak KiB.
report3() {
  awk -v l="$1" -v s="$2" -v k="$3" -v w="$label_width" \
    'BEGIN { printf "%-*s %7.3f s %8.1f MB\n", w, l, s, k / 1024 }'
}

# LABEL, the baseline's SQL filter, then kolmi's filter options.
compare() {
  local label=$1 filter=$2
  shift 2
  baseline_sql "$filter" "$tmp/baseline.sql"
  local cmd=("$kolmi" admin calls --from "$from" --till "$till" "$@" --output tsv)
  "${cmd[@]}" >"$tmp/kolmi.tsv"
  sqlite3 -tabs -header "$KOLMI_DB" ".read $tmp/baseline.sql" >"$tmp/sqlite.tsv"
  # All but the local start, the exact decimals and the currency.
  if cmp -s <(cut -f1,2,4-13,17 "$tmp/kolmi.tsv") <(cut -f1,2,4-13,16 "$tmp/sqlite.tsv"); then
    echo "$label: $(($(wc -l <"$tmp/kolmi.tsv") - 1)) rows, the same calls as sqlite3's"
  else
    echo "$label: kolmi and sqlite3 list different rows" >&2
    exit 1
  fi
  alternate bash -c 'into_file "$@"' _ "${cmd[@]}" -- \
    bash -c 'into_file "$@"' _ sqlite3 -tabs -header "$KOLMI_DB" ".read $tmp/baseline.sql"
  best_a=$(awk -v t="$best_a" -v n="$reps" 'BEGIN { printf "%.4f", t / n }')
  best_b=$(awk -v t="$best_b" -v n="$reps" 'BEGIN { printf "%.4f", t / n }')
  report3 "kolmi admin calls $label" "$best_a" "$peak_a"
  report3 "baseline: sqlite3 -tabs, the same rows" "$best_b" "$peak_b"
  awk -v a="$best_a" -v b="$best_b" -v l="$label" \
    'BEGIN { printf "%-60s %7.2f\n", "ratio kolmi / sqlite3 (" l ")", a / b }'
  verdict "$label at most 1.2x sqlite3 ($best_a s vs $best_b s)" "a <= 1.2 * b" "$best_a" "$best_b"
  verdict "$label peak memory under 64 MB ($((peak_a / 1024)) MB)" "a < 65536" "$peak_a" 0
}
reps=20  # the unrated calls are few and their index small: each run is short
compare "--unrated" "AND c.user_price IS NULL" --unrated
reps=1
compare "--dst '4420*'" "AND c.dst GLOB '4420*'" --dst '4420*'
# The per-row work on its own: every call of the database, a million rows,
# where the fixed cost of starting a process no longer counts.
runs=${ALL_RUNS:-3}
compare "every call" ""
