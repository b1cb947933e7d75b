#!/usr/bin/env bash
# Benchmark (issue 14): `kolmi admin import cdr` of a generated 1,000,000-row
# Asterisk Master.csv (bench/common.sh's generate_master_csv: 100 devices of
# 10 users on the ASTPP deck, so every call is read, matched, rated and
# stored with its totals) into an empty kolmi database on a MariaDB server,
# side by side with the `mariadb` client's LOAD DATA LOCAL INFILE of the same
# file into a bare table with the file's columns (no parsing of dates, no
# matching, no rating, no indexes): the floor any importer stands on.
# Target: kolmi <= 1.5x LOAD DATA. Also kolmi's import on SQLite for
# reference, and (issue 14 item 5) the import per row into an empty
# database against one already holding BIG calls (target within 1.3x), on
# both back-ends.
#
# The server is a private one (scripts/mariadb-test-server.sh) with a 1 GB
# buffer pool and a 512 MB redo log, like a small production server.
#
# Usage: bench/mariadb_import.sh [ROWS] [BIG] [RUNS]   (default 1000000 3000000 2; BIG 0: no part 3)
# KOLMI_BENCH_BUILD / KOLMI_BENCH_BIN as in bench/common.sh. Prints the best
# wall time of RUNS runs and the peak memory (max RSS) of the client side.
set -euo pipefail
rows=${1:-1000000}
big=${2:-3000000}
runs=${3:-2}
label_width=60
source "$(dirname "$0")/common.sh"
bench_init
deck="$root/tests/data/rating/astpp-outbound-routes.csv"
export TZ=UTC KOLMI_SESSION="$tmp/session"
unset KOLMI_USER KOLMI_PASSWORD KOLMI_OUTPUT

mdir="$tmp/mariadb"
sock=$(KOLMI_MARIADB_SERVER_ARGS="--innodb-buffer-pool-size=1G --innodb-log-file-size=512M" \
  "$root/scripts/mariadb-test-server.sh" start "$mdir")
trap '"$root/scripts/mariadb-test-server.sh" stop "$mdir" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
client=$(command -v mariadb || command -v mysql)
msql() { "$client" --no-defaults --socket="$sock" -u "$(id -un)" -N -B "$@"; }
url() { echo "mariadb:///$1?socket=$sock"; }

echo "kolmi admin import cdr on MariaDB $(msql -e 'SELECT VERSION()'): $rows generated rows ($(nproc) cores)"
generate_master_csv "$rows" 100 "$deck" "$tmp/Master.csv"
echo "file: $(wc -l <"$tmp/Master.csv") rows, $(du -m "$tmp/Master.csv" | cut -f1) MB"

# A kolmi database with the deck, 10 users and 100 devices: in MariaDB
# database NAME (empty string: SQLite file $tmp/NAME.db).
prepare() {  # BACKEND NAME
  if [[ $1 == mariadb ]]; then
    msql -e "DROP DATABASE IF EXISTS $2; CREATE DATABASE $2"
    export KOLMI_DB=$(url "$2")
  else
    rm -f "$tmp/$2.db"*
    export KOLMI_DB="$tmp/$2.db"
  fi
  export KOLMI_SESSION="$tmp/session-$2"
  echo adminadmin | "$kolmi" init --password-stdin >/dev/null
  "$kolmi" login -u admin -p adminadmin >/dev/null
  "$kolmi" admin import rates "$deck" --tariff ASTPP >/dev/null
  add_import_users 100
}
# Empties the calls (and their totals) of the MariaDB database NAME.
empty_calls() {
  msql "$1" -e "TRUNCATE calls; TRUNCATE call_user_totals; TRUNCATE call_device_totals; TRUNCATE call_missed_totals"
}

# 1. kolmi into an empty MariaDB kolmi database vs LOAD DATA into a bare table.
prepare mariadb kolmi_bench
# KOLMI_BENCH_OLD_UNRATED_INDEX=1: calls_unrated_date as it was before
# (user_price, calldate), for before/after figures with the same binary
# (kolmi never writes the virtual column the new one indexes).
if [[ -n ${KOLMI_BENCH_OLD_UNRATED_INDEX:-} ]]; then
  msql kolmi_bench -e "ALTER TABLE calls DROP INDEX calls_unrated_date, ADD INDEX calls_unrated_date (user_price, calldate)"
  echo "calls_unrated_date: the old (user_price, calldate)"
