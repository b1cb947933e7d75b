#!/usr/bin/env bash
# Benchmark: `kolmi calls export` of the busiest demo user's calls (the whole
# period) in a 1,000,000-call database.
#  - CSV side by side with the sqlite3 shell's -csv output of the same rows
#    (same seven columns, same join with destinations, same two halves of "a
#    user's calls", oldest first): the floor any program writing those rows
#    stands on. Targets: no slower than sqlite3, peak memory under 64 MB.
#  - PDF: rows per second and peak memory. Targets: at least 100,000 rows/s,
#    under 1 GB for a million rows (measured on a second database whose
#    busiest user has about a million calls; skip it with PDF_MILLION=0).
#
# Usage: bench/export.sh [CALLS] [USERS]   (default 1000000 20)
# Prints the best wall time of five runs (CSV; PDF: of two) and the peak
# memory (max RSS), and whether each target is met.
set -euo pipefail
calls=${1:-1000000}
users=${2:-20}
runs=5
pdf_runs=2
label_width=60
source "$(dirname "$0")/common.sh"
bench_init
# A fixed "now", so the demo's 90 days of calls are the same every run.
export KOLMI_NOW="2026-11-28 09:30:00" TZ=UTC
export KOLMI_DB="$tmp/demo.db" KOLMI_SESSION="$tmp/session"
unset KOLMI_USER KOLMI_PASSWORD
from=2000-01-01
till=2099-12-31

# PDF export of user $1's calls: best time of $pdf_runs, rows/s, peak memory.
measure_pdf() {  # user id, rows, label
  local id=$1 rows=$2 label=$3 best="" peak=0 s k
  for ((i = 0; i < pdf_runs; i++)); do
    if ! /usr/bin/time -f "%e %M" -o "$tmp/time" \
      "$kolmi" --as "$id" calls export --format pdf --from "$from" --till "$till" -o "$tmp/calls.pdf" \
      2>"$tmp/pdf.err"; then
      echo "$label: the PDF export failed: $(grep -v '^Command exited' "$tmp/pdf.err" | head -1)"
      return 0
    fi
    read -r s k <"$tmp/time"
    best=$(best "$best" "$s")
    ((k > peak)) && peak=$k
  done
  report "$label" "$best" "$peak"
  local rate
  rate=$(awk -v n="$rows" -v s="$best" 'BEGIN { printf "%d", (s > 0) ? n / s : n }')
  printf '%-60s %9d rows/s, %s pages, %.1f MB file\n' "  $rows rows" "$rate" \
    "$(pdfinfo "$tmp/calls.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')" \
    "$(stat -c %s "$tmp/calls.pdf" | awk '{ print $1 / 1048576 }')"
  verdict "PDF at least 100,000 rows/s ($rate)" "a >= 100000" "$rate" 0
  verdict "PDF peak memory under 1 GB ($((peak / 1024)) MB for $rows rows)" "a < 1048576" "$peak" 0
}

echo "kolmi calls export: demo database of $calls calls, $users extra users ($(nproc) cores)"
"$kolmi" demo --users "$users" --calls "$calls" --force >/dev/null
"$kolmi" login -u admin -p admin >/dev/null
read -r id login total < <(busiest_user)
zone=$(sqlite3 "$KOLMI_DB" "SELECT time_zone FROM users WHERE id = $id")
echo "busiest user: $login (id $id, $zone), $total calls; period $from .. $till"

# The baseline: the same rows and columns as the CSV export (start time,
# src, dst, destination name, talk time, disposition, price), both halves.
user_calls_sql "$id" "$from" "$tmp/baseline.sql"
export_csv=("$kolmi" --as "$id" calls export --format csv --from "$from" --till "$till")
lines=$("${export_csv[@]}" | wc -l)
exported=$((lines - 1))
printed=$(sqlite3 -csv "$KOLMI_DB" <"$tmp/baseline.sql" | wc -l)
echo "rows: kolmi CSV $exported (plus the header), sqlite3 $printed"

# CSV: kolmi and the baseline alternately (bench/common.sh).
alternate "${export_csv[@]}" -- sqlite3 -csv "$KOLMI_DB" ".read $tmp/baseline.sql"
best_k=$best_a best_b=$best_b peak_k=$peak_a peak_b=$peak_b
report "kolmi calls export --format csv" "$best_k" "$peak_k"
report "baseline: sqlite3 -csv, the same rows" "$best_b" "$peak_b"
awk -v a="$best_k" -v b="$best_b" 'BEGIN { printf "%-60s %7.2f\n", "ratio kolmi / sqlite3", a / b }'
verdict "CSV no slower than sqlite3 ($best_k s vs $best_b s)" "a <= b" "$best_k" "$best_b"
verdict "CSV peak memory under 64 MB ($((peak_k / 1024)) MB)" "a < 65536" "$peak_k" 0

measure_pdf "$id" "$exported" "kolmi calls export --format pdf ($login)"

if [[ ${PDF_MILLION:-1} == 1 ]]; then
  # A second database whose busiest user has about a million calls.
  big=$((calls * 1000000 / total + 1))
  export KOLMI_DB="$tmp/million.db"
  rm -f "$tmp/demo.db"
  "$kolmi" demo --users "$users" --calls "$big" --force >/dev/null
  "$kolmi" login -u admin -p admin >/dev/null
  read -r id login total < <(busiest_user)
  echo "second database: $big calls; busiest user $login has $total"
  measure_pdf "$id" "$total" "kolmi calls export --format pdf ($login, ~1,000,000 rows)"
fi
