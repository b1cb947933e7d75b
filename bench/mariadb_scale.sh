#!/usr/bin/env bash
# Benchmark: flat cost as calls grow, on MariaDB (issue 14 item 5): what
# bench/scale.sh measures on SQLite, on a private MariaDB server
# (scripts/mariadb-test-server.sh) holding a demo database of 10,000,000
# calls (200 extra users; built once by `kolmi demo` and kept with the
# server's data directory), for the busiest user:
#  - `kolmi main` and `kolmi stats` (this month) against the `mariadb`
#    client counting the same month from the calls table (what kolmi did
#    before the call totals);
#  - `kolmi calls` for one local day against `mariadb --batch` printing the
#    same rows (same columns, join and halves), and a typical user's day;
#  - `kolmi admin calls --unrated` for the whole year against `mariadb
#    --batch` running its query, and that query's EXPLAIN (the index);
#  - `kolmi admin import cdr --dry-run` of the 1,000,000-row generated file
#    of bench/import.sh into the 10M-call database against the same into a
#    database without calls (a dry run does every write and rolls back):
#    the per-row cost must not grow with the table (target within 1.3x);
#  - then every command once more with the server's slow query log on
#    (every statement), and the statements that examined the most rows: a
#    query whose cost grows with the table shows there.
# Targets (10M calls): main < 50 ms, stats < 100 ms, one day's calls < 50 ms
# (the busiest user's day holds ~37,000 calls: see bench/README.md).
#
# Usage: bench/mariadb_scale.sh [CALLS] [USERS] [ROWS]   (default 10000000 200 1000000)
# KOLMI_BENCH_CACHE=DIR keeps the server's data directory between runs
# (DIR/mariadb, default /tmp/kolmi-bench-scale; about 6 GB for 10M calls);
# delete it to rebuild. KOLMI_MARIADB_SERVER_ARGS: the server's options
# (default a 2 GB buffer pool and a 512 MB redo log, a small production
# server). KOLMI_BENCH_BUILD and KOLMI_BENCH_BIN as in bench/common.sh.
# Best of $runs runs (default 5; imports $import_runs, default 2).
set -euo pipefail
calls=${1:-10000000}
users=${2:-200}
rows=${3:-1000000}
runs=${runs:-5}
import_runs=${import_runs:-2}
source "$(dirname "$0")/common.sh"
bench_init
cache=${KOLMI_BENCH_CACHE:-/tmp/kolmi-bench-scale}
mdir="$cache/mariadb"
mkdir -p "$cache"
deck="$root/tests/data/rating/astpp-outbound-routes.csv"
export KOLMI_NOW="2026-11-28 09:30:00" TZ=UTC KOLMI_SESSION="$tmp/session"
unset KOLMI_USER KOLMI_PASSWORD KOLMI_OUTPUT
label_width=64

sock=$(KOLMI_MARIADB_SERVER_ARGS=${KOLMI_MARIADB_SERVER_ARGS:-"--innodb-buffer-pool-size=2G --innodb-log-file-size=512M"} \
  "$root/scripts/mariadb-test-server.sh" start "$mdir")
trap '"$root/scripts/mariadb-test-server.sh" stop "$mdir" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
client=$(command -v mariadb || command -v mysql)
msql() { "$client" --no-defaults --socket="$sock" -u "$(id -un)" -N -B "$@"; }
url() { echo "mariadb:///$1?socket=$sock"; }
db="demo_${calls}_${users}"

# The big database: the demo (complete: kolmi_schema has its row), plus the
# import's tariff, users and devices (so the import below matches and rates
# as bench/import.sh does).
export KOLMI_DB=$(url "$db")
if [[ $(msql -e "SELECT count(*) FROM $db.kolmi_schema" 2>/dev/null || echo 0) != 1 ]]; then
  echo "building the demo database ($calls calls, $users users) in $mdir ..."
  msql -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db"
  read -r s k < <(timed "$kolmi" demo --users "$users" --calls "$calls")
  echo "built in $s s (peak memory $((k / 1024)) MB)"
fi
echo "database: $(msql -e "SELECT CONCAT(ROUND(SUM(data_length + index_length) / 1048576), ' MB (data ',
  ROUND(SUM(data_length) / 1048576), ' MB, indexes ', ROUND(SUM(index_length) / 1048576), ' MB)')
  FROM information_schema.tables WHERE table_schema = '$db'")"
base=50000
if [[ $(msql "$db" -e "SELECT count(*) FROM devices WHERE name = '$base'") == 0 ]]; then
  "$kolmi" login -u admin -p admin >/dev/null
  [[ $(msql "$db" -e "SELECT count(*) FROM tariffs WHERE name = 'ASTPP'") == 0 ]] &&
    "$kolmi" admin import rates "$deck" --tariff ASTPP >/dev/null
  add_import_users 100 "$base"
