#!/usr/bin/env bash
# Benchmark: kolmi demo building a large database, side by side with a
# baseline in the same run: the sqlite3 shell inserting the same number of
# bare call rows (generate_series, same schema and indexes, no rating, no
# realistic values) — the floor any generator stands on.
#
# Usage: bench/demo.sh [CALLS] [USERS]   (default 1000000 20)
# Prints wall time and peak memory (max RSS) of both.
set -euo pipefail
calls=${1:-1000000}
users=${2:-20}
runs=1
label_width=44
source "$(dirname "$0")/common.sh"
bench_init

echo "kolmi demo: $calls calls, $users extra users ($(nproc) cores)"
measure "kolmi demo --users $users --calls $calls" \
  "$kolmi" --db "$tmp/demo.db" demo --users "$users" --calls "$calls" --force

# Baseline: the same schema (taken from the demo database), calls emptied,
# then the sqlite3 shell inserts bare rows in one transaction.
sqlite3 "$tmp/demo.db" .schema | grep -v '^CREATE TABLE sqlite_' >"$tmp/schema.sql"
cat >"$tmp/baseline.sql" <<SQL
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
.read $tmp/schema.sql
BEGIN;
INSERT INTO calls (calldate, src, dst, channel, duration, billsec, disposition, uniqueid,
                   src_device_id, user_id, user_rate, user_billsec, user_price, prefix)
SELECT datetime(1790000000 - value * 7, 'unixepoch'), '101', '998901234567', 'IAX2/101-00000001',
       value % 600 + 10, value % 600, 'ANSWERED', '1790000000.' || value,
       1, 1 + value % 22, 100000000, value % 600, value * 1000, '99890'
FROM generate_series(1, $calls);
COMMIT;
SQL
measure "baseline: sqlite3 shell, $calls bare rows" sqlite3 "$tmp/base.db" ".read $tmp/baseline.sql"
ls -l "$tmp/demo.db" "$tmp/base.db" | awk '{printf "%-44s %8.1f MB on disk\n", $NF, $5/1048576}' |
  sed "s|$tmp/||"
