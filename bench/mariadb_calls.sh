#!/usr/bin/env bash
# Benchmark (issue 14): the busiest demo user's calls page on MariaDB,
# `kolmi calls --output tsv|xml` for a month and for all their calls, side
# by side with `mariadb --batch --quick` printing the same rows: the same
# SELECT kolmi's call list runs on MariaDB (store/call_list.cpp: both halves
# of "a user's calls" merged by the server, the same columns, the same
# order), rows printed as they come. Targets: kolmi <= 1.2x the client, and
# flat memory (a month and all calls within a few MB of each other). Also
# the page for one day on both back-ends (target < 50 ms) and `kolmi admin
# calls --unrated` on both.
#
# The server is a private one (scripts/mariadb-test-server.sh) with a 1 GB
# buffer pool, like a small production server; the same demo (same seed) is
# built in an SQLite file for the SQLite figures.
#
# Usage: bench/mariadb_calls.sh [CALLS] [USERS] [RUNS]   (default 1000000 20 5)
# KOLMI_BENCH_BUILD / KOLMI_BENCH_BIN as in bench/common.sh. Prints the best
# wall time of RUNS runs and the peak memory (max RSS) of the client side.
set -euo pipefail
calls=${1:-1000000}
users=${2:-20}
runs=${3:-5}
label_width=64
source "$(dirname "$0")/common.sh"
bench_init
export KOLMI_NOW="2026-11-28 09:30:00" TZ=UTC KOLMI_SESSION="$tmp/session"
unset KOLMI_USER KOLMI_PASSWORD KOLMI_OUTPUT

mdir="$tmp/mariadb"
sock=$(KOLMI_MARIADB_SERVER_ARGS="--innodb-buffer-pool-size=1G --innodb-log-file-size=512M" \
  "$root/scripts/mariadb-test-server.sh" start "$mdir")
trap '"$root/scripts/mariadb-test-server.sh" stop "$mdir" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
client=$(command -v mariadb || command -v mysql)
msql() { "$client" --no-defaults --socket="$sock" -u "$(id -un)" "$@"; }
url="mariadb:///kolmi_calls?socket=$sock"
file="$tmp/demo.db"

echo "calls page on MariaDB $(msql -N -B -e 'SELECT VERSION()'): demo of $calls calls, $users extra users" \
  "($(nproc) cores)"
msql -e "CREATE DATABASE kolmi_calls"
read -r s k < <(timed "$kolmi" --db "$url" demo --users "$users" --calls "$calls")
report "kolmi demo into MariaDB (build, once)" "$s" "$k"
read -r s k < <(timed "$kolmi" --db "$file" demo --users "$users" --calls "$calls")
report "kolmi demo into SQLite (build, once)" "$s" "$k"
msql kolmi_calls -e "ANALYZE TABLE calls, devices, destinations" >/dev/null
# The admin's session on each (pages for the busiest user with --as).
km=(env KOLMI_SESSION="$tmp/session-m" "$kolmi" --db "$url")
ks=(env KOLMI_SESSION="$tmp/session-s" "$kolmi" --db "$file")
"${km[@]}" login -u admin -p admin >/dev/null
"${ks[@]}" login -u admin -p admin >/dev/null

# The busiest user, as bench/common.sh's busiest_user counts on SQLite.
read -r id login total < <(KOLMI_DB=$file busiest_user)
echo "busiest user: $login (id $id), $total calls"
# Their periods in UTC, so the baseline's bounds are kolmi's (both databases).
msql kolmi_calls -e "UPDATE users SET time_zone = 'UTC' WHERE id = $id"
sqlite3 "$file" "UPDATE users SET time_zone = 'UTC' WHERE id = $id"

# The SELECT of kolmi's call list on MariaDB for user $1 in [$2, $3), with
# kolmi's columns and order (store/call_list.cpp: kSelectList, kOutgoingHalf,
# kIncomingHalf, kMergedOrder).
list_sql() {  # user, from, till
  local cols="c.id, c.calldate, c.src, c.dst, d.name, c.billsec, c.duration, c.disposition, c.user_price,
  c.processed, c.user_id"
  local from="FROM calls c LEFT JOIN destinations d ON d.prefix = c.prefix"
  local period="c.calldate >= '$2' AND c.calldate < '$3'"
  cat <<SQL
SELECT $cols, 0 $from WHERE c.user_id = $1 AND $period
UNION ALL
SELECT $cols, c.dst_device_id $from
 WHERE c.dst_device_id IN (SELECT id FROM devices WHERE user_id = $1) AND $period
   AND (c.user_id IS NULL OR c.user_id <> $1)
 ORDER BY 2, 12, 6, 11, 1
SQL
}
sql_session="SET SESSION sql_mode = 'ANSI_QUOTES,PIPES_AS_CONCAT,NO_BACKSLASH_ESCAPES,STRICT_ALL_TABLES';"