fi
msql -e "DROP DATABASE IF EXISTS bare; CREATE DATABASE bare"
bare_table="CREATE TABLE bare.cdr (accountcode VARCHAR(255), src VARCHAR(255), dst VARCHAR(255),
  dcontext VARCHAR(255), clid VARCHAR(255), channel VARCHAR(255), dstchannel VARCHAR(255),
  lastapp VARCHAR(255), lastdata TEXT, start VARCHAR(32), answer VARCHAR(32), \`end\` VARCHAR(32),
  duration BIGINT, billsec BIGINT, disposition VARCHAR(32), amaflags VARCHAR(32), uniqueid VARCHAR(255),
  userfield VARCHAR(255)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin"
load_data="LOAD DATA LOCAL INFILE '$tmp/Master.csv' INTO TABLE bare.cdr CHARACTER SET utf8mb4
  FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '\"' ESCAPED BY '' LINES TERMINATED BY '\n'"
fresh() {  # a: kolmi's database emptied of calls; b: the bare table made again
  if [[ $1 == a ]]; then empty_calls kolmi_bench; else msql -e "DROP TABLE IF EXISTS bare.cdr; $bare_table"; fi
}
before_each=fresh
export KOLMI_DB=$(url kolmi_bench) KOLMI_SESSION="$tmp/session-kolmi_bench"
alternate "$kolmi" admin import cdr "$tmp/Master.csv" -- \
  "$client" --no-defaults --socket="$sock" -u "$(id -un)" --local-infile=1 -e "$load_data"
before_each=
best_m=$best_a peak_m=$peak_a best_l=$best_b peak_l=$peak_b
msql kolmi_bench -e "SELECT CONCAT('stored: ', COUNT(*), ' calls, ', SUM(user_price IS NOT NULL), ' priced') FROM calls"
msql -e "SELECT CONCAT('bare table: ', COUNT(*), ' rows') FROM bare.cdr"
report "kolmi admin import cdr into MariaDB (parse, match, rate, store)" "$best_m" "$peak_m"
report "baseline: mariadb LOAD DATA LOCAL INFILE into a bare table" "$best_l" "$peak_l"
awk -v a="$best_m" -v b="$best_l" 'BEGIN { printf "%-60s %7.2f\n", "ratio kolmi / LOAD DATA", a / b }'
verdict "MariaDB import <= 1.5x LOAD DATA ($best_m s vs $best_l s)" "a <= 1.5 * b" "$best_m" "$best_l"
# The server's own floor for the rows kolmi stored: the same calls copied
# inside the server (no client, no protocol) into a table like calls, with
# its indexes and without its secondary ones. The difference is what
# keeping calls' indexes costs any writer.
# The stored columns (not the virtual unrated_calldate, which the server computes).
columns=$(msql -e "SELECT GROUP_CONCAT(column_name ORDER BY ordinal_position) FROM information_schema.columns
  WHERE table_schema = 'kolmi_bench' AND table_name = 'calls' AND extra NOT LIKE '%GENERATED%'")
floor() {  # LABEL ALTER-OR-EMPTY
  local best_f="" s k i
  for ((i = 0; i < runs; i++)); do
    msql kolmi_bench -e "DROP TABLE IF EXISTS calls_copy; CREATE TABLE calls_copy LIKE calls; $2"
    read -r s k < <(timed "$client" --no-defaults --socket="$sock" -u "$(id -un)" kolmi_bench \
      -e "INSERT INTO calls_copy ($columns) SELECT $columns FROM calls")
    best_f=$(best "$best_f" "$s")
  done
  msql kolmi_bench -e "DROP TABLE calls_copy"
  report "$1" "$best_f" 0
}
floor "server floor: INSERT ... SELECT the calls, calls' indexes" ""
floor "server floor: the same, without the secondary indexes" "ALTER TABLE calls_copy DROP INDEX calls_user_date,
  DROP INDEX calls_dst_device_date, DROP INDEX calls_identity, DROP INDEX calls_date, DROP INDEX calls_unrated_date;"
# What each secondary index costs: the copy without it alone.
for index in calls_user_date calls_dst_device_date calls_identity calls_date calls_unrated_date; do
  floor "server floor: calls' indexes but $index" "ALTER TABLE calls_copy DROP INDEX $index;"
done

# 2. The same import on SQLite, for reference.
prepare sqlite kolmi_sqlite
cp "$tmp/kolmi_sqlite.db" "$tmp/sqlite_base.db"
fresh_sqlite() { cp "$tmp/sqlite_base.db" "$tmp/kolmi_sqlite.db"; rm -f "$tmp/kolmi_sqlite.db-wal" "$tmp/kolmi_sqlite.db-shm"; }
best_s="" peak_s=0
for ((i = 0; i < runs; i++)); do
  fresh_sqlite
  read -r s k < <(timed "$kolmi" admin import cdr "$tmp/Master.csv")
  best_s=$(best "$best_s" "$s")
  ((k > peak_s)) && peak_s=$k
done
report "kolmi admin import cdr into SQLite (reference)" "$best_s" "$peak_s"

# 3. Per row into an empty database vs one holding BIG calls (item 5): a
# file of 200,000 later calls, imported into each (fresh copies each run).
# BIG=0 skips it.
((big > 0)) || exit 0
small=200000
generate_master_csv "$small" 100 "$deck" "$tmp/later.csv" 1000 1893456000  # 2030-01-01 on
chunks=$(( (big + rows - 1) / rows ))
echo "building databases of $((chunks * rows)) calls ($chunks imports of $rows) on both back-ends"
for backend in sqlite mariadb; do
  if [[ $backend == sqlite ]]; then
    fresh_sqlite
    export KOLMI_DB="$tmp/kolmi_sqlite.db" KOLMI_SESSION="$tmp/session-kolmi_sqlite"
  else
    empty_calls kolmi_bench
    export KOLMI_DB=$(url kolmi_bench) KOLMI_SESSION="$tmp/session-kolmi_bench"
  fi
  for ((c = 0; c < chunks; c++)); do
    generate_master_csv "$rows" 100 "$deck" "$tmp/chunk.csv" 1000 $((1793491200 + c * 3 * rows))
    "$kolmi" admin import cdr "$tmp/chunk.csv" >/dev/null
  done
  if [[ $backend == sqlite ]]; then
    cp "$tmp/kolmi_sqlite.db" "$tmp/sqlite_big.db"
    n=$(sqlite3 "$tmp/sqlite_big.db" "SELECT count(*) FROM calls")
  else
    n=$(msql kolmi_bench -e "SELECT count(*) FROM calls")
  fi
  best_e="" best_g=""
  for ((i = 0; i < runs; i++)); do
    if [[ $backend == sqlite ]]; then
      fresh_sqlite
      read -r s k < <(timed "$kolmi" admin import cdr "$tmp/later.csv")
      best_e=$(best "$best_e" "$s")
      cp "$tmp/sqlite_big.db" "$tmp/kolmi_sqlite.db"
      rm -f "$tmp/kolmi_sqlite.db-wal" "$tmp/kolmi_sqlite.db-shm"
      read -r s k < <(timed "$kolmi" admin import cdr "$tmp/later.csv")
      best_g=$(best "$best_g" "$s")
    else
      msql -e "DROP DATABASE IF EXISTS kolmi_empty; CREATE DATABASE kolmi_empty"
      for t in $(msql kolmi_bench -e "SHOW TABLES"); do
        msql -e "CREATE TABLE kolmi_empty.$t LIKE kolmi_bench.$t"
        [[ $t == calls || $t == call_*_totals ]] || msql -e "INSERT INTO kolmi_empty.$t SELECT * FROM kolmi_bench.$t"
      done
      read -r s k < <(timed env KOLMI_DB="$(url kolmi_empty)" "$kolmi" admin import cdr "$tmp/later.csv")
      best_e=$(best "$best_e" "$s")
      msql kolmi_bench -e "DELETE FROM calls WHERE calldate >= '2030-01-01'"
      read -r s k < <(timed "$kolmi" admin import cdr "$tmp/later.csv")
      best_g=$(best "$best_g" "$s")
    fi
  done
  report "$backend: $small calls into an empty database" "$best_e" 0
  report "$backend: $small calls into one of $n calls" "$best_g" 0
  awk -v a="$best_g" -v b="$best_e" -v be="$backend" \
    'BEGIN { printf "%-60s %7.2f\n", be ": ratio per row, " '"$n"' " calls / empty", a / b }'
  verdict "$backend: import per row within 1.3x of an empty database's" "a <= 1.3 * b" "$best_g" "$best_e"
done
