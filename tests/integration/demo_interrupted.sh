#!/usr/bin/env bash
# Issue 10, defect 5: an interrupted kolmi demo leaves no hidden file: INT,
# TERM and HUP remove it at once, and a SIGKILL's leftover is removed by the
# next kolmi demo (or init) in the same folder.
source "$(dirname "$0")/lib.sh"
mkdir db
export KOLMI_DB="$tmp/db/kolmi.db"
leftovers() { find db -name '.kolmi-*' | wc -l; }

for sig in INT TERM HUP; do
  env --default-signal="$sig" "$kolmi_bin" demo --calls 2000000 --users 5 >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 1 100); do (($(leftovers) > 0)) && break; sleep 0.02; done
  sleep 0.3
  kill -s "$sig" "$pid"
  wait "$pid"
  rc=$?
  check "SIG$sig ends demo as the signal would (status $rc)" test "$rc" -gt 128
  check "SIG$sig leaves no hidden file" test "$(leftovers)" -eq 0
  check "SIG$sig leaves no database" test ! -e db/kolmi.db
done

for delay in 0.1 0.5 1.5; do
  env --default-signal="$sig" "$kolmi_bin" demo --calls 2000000 --users 5 >/dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  kill -9 "$pid"
  wait "$pid" 2>/dev/null
  echo "note: SIGKILL after ${delay}s left $(leftovers) file(s)"
done
kolmi demo --calls 10 >/dev/null
check "the next demo succeeds" test $? -eq 0
check "and has removed what the killed ones left" test "$(leftovers)" -eq 0

# A demo that is still running keeps its file: the next one leaves it alone.
KOLMI_DB="$tmp/db/other.db" "$kolmi_bin" demo --calls 2000000 --users 5 >/dev/null 2>&1 &
pid=$!
for _ in $(seq 1 100); do (($(leftovers) > 0)) && break; sleep 0.02; done
kolmi demo --calls 10 >/dev/null
check "a running demo's file is not taken for a leftover" kill -0 "$pid"
check "and is still there" test "$(leftovers)" -ge 1
kill -TERM "$pid"
wait "$pid" 2>/dev/null
finish