# LABEL FROM TILL: kolmi's --from and --till (whole days, UTC); the
# baseline's bounds are the same: [FROM, the day after TILL).
compare() {
  local label=$1 from=$2 till=$3 format
  list_sql "$id" "$from 00:00:00" "$(date -u -d "$till + 1 day" '+%Y-%m-%d 00:00:00')" >"$tmp/list.sql"
  local page=("${km[@]}" --as "$id" calls --from "$from" --till "$till")
  local kolmi_rows mariadb_rows
  kolmi_rows=$(($("${page[@]}" --output tsv | wc -l) - 1))
  mariadb_rows=$(($(msql kolmi_calls --batch --quick -e "$sql_session $(cat "$tmp/list.sql")" | wc -l) - 1))
  echo "$label: kolmi $kolmi_rows rows, mariadb $mariadb_rows rows"
  for format in tsv xml; do
    alternate "${page[@]}" --output "$format" -- \
      "$client" --no-defaults --socket="$sock" -u "$(id -un)" kolmi_calls --batch --quick \
      -e "$sql_session $(cat "$tmp/list.sql")"
    report "kolmi calls --output $format, $label (MariaDB)" "$best_a" "$peak_a"
    report "baseline: mariadb --batch --quick, the same SELECT" "$best_b" "$peak_b"
    awk -v a="$best_a" -v b="$best_b" -v w="$label_width" -v f="$format" \
      'BEGIN { printf "%-*s %7.2f\n", w, "ratio kolmi " f " / mariadb --batch", a / b }'
    verdict "$format, $label: kolmi <= 1.2x mariadb --batch ($best_a s vs $best_b s)" "a <= 1.2 * b" \
      "$best_a" "$best_b"
    eval "peak_${label// /_}_$format=$peak_a"
  done
  # For reference: the client without --quick buffers the whole result.
  read -r s k < <(timed "$client" --no-defaults --socket="$sock" -u "$(id -un)" kolmi_calls --batch \
    -e "$sql_session $(cat "$tmp/list.sql")")
  report "reference: mariadb --batch (buffered, no --quick)" "$s" "$k"
}
compare "a month" 2026-10-01 2026-10-31
compare "all calls" 2000-01-01 2099-12-31
for format in tsv xml; do
  eval "m=\$peak_a_month_$format a=\$peak_all_calls_$format"
  verdict "$format: flat memory, all calls within 4 MB of a month ($((m / 1024)) MB, $((a / 1024)) MB)" \
    "b - a < 4096" "$m" "$a"
done

# One day of the busiest user's calls, both back-ends (target < 50 ms).
for backend in sqlite mariadb; do
  k=("${ks[@]}")
  [[ $backend == mariadb ]] && k=("${km[@]}")
  n=$("${k[@]}" --as "$id" calls --from 2026-11-20 --till 2026-11-20 --output tsv | wc -l)
  measure "kolmi calls, one day: $((n - 1)) calls ($backend)" \
    "${k[@]}" --as "$id" calls --from 2026-11-20 --till 2026-11-20 --output tsv
done
# admin calls --unrated: the unrated calls of the default period (today) and of all time.
for backend in sqlite mariadb; do
  k=("${ks[@]}")
  [[ $backend == mariadb ]] && k=("${km[@]}")
  n=$("${k[@]}" admin calls --unrated --from 2000-01-01 --till 2099-12-31 --output tsv | wc -l)
  measure "kolmi admin calls --unrated, today ($backend)" "${k[@]}" admin calls --unrated --output tsv
  measure "kolmi admin calls --unrated, all time: $((n - 1)) calls ($backend)" \
    "${k[@]}" admin calls --unrated --from 2000-01-01 --till 2099-12-31 --output tsv
done
