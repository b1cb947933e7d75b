#!/usr/bin/env bash
# Benchmark: `kolmi calls export --format xlsx` of the busiest demo user's
# calls (the whole period) in a 1,000,000-call database, side by side with
# the CSV export of the same rows (both to a file, alternately).
# Targets: within 2x of the CSV export's time; peak memory under 64 MB
# (the sheet streams through a scratch file), also for a list of about a
# million rows (a second database whose busiest user has about a million
# calls; skip it with XLSX_MILLION=0).
#
# Usage: bench/export_xlsx.sh [CALLS] [USERS]   (default 1000000 20)
# Prints the best wall time of three runs of each and the peak memory (max
# RSS), the files' sizes, and whether each target is met.
set -euo pipefail
calls=${1:-1000000}
users=${2:-20}
runs=3
label_width=60
source "$(dirname "$0")/common.sh"
bench_init
export KOLMI_NOW="2026-11-28 09:30:00" TZ=UTC
export KOLMI_DB="$tmp/demo.db" KOLMI_SESSION="$tmp/session"
unset KOLMI_USER KOLMI_PASSWORD
from=2000-01-01
till=2099-12-31

# Data rows of the workbook's first sheet (rows after the header).
xlsx_rows() {
  python3 - "$1" <<'PY'
import sys, zipfile
n = 0
with zipfile.ZipFile(sys.argv[1]).open("xl/worksheets/sheet1.xml") as f:
    tail = b""
    while chunk := f.read(1 << 20):
        data = tail + chunk
        n += data.count(b"<row ")
        tail = data[-4:]
print(n - 1)
PY
}

mb() { stat -c %s "$1" | awk '{ printf "%.1f MB", $1 / 1048576 }'; }

# CSV and XLSX of user $1's calls, alternately; $2 the label's user.
compare() {  # user id, label
  local id=$1 who=$2
  alternate "$kolmi" --as "$id" calls export --format csv --from "$from" --till "$till" -o "$tmp/calls.csv" -- \
    "$kolmi" --as "$id" calls export --format xlsx --from "$from" --till "$till" -o "$tmp/calls.xlsx"
  local rows
  rows=$(($(wc -l <"$tmp/calls.csv") - 1))
  report "kolmi calls export --format csv ($who, $rows rows)" "$best_a" "$peak_a"
  report "kolmi calls export --format xlsx ($who, $(xlsx_rows "$tmp/calls.xlsx") rows)" "$best_b" "$peak_b"
  printf '%-60s %s CSV, %s XLSX\n' "  files" "$(mb "$tmp/calls.csv")" "$(mb "$tmp/calls.xlsx")"
  awk -v a="$best_b" -v b="$best_a" 'BEGIN { printf "%-60s %7.2f\n", "ratio xlsx / csv", a / b }'
  verdict "XLSX within 2x of the CSV export ($best_b s vs $best_a s)" "a <= 2 * b" "$best_b" "$best_a"
  verdict "XLSX peak memory under 64 MB ($((peak_b / 1024)) MB)" "a < 65536" "$peak_b" 0
}

echo "kolmi calls export --format xlsx: demo database of $calls calls, $users extra users ($(nproc) cores)"
"$kolmi" demo --users "$users" --calls "$calls" --force >/dev/null
"$kolmi" login -u admin -p admin >/dev/null
read -r id login total < <(busiest_user)
echo "busiest user: $login (id $id), $total calls; period $from .. $till"
compare "$id" "$login"

if [[ ${XLSX_MILLION:-1} == 1 ]]; then
  big=$((calls * 1000000 / total + 1))
  export KOLMI_DB="$tmp/million.db"
  rm -f "$tmp/demo.db" "$tmp/calls.csv" "$tmp/calls.xlsx"
  "$kolmi" demo --users "$users" --calls "$big" --force >/dev/null
  "$kolmi" login -u admin -p admin >/dev/null
  read -r id login total < <(busiest_user)
  echo "second database: $big calls; busiest user $login has $total"
  runs=1
  compare "$id" "$login, ~1,000,000"
fi
