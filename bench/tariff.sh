#!/usr/bin/env bash
# Benchmark: `kolmi admin tariff show` of the tariff imported from the real
# ASTPP deck (tests/data/rating/astpp-outbound-routes.csv: 36,205 prefixes,
# stored as 6,159 group and destination rates) side by side with the sqlite3
# shell printing the same rows (one per rate detail, the same columns and
# joins, the same order) with -tabs and -json. Also --prefix and --group.
# Target: under 0.5 s for the whole tariff.
#
# Usage: bench/tariff.sh
# Prints the best wall time of five runs and the peak memory (max RSS).
set -euo pipefail
runs=5
label_width=60
source "$(dirname "$0")/common.sh"
bench_init
export KOLMI_NOW="2026-11-28 09:30:00" TZ=UTC
export KOLMI_DB="$tmp/demo.db" KOLMI_SESSION="$tmp/session"
unset KOLMI_USER KOLMI_PASSWORD KOLMI_OUTPUT

echo "kolmi admin tariff show: the ASTPP deck's tariff in a demo database ($(nproc) cores)"
"$kolmi" demo --calls 1000 --force >/dev/null
"$kolmi" login -u admin -p admin >/dev/null
"$kolmi" admin import rates "$root/tests/data/rating/astpp-outbound-routes.csv" --tariff ASTPP >/dev/null 2>&1
tariff_id=$(sqlite3 "$KOLMI_DB" "SELECT id FROM tariffs WHERE name = 'ASTPP'")

# The same rows as the command: group rates by group name, then the
# destination rates by prefix, each rate's details by "from", then id.
cat >"$tmp/baseline.sql" <<SQL
SELECT rate_id, kind, destination_id, prefix, destination, group_id, "group", group_type, min_time,
       detail_id, artype, "from", duration, round, price, price_currency, start_time, end_time, daytype
  FROM (
SELECT 0 AS part, g.name AS k1, g.desttype AS k2, g.id AS k3, r.id AS rate_id, 'group' AS kind,
       NULL AS destination_id, '' AS prefix, '' AS destination, g.id AS group_id, g.name AS "group",
       g.desttype AS group_type, r.min_time, a.id AS detail_id, a.artype, a."from", a.duration, a.round,
       a.price / 1e9 AS price, t.currency AS price_currency, a.start_time, a.end_time, a.daytype
  FROM rates r JOIN tariffs t ON t.id = r.tariff_id
  JOIN destinationgroups g ON g.id = r.destinationgroup_id
  LEFT JOIN aratedetails a ON a.rate_id = r.id
 WHERE r.tariff_id = $tariff_id AND r.destination_id IS NULL
UNION ALL
SELECT 1, d.prefix, '', 0, r.id, 'destination', d.id, d.prefix, d.name, g.id, g.name, g.desttype, r.min_time,
       a.id, a.artype, a."from", a.duration, a.round, a.price / 1e9, t.currency, a.start_time, a.end_time, a.daytype
  FROM rates r JOIN tariffs t ON t.id = r.tariff_id
  JOIN destinations d ON d.id = r.destination_id
  LEFT JOIN destinationgroups g ON g.id = d.destinationgroup_id
  LEFT JOIN aratedetails a ON a.rate_id = r.id
 WHERE r.tariff_id = $tariff_id)
 ORDER BY part, k1, k2, k3, rate_id, "from", detail_id;
SQL
show=("$kolmi" admin tariff show ASTPP)
kolmi_rows=$(("$("${show[@]}" --output tsv | wc -l)" - 1))
sqlite_rows=$(sqlite3 -tabs "$KOLMI_DB" <"$tmp/baseline.sql" | wc -l)
echo "rows: kolmi $kolmi_rows, sqlite3 $sqlite_rows"
if diff <("${show[@]}" --output tsv | tail -n +2 | cut -f1,10) \
        <(sqlite3 -tabs "$KOLMI_DB" <"$tmp/baseline.sql" | cut -f1,10) >/dev/null; then
  echo "the same rates and details in the same order"
else
  echo "kolmi and sqlite3 list different rows"
fi
"${show[@]}" --output json | python3 -c 'import json, sys; json.load(sys.stdin)' && echo "kolmi's JSON parses"

compare() {  # kolmi's format, sqlite3's mode
  alternate "${show[@]}" --output "$1" -- sqlite3 "-$2" "$KOLMI_DB" ".read $tmp/baseline.sql"
  report "kolmi admin tariff show ASTPP --output $1" "$best_a" "$peak_a"
  report "baseline: sqlite3 -$2, the same rows" "$best_b" "$peak_b"
  verdict "--output $1 under 0.5 s ($best_a s)" "a < 0.5" "$best_a" 0
}
compare tsv tabs
compare json json
measure "kolmi admin tariff show ASTPP --prefix 1 (USA and Canada)" "${show[@]}" --prefix 1
measure "kolmi admin tariff show ASTPP --group 79 (United States FIX)" "${show[@]}" --group 79