fi
KOLMI_SESSION="$tmp/admin-session" "$kolmi" login -u admin -p admin >/dev/null
read -r uid login ucalls < <(msql "$db" -e "
  SELECT u.id, u.username,
         (SELECT count(*) FROM calls c WHERE c.user_id = u.id) +
         (SELECT count(*) FROM calls c
           WHERE c.dst_device_id IN (SELECT id FROM devices WHERE user_id = u.id)
             AND (c.user_id IS NULL OR c.user_id <> u.id)) AS n
    FROM users u ORDER BY n DESC, u.id LIMIT 1")
echo "kolmi at scale on MariaDB $(msql -e 'SELECT VERSION()'): $calls calls, busiest user $login ($ucalls calls) ($(nproc) cores)"
"$kolmi" login -u "$login" -p "$login" >/dev/null
zone=$(msql "$db" -e "SELECT time_zone FROM users WHERE id = $uid")
utc() { date -u -d "TZ=\"$zone\" $1" '+%F %T'; }
month_lo=$(utc "2026-11-01 00:00:00")
month_hi=$(utc "2026-12-01 00:00:00")
day=2026-11-27
day_lo=$(utc "$day 00:00:00")
day_hi=$(utc "$(date -d "$day + 1 day" +%F) 00:00:00")
mclient=("$client" --no-defaults --socket="$sock" -u "$(id -un)" --batch "$db")

# The month's totals counted from calls (what kolmi main did before).
cat >"$tmp/month.sql" <<SQL
SELECT count(*), COALESCE(sum(billsec), 0) FROM (
  SELECT billsec FROM calls WHERE user_id = $uid AND calldate >= '$month_lo' AND calldate < '$month_hi'
  UNION ALL
  SELECT billsec FROM calls WHERE dst_device_id IN (SELECT id FROM devices WHERE user_id = $uid)
     AND calldate >= '$month_lo' AND calldate < '$month_hi' AND (user_id IS NULL OR user_id <> $uid)) x;
SQL
alternate "$kolmi" main -- "${mclient[@]}" -e "source $tmp/month.sql"
report "kolmi main" "$best_a" "$peak_a"
report "baseline: mariadb, the month's totals from calls" "$best_b" "$peak_b"
verdict "kolmi main under 50 ms" "a < 0.05" "$best_a" 0
alternate "$kolmi" stats -- "${mclient[@]}" -e "source $tmp/month.sql"
report "kolmi stats (this month)" "$best_a" "$peak_a"
report "baseline: mariadb, the month's totals from calls" "$best_b" "$peak_b"
verdict "kolmi stats under 100 ms" "a < 0.1" "$best_a" 0

user_calls_sql "$uid" "$day_lo" "$tmp/day.sql"
sed -i "s/< '2100-01-01'/< '$day_hi'/g" "$tmp/day.sql"
listed=$("$kolmi" calls --from "$day" --till "$day" | grep -c '<call>')
printed=$("${mclient[@]}" -N -e "source $tmp/day.sql" | wc -l)
echo "one day ($day, $zone): kolmi calls lists $listed rows, mariadb $printed"
alternate "$kolmi" calls --from "$day" --till "$day" -- "${mclient[@]}" -e "source $tmp/day.sql"
report "kolmi calls, one day" "$best_a" "$peak_a"
report "baseline: mariadb --batch, the same rows" "$best_b" "$peak_b"
verdict "one day's calls under 50 ms" "a < 0.05" "$best_a" 0
measure "kolmi calls --summary, one day" "$kolmi" calls --from "$day" --till "$day" --summary

# A typical user's day: the median user by outgoing calls (demo users'
# passwords are their logins).
read -r tid tlogin < <(msql "$db" -e "
  SELECT u.id, u.username FROM (SELECT user_id, count(*) AS n FROM calls WHERE user_id IS NOT NULL
  GROUP BY user_id ORDER BY n, user_id) c JOIN users u ON u.id = c.user_id LIMIT 1 OFFSET $((users / 2))")
KOLMI_SESSION="$tmp/typical-session" "$kolmi" login -u "$tlogin" -p "$tlogin" >/dev/null
export KOLMI_SESSION="$tmp/typical-session"
listed=$("$kolmi" calls --from "$day" --till "$day" | grep -c '<call>')
measure "kolmi calls, one day of a typical user ($tlogin, $listed rows)" "$kolmi" calls --from "$day" --till "$day"

export KOLMI_SESSION="$tmp/admin-session"
# admin calls --unrated as core/store/admin_call_list.cpp writes it on MariaDB.
cat >"$tmp/unrated.sql" <<SQL
SELECT c.id, c.calldate, o.id, o.username, o.time_zone, COALESCE(c.src_device_id, c.dst_device_id),
       c.src, c.dst, c.prefix, d.name, c.disposition, c.duration, c.billsec, c.user_billsec, c.user_rate,
       c.user_price, t.id IS NOT NULL
  FROM calls c
  LEFT JOIN devices dd ON dd.id = c.dst_device_id AND c.user_id IS NULL
  LEFT JOIN users o ON o.id = COALESCE(c.user_id, dd.user_id)
  LEFT JOIN tariffs t ON t.id = o.tariff_id
  LEFT JOIN destinations d ON d.prefix = c.prefix
 WHERE c.calldate >= '2026-01-01' AND c.calldate < '2027-01-01'
   AND c.unrated_calldate >= '2026-01-01' AND c.unrated_calldate < '2027-01-01'
 ORDER BY c.unrated_calldate, c.id
SQL
echo "admin calls --unrated: EXPLAIN (table, type, key, rows, Extra):"
msql "$db" -e "EXPLAIN $(cat "$tmp/unrated.sql")" | awk -F'\t' '{ printf "  %s %s %s %s %s\n", $3, $4, $6, $9, $10 }'
echo "  $(msql "$db" -e "SELECT count(*) FROM calls WHERE user_price IS NULL") unrated calls"
alternate "$kolmi" admin calls --unrated --from 2026-01-01 --till 2026-12-31 --output tsv -- \
  "${mclient[@]}" -e "source $tmp/unrated.sql"
report "kolmi admin calls --unrated --from 2026-01-01 --till 2026-12-31" "$best_a" "$peak_a"
report "baseline: mariadb --batch, the same query" "$best_b" "$peak_b"

# CDR import per row: into this database against into one without calls
# (database small, same server). As in bench/scale.sh: new records after
# the stored calls, and records of the demo's own days.
small=scale_small
msql -e "DROP DATABASE IF EXISTS $small; CREATE DATABASE $small"
(
  export KOLMI_DB=$(url $small) KOLMI_SESSION="$tmp/small-session"
  echo adminadmin | "$kolmi" init --password-stdin >/dev/null
  "$kolmi" login -u admin -p adminadmin >/dev/null
  "$kolmi" admin import rates "$deck" --tariff ASTPP >/dev/null
  add_import_users 100 "$base"
)
import_pair() {  # label, file
  local runs=$import_runs
  alternate "$kolmi" admin import cdr "$2" --dry-run -- \
    env KOLMI_DB="$(url $small)" KOLMI_SESSION="$tmp/small-session" "$kolmi" admin import cdr "$2" --dry-run
  awk -v s="$best_a" -v r="$rows" -v c="$calls" -v l="$1" -v w="$label_width" 'BEGIN {
    printf "%-*s %7.2f s %6.2f us/row\n", w, "kolmi admin import cdr --dry-run, " l ", into " c " calls", s, s / r * 1e6 }'
  awk -v s="$best_b" -v r="$rows" -v w="$label_width" 'BEGIN {
    printf "%-*s %7.2f s %6.2f us/row\n", w, "baseline: the same into a database without calls", s, s / r * 1e6 }'
  awk -v a="$best_a" -v b="$best_b" -v w="$label_width" 'BEGIN { printf "%-*s %7.2f (target <= 1.3)\n", w, "ratio", a / b }'
}
generate_master_csv "$rows" 100 "$deck" "$tmp/new.csv" "$base" 1795860000
generate_master_csv "$rows" 100 "$deck" "$tmp/old.csv" "$base"
import_pair "new calls" "$tmp/new.csv" 2>/dev/null
verdict "import per row within 1.3x" "a <= 1.3 * b" "$best_a" "$best_b"
import_pair "the demo's days" "$tmp/old.csv" 2>/dev/null

