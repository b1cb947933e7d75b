#!/usr/bin/env bash
# Issue 10, defect 6: while small imports commit, every page reads one
# snapshot: the calls page's <total_calls> always equals its <call> rows.
source "$(dirname "$0")/lib.sh"
make_demo 3000
kolmi login -u demo --password-stdin <<<demo >/dev/null
set_setting Login_Failure_Delay_Ms 0
rounds=${KOLMI_IT_TORN_ROUNDS:-150}

# The writer: small imports of the demo user's calls, one after another.
(
  for i in $(seq 1 400); do
    cdr_file "batch$i.csv" 20 $((i * 100)) 27
    KOLMI_USER=admin KOLMI_PASSWORD=admin "$kolmi_bin" admin import cdr "batch$i.csv" >/dev/null 2>&1
    rm -f "batch$i.csv"
    [[ -e stop ]] && break
  done
) &
writer=$!

torn=0
for r in $(seq 1 "$rounds"); do
  "$kolmi_bin" calls --from 2026-11-27 --till 2026-11-27 >page.xml || { echo "page $r failed"; torn=$((torn + 1)); continue; }
  total=$(sed -n 's|.*<total_calls>\([0-9]*\)</total_calls>.*|\1|p' page.xml | head -1)
  rows=$(grep -c "<call>" page.xml)
  if [[ "$total" != "$rows" ]]; then
    echo "round $r: total_calls $total but $rows rows"
    torn=$((torn + 1))
  fi
done
touch stop
wait "$writer"
imported=$(sqlite3 "$KOLMI_DB" "SELECT count(*) FROM calls WHERE uniqueid LIKE 'it-%'")
check "the imports really ran meanwhile ($imported calls)" test "$imported" -gt 0
check "every one of $rounds pages agreed with itself" test "$torn" -eq 0
finish
