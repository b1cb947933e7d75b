#!/usr/bin/env bash
# Benchmark: `kolmi admin explain CALL_ID` on 100 random calls of a
# 1,000,000-call demo database, and `kolmi admin rate NUMBER --duration`
# for 100 numbers of the 36,000-prefix ASTPP deck (tests/data/rating), one
# process per call as a script sweeping calls runs them; side by side with
# the sqlite3 shell opening the same database and reading the call's row
# (or the number's destination candidates): the floor of any process that
# answers one call. Target: under 20 ms per explanation.
#
# Usage: bench/explain.sh [CALLS] [USERS]   (default 1000000 20)
set -euo pipefail
calls=${1:-1000000}
users=${2:-20}
runs=3
label_width=60
source "$(dirname "$0")/common.sh"
bench_init
export KOLMI_NOW="2026-11-28 09:30:00" TZ=UTC
export KOLMI_DB="$tmp/demo.db" KOLMI_SESSION="$tmp/session"
unset KOLMI_USER KOLMI_PASSWORD KOLMI_OUTPUT
n=100

echo "kolmi admin explain / admin rate: demo database of $calls calls, $users extra users ($(nproc) cores)"
"$kolmi" demo --users "$users" --calls "$calls" --force >/dev/null
"$kolmi" login -u admin -p admin >/dev/null
sqlite3 "$KOLMI_DB" "SELECT id FROM calls ORDER BY random() LIMIT $n" >"$tmp/ids"
drift=0
while read -r id; do "$kolmi" admin explain "$id" >/dev/null || drift=$((drift + 1)); done <"$tmp/ids"
echo "explained $n random calls: $drift with a stored price that is not today's (expected: 0)"
# The deck adds its destinations, so from here on some stored prices are no
# longer today's (longer prefixes match): explain still runs in full.
"$kolmi" admin import rates "$root/tests/data/rating/astpp-outbound-routes.csv" --tariff ASTPP >/dev/null 2>&1
sqlite3 "$KOLMI_DB" "SELECT prefix || '1234567' FROM destinations ORDER BY random() LIMIT $n" >"$tmp/numbers"

cat >"$tmp/explain.sh" <<SH
while read -r id; do "$kolmi" admin explain "\$id" --output tsv >/dev/null || true; done <"$tmp/ids"
SH
cat >"$tmp/call_row.sh" <<SH
while read -r id; do sqlite3 "$KOLMI_DB" "SELECT * FROM calls WHERE id = \$id" >/dev/null; done <"$tmp/ids"
SH
cat >"$tmp/rate.sh" <<SH
while read -r number; do "$kolmi" admin rate "\$number" --tariff ASTPP --duration 125 --output tsv >/dev/null || true; done <"$tmp/numbers"
SH
cat >"$tmp/candidates.sh" <<SH
while read -r number; do sqlite3 "$KOLMI_DB" "SELECT * FROM destinations WHERE '\$number' LIKE prefix || '%'" >/dev/null; done <"$tmp/numbers"
SH

per_call() { awk -v s="$1" -v n="$n" 'BEGIN { printf "%.1f", s * 1000 / n }'; }
alternate bash "$tmp/explain.sh" -- bash "$tmp/call_row.sh"
report "kolmi admin explain, $n calls" "$best_a" "$peak_a"
report "baseline: sqlite3 reads each call's row" "$best_b" "$peak_b"
explain_ms=$(per_call "$best_a")
echo "per call: kolmi admin explain $explain_ms ms, sqlite3 $(per_call "$best_b") ms"
verdict "admin explain under 20 ms per call ($explain_ms ms)" "a < 20" "$explain_ms" 0

alternate bash "$tmp/rate.sh" -- bash "$tmp/candidates.sh"
report "kolmi admin rate --tariff ASTPP, $n numbers" "$best_a" "$peak_a"
report "baseline: sqlite3 finds each number's candidates" "$best_b" "$peak_b"
rate_ms=$(per_call "$best_a")
echo "per number: kolmi admin rate $rate_ms ms, sqlite3 $(per_call "$best_b") ms"
verdict "admin rate under 20 ms per number ($rate_ms ms)" "a < 20" "$rate_ms" 0
