#!/usr/bin/env bash
# Benchmark: flat cost as calls grow (issue 14 item 5). On a demo database
# of 10,000,000 calls (200 extra users; built once and cached, about 3.5 GB),
# for the busiest user:
#  - `kolmi main` and `kolmi stats` (this month) against the sqlite3 shell
#    counting the same month from the calls table (what kolmi did before
#    the call totals): both halves of the user's calls, index-only;
#  - `kolmi calls` for one local day against `sqlite3 -csv` printing the
#    same rows (same columns, join and halves), as bench/calls.sh;
#  - `kolmi admin calls --unrated` for the whole period against the sqlite3
#    shell running its query (same joins, filter and order);
#  - `kolmi admin import cdr --dry-run` of the 1,000,000-row generated file
#    of bench/import.sh into the 10M-call database against the same into a
#    database without calls (a dry run does every write and rolls back, so
#    no 3.5 GB copy is needed between runs): the per-row cost must not grow
#    with the table (target within 1.3x).
# Targets (10M calls): main < 50 ms, stats < 100 ms, one day's calls < 50 ms
# (see bench/README.md: the busiest user's day holds ~37,000 calls).
#
# Usage: bench/scale.sh [CALLS] [USERS] [ROWS]   (default 10000000 200 1000000)
# KOLMI_BENCH_CACHE=DIR keeps the demo database between runs (default
# /tmp/kolmi-bench-scale); delete it to rebuild. KOLMI_BENCH_BUILD and
# KOLMI_BENCH_BIN as in bench/common.sh (an older kolmi, whose schema is
# older, needs its own KOLMI_BENCH_CACHE). Best of $runs runs (default 5,
# import 3).
set -euo pipefail
calls=${1:-10000000}
users=${2:-200}
rows=${3:-1000000}
runs=${runs:-5}
source "$(dirname "$0")/common.sh"
bench_init
cache=${KOLMI_BENCH_CACHE:-/tmp/kolmi-bench-scale}
mkdir -p "$cache"
deck="$root/tests/data/rating/astpp-outbound-routes.csv"
export KOLMI_NOW="2026-11-28 09:30:00" TZ=UTC KOLMI_SESSION="$tmp/session"
unset KOLMI_USER KOLMI_PASSWORD
label_width=60

# The big database: the demo, plus the import's tariff, users and devices
# (so the import below matches and rates as bench/import.sh does).
export KOLMI_DB="$cache/demo-$calls-$users.db"
if [[ ! -f $KOLMI_DB ]]; then
  echo "building the demo database ($calls calls, $users users) in $cache ..."
  start=$(date +%s)
  "$kolmi" demo --users "$users" --calls "$calls" --force >/dev/null
  echo "built in $(($(date +%s) - start)) s, $(du -m "$KOLMI_DB" | cut -f1) MB"
fi
# The generated file's devices are 50000...: the demo's names and
# extensions stay below.
base=50000
if [[ $(sqlite3 "$KOLMI_DB" "SELECT count(*) FROM devices WHERE name = '$base'") == 0 ]]; then
  "$kolmi" login -u admin -p admin >/dev/null
  [[ $(sqlite3 "$KOLMI_DB" "SELECT count(*) FROM tariffs WHERE name = 'ASTPP'") == 0 ]] &&
    "$kolmi" admin import rates "$deck" --tariff ASTPP >/dev/null
  add_import_users 100 "$base"
fi
# The admin's own session file, for admin calls below.
KOLMI_SESSION="$tmp/admin-session" "$kolmi" login -u admin -p admin >/dev/null  # also migrates an older cached database
read -r uid login ucalls < <(busiest_user)
echo "kolmi at scale: $calls calls, busiest user $login ($ucalls calls) ($(nproc) cores)"
"$kolmi" login -u "$login" -p "$login" >/dev/null
zone=$(sqlite3 "$KOLMI_DB" "SELECT time_zone FROM users WHERE id = $uid")
utc() { date -u -d "TZ=\"$zone\" $1" '+%F %T'; }
month_lo=$(utc "2026-11-01 00:00:00")
month_hi=$(utc "2026-12-01 00:00:00")
day=2026-11-27
day_lo=$(utc "$day 00:00:00")
day_hi=$(utc "$(date -d "$day + 1 day" +%F) 00:00:00")

# The month's totals counted from calls (what kolmi main did before).
cat >"$tmp/month.sql" <<SQL
SELECT count(*), COALESCE(sum(billsec), 0) FROM (
  SELECT billsec FROM calls WHERE user_id = $uid AND calldate >= '$month_lo' AND calldate < '$month_hi'
  UNION ALL
  SELECT billsec FROM calls WHERE dst_device_id IN (SELECT id FROM devices WHERE user_id = $uid)
     AND calldate >= '$month_lo' AND calldate < '$month_hi' AND (user_id IS NULL OR user_id <> $uid));
SQL
alternate "$kolmi" main -- sqlite3 "$KOLMI_DB" ".read $tmp/month.sql"
report "kolmi main" "$best_a" "$peak_a"
report "baseline: sqlite3, the month's totals from calls" "$best_b" "$peak_b"
verdict "kolmi main under 50 ms" "a < 0.05" "$best_a" 0
alternate "$kolmi" stats -- sqlite3 "$KOLMI_DB" ".read $tmp/month.sql"
report "kolmi stats (this month)" "$best_a" "$peak_a"
report "baseline: sqlite3, the month's totals from calls" "$best_b" "$peak_b"
verdict "kolmi stats under 100 ms" "a < 0.1" "$best_a" 0

