#!/usr/bin/env bash
# Benchmark: `kolmi admin import cdr` reading, matching, rating and storing a
# generated 1,000,000-row Asterisk Master.csv (cdr_csv, 18 columns) whose
# numbers are dialled to prefixes of the real ASTPP deck, side by side with
# the sqlite3 shell's `.import --csv` of the same file into a bare table (no
# parsing of dates, no matching, no rating, no indexes): the floor any
# importer stands on. Also the time to load the 36,205-prefix deck itself,
# and how much of the import holds the write lock (reading, matching and
# rating happen before it is taken). Both sides are rated (issue 15): the
# calls to outside leave through SIP/trunk-..., the peer of a provider whose
# buy tariff is the same deck (imported --purpose provider).
#
# Usage: bench/import.sh [ROWS] [DEVICES]   (default 1000000 100)
# KOLMI_BENCH_BUILD=DIR uses (and builds) another Release build folder than
# build-bench/. Prints the best wall time of three runs and the peak memory.
set -euo pipefail
rows=${1:-1000000}
devices=${2:-100}
runs=3
source "$(dirname "$0")/common.sh"
bench_init
deck="$root/tests/data/rating/astpp-outbound-routes.csv"
export TZ=UTC KOLMI_DB="$tmp/kolmi.db" KOLMI_SESSION="$tmp/session"
unset KOLMI_USER KOLMI_PASSWORD

echo "kolmi admin import cdr: $rows generated rows, $devices devices ($(nproc) cores)"

generate_master_csv "$rows" "$devices" "$deck" "$tmp/Master.csv"
echo "file: $(wc -l <"$tmp/Master.csv") rows, $(du -m "$tmp/Master.csv" | cut -f1) MB"

# The database: the ASTPP deck as the tariff of 10 users owning the devices.
echo adminadmin | "$kolmi" init --password-stdin >/dev/null
"$kolmi" login -u admin -p adminadmin >/dev/null
cp "$KOLMI_DB" "$tmp/empty.db"
best_deck=""
for ((i = 0; i < runs; i++)); do
  cp "$tmp/empty.db" "$KOLMI_DB"
  rm -f "$KOLMI_DB-wal" "$KOLMI_DB-shm"
  read -r s k < <(timed "$kolmi" admin import rates "$deck" --tariff ASTPP)
  best_deck=$(best "$best_deck" "$s")
done
report "kolmi admin import rates (ASTPP, 36,205 prefixes)" "$best_deck" "$k"
add_import_users "$devices"
"$kolmi" admin import rates "$deck" --tariff 'ASTPP buy' --purpose provider >/dev/null
"$kolmi" admin provider add Trunk --tariff 'ASTPP buy' --peer trunk >/dev/null
cp "$KOLMI_DB" "$tmp/base.db"
printf 'CREATE TABLE cdr (accountcode, src, dst, dcontext, clid, channel, dstchannel, lastapp, lastdata, start, answer, "end", duration, billsec, disposition, amaflags, uniqueid, userfield);\n.import --csv %s cdr\n' \
  "$tmp/Master.csv" >"$tmp/baseline.sql"

# kolmi and the baseline alternately, each into a fresh database. The
# admin's session (kolmi login above) stays valid in the copies, so no
# password is hashed inside the measurement.
fresh_database() {  # a: the prepared kolmi database; b: no database
  if [[ $1 == a ]]; then
    cp "$tmp/base.db" "$KOLMI_DB"
    rm -f "$KOLMI_DB-wal" "$KOLMI_DB-shm"
  else
    rm -f "$tmp/bare.db"
  fi
}
before_each=fresh_database
alternate "$kolmi" admin import cdr "$tmp/Master.csv" -- sqlite3 "$tmp/bare.db" ".read $tmp/baseline.sql"
before_each=
best_k=$best_a best_b=$best_b peak_k=$peak_a peak_b=$peak_b
"$kolmi" admin import cdr "$tmp/Master.csv" --dry-run 2>/dev/null | sed 's/^/re-import (dry run): /'
sqlite3 "$KOLMI_DB" "SELECT 'stored: ' || COUNT(*) || ' calls, ' || SUM(user_price IS NOT NULL) || ' priced, ' || SUM(user_price > 0) || ' at a price above 0, ' || SUM(provider_price IS NOT NULL) || ' with a buy price' FROM calls"
report "kolmi admin import cdr (parse, match, rate, store)" "$best_k" "$peak_k"
report "baseline: sqlite3 .import --csv into a bare table" "$best_b" "$peak_b"
awk -v a="$best_k" -v b="$best_b" 'BEGIN { printf "%-52s %7.2f (target <= 1.5)\n", "ratio", a / b }'

# How long the import keeps other writers waiting: one more import, with the
# write lock probed every 50 ms (a probe that cannot take it at once counts).
fresh_database a
start=$(date +%s%N)
"$kolmi" admin import cdr "$tmp/Master.csv" >/dev/null &
pid=$!
probes=0 held=0
while kill -0 "$pid" 2>/dev/null; do
  sqlite3 -cmd ".timeout 0" "$KOLMI_DB" "BEGIN IMMEDIATE; ROLLBACK" >/dev/null 2>&1 || held=$((held + 1))
  probes=$((probes + 1))
  sleep 0.05
done
wait "$pid"
total=$(( ($(date +%s%N) - start) / 1000000 ))
awk -v p="$probes" -v h="$held" -v t="$total" 'BEGIN {
  printf "%-52s %7.2f s of %.2f s (%d of %d probes)\n", "write lock held during the import", t / 1000 * h / p, t / 1000, h, p }'