# Every command once more with every statement logged: the statements that
# examined the most rows (Rows_examined), per command.
msql -e "SET GLOBAL slow_query_log_file = '$tmp/slow.log', long_query_time = 0, log_slow_verbosity = 'query_plan',
  slow_query_log = 1"
slowest() {  # label: the three statements of the log that examined the most rows, then empties the log
  echo "$1:"
  awk '/^# Query_time/ { t = $3; ex = $9 } /^# Rows_examined/ { ex = $3 }
       /^(SELECT|INSERT|UPDATE|DELETE|WITH)/ { q = substr($0, 1, 110); printf "%12d %9.4f s  %s\n", ex, t, q }' \
    "$tmp/slow.log" | sort -rn | head -3
  : >"$tmp/slow.log"
}
msql -e "FLUSH SLOW LOGS"
: >"$tmp/slow.log"
KOLMI_SESSION="$tmp/session" "$kolmi" main >/dev/null; slowest "kolmi main (rows examined, time, statement)"
KOLMI_SESSION="$tmp/session" "$kolmi" stats >/dev/null; slowest "kolmi stats"
KOLMI_SESSION="$tmp/session" "$kolmi" calls --from "$day" --till "$day" >/dev/null; slowest "kolmi calls, one day"
"$kolmi" admin calls --unrated --from 2026-01-01 --till 2026-12-31 >/dev/null; slowest "kolmi admin calls --unrated"
msql -e "SET GLOBAL slow_query_log = 0"