user_calls_sql "$uid" "$day_lo" "$tmp/day.sql"
sed -i "s/< '2100-01-01'/< '$day_hi'/g" "$tmp/day.sql"
listed=$("$kolmi" calls --from "$day" --till "$day" | grep -c '<call>')
printed=$(sqlite3 -csv "$KOLMI_DB" <"$tmp/day.sql" | wc -l)
echo "one day ($day, $zone): kolmi calls lists $listed rows, sqlite3 $printed"
alternate "$kolmi" calls --from "$day" --till "$day" -- sqlite3 -csv "$KOLMI_DB" ".read $tmp/day.sql"
report "kolmi calls, one day" "$best_a" "$peak_a"
report "baseline: sqlite3 -csv, the same rows" "$best_b" "$peak_b"
verdict "one day's calls under 50 ms" "a < 0.05" "$best_a" 0
alternate "$kolmi" calls --from "$day" --till "$day" --summary -- sqlite3 -csv "$KOLMI_DB" ".read $tmp/day.sql"
report "kolmi calls --summary, one day" "$best_a" "$peak_a"

# A typical user's day: the median user by outgoing calls (demo users'
# passwords are their logins).
read -r tid tlogin < <(sqlite3 -separator ' ' "$KOLMI_DB" "
  SELECT u.id, u.username FROM (SELECT user_id, count(*) AS n FROM calls WHERE user_id IS NOT NULL
  GROUP BY user_id ORDER BY n, user_id) c JOIN users u ON u.id = c.user_id LIMIT 1 OFFSET $((users / 2))")
KOLMI_SESSION="$tmp/typical-session" "$kolmi" login -u "$tlogin" -p "$tlogin" >/dev/null
export KOLMI_SESSION="$tmp/typical-session"
listed=$("$kolmi" calls --from "$day" --till "$day" | grep -c '<call>')
measure "kolmi calls, one day of a typical user ($tlogin, $listed rows)" "$kolmi" calls --from "$day" --till "$day"

export KOLMI_SESSION="$tmp/admin-session"
cat >"$tmp/unrated.sql" <<SQL
SELECT c.id, c.calldate, o.id, o.username, o.time_zone, COALESCE(c.src_device_id, c.dst_device_id),
       c.src, c.dst, c.prefix, d.name, c.disposition, c.duration, c.billsec, c.user_billsec, c.user_rate,
       c.user_price, t.id IS NOT NULL
  FROM calls c
  LEFT JOIN devices dd ON dd.id = c.dst_device_id AND c.user_id IS NULL
  LEFT JOIN users o ON o.id = COALESCE(c.user_id, dd.user_id)
  LEFT JOIN tariffs t ON t.id = o.tariff_id
  LEFT JOIN destinations d ON d.prefix = c.prefix
 WHERE c.calldate >= '2026-01-01' AND c.calldate < '2027-01-01' AND c.user_price IS NULL
 ORDER BY c.calldate, c.id;
SQL
echo "admin calls --unrated: $(sqlite3 "$KOLMI_DB" "EXPLAIN QUERY PLAN $(cat "$tmp/unrated.sql")" | grep -o 'calls_unrated_date' | head -1) index, $(sqlite3 "$KOLMI_DB" "SELECT count(*) FROM calls WHERE user_price IS NULL") rows"
alternate "$kolmi" admin calls --unrated --from 2026-01-01 --till 2026-12-31 --output tsv -- sqlite3 -tabs "$KOLMI_DB" ".read $tmp/unrated.sql"
report "kolmi admin calls --unrated --from 2026-01-01 --till 2026-12-31" "$best_a" "$peak_a"
report "baseline: sqlite3 -tabs, the same query" "$best_b" "$peak_b"

# CDR import per row: into this database against into one without calls.
# A PBX's new records come after the stored calls: the file starts at
# 2026-11-28 10:00 UTC, past the demo's last call, as in real use. A
# second file of the demo's own days (from 2026-11-01) lands in the middle
# of every date index, for comparison.
import_pair() {  # label, file
  local s
  alternate "$kolmi" admin import cdr "$2" --dry-run -- \
    env KOLMI_DB="$small" KOLMI_SESSION="$tmp/small-session" "$kolmi" admin import cdr "$2" --dry-run
  awk -v s="$best_a" -v r="$rows" -v c="$calls" -v l="$1" -v w="$label_width" 'BEGIN {
    printf "%-*s %7.2f s %6.2f us/row\n", w, "kolmi admin import cdr --dry-run, " l ", into " c " calls", s, s / r * 1e6 }'
  awk -v s="$best_b" -v r="$rows" -v w="$label_width" 'BEGIN {
    printf "%-*s %7.2f s %6.2f us/row\n", w, "baseline: the same into a database without calls", s, s / r * 1e6 }'
  awk -v a="$best_a" -v b="$best_b" -v w="$label_width" 'BEGIN { printf "%-*s %7.2f (target <= 1.3)\n", w, "ratio", a / b }'
}
generate_master_csv "$rows" 100 "$deck" "$tmp/new.csv" "$base" 1795860000
generate_master_csv "$rows" 100 "$deck" "$tmp/old.csv" "$base"
small="$tmp/small.db"
(
  export KOLMI_DB=$small KOLMI_SESSION="$tmp/small-session"
  echo adminadmin | "$kolmi" init --password-stdin >/dev/null
  "$kolmi" login -u admin -p adminadmin >/dev/null
  "$kolmi" admin import rates "$deck" --tariff ASTPP >/dev/null
  add_import_users 100 "$base"
)
runs=3
import_pair "new calls" "$tmp/new.csv" 2>/dev/null
verdict "import per row within 1.3x" "a <= 1.3 * b" "$best_a" "$best_b"
import_pair "the demo's days" "$tmp/old.csv" 2>/dev/null
