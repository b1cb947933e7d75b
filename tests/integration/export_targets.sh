#!/usr/bin/env bash
# Issue 10, defect 2: -o never replaces anything but a regular file. FIFOs,
# character devices and the process's own descriptors are written as
# streams; a replaced file keeps its mode; a symbolic link is followed and
# kept; no temporary file survives, not even SIGKILL.
source "$(dirname "$0")/lib.sh"
make_demo 3000
export KOLMI_USER=demo KOLMI_PASSWORD=demo
set_setting Login_Failure_Delay_Ms 0
mkdir out
kolmi rates export --format csv -o expected.csv
check "a plain export works" test -s expected.csv

# A FIFO is written as a stream and stays a FIFO.
mkfifo out/fifo
timeout 30 cat out/fifo >from-fifo.csv &
kolmi rates export --format csv -o out/fifo
check "an export into a FIFO succeeds" test $? -eq 0
wait
check "the FIFO is still a FIFO" test -p out/fifo
check "the reader got the whole export" cmp -s from-fifo.csv expected.csv

# A character device (made with mknod in the scratch folder) stays a device.
if mknod out/null c 1 3 2>/dev/null; then
  kolmi rates export --format csv -o out/null
  check "an export into a character device succeeds" test $? -eq 0
  check "the device is still a character device" test -c out/null
else
  # Never /dev/null itself: a regression would replace the system's device.
  echo "SKIPPED (part): mknod is not permitted here, so no character device case"
fi

# The process's own descriptors: /dev/stdout and a link to /proc/self/fd/1.
kolmi rates export --format csv -o /dev/stdout >via-stdout.csv
check "-o /dev/stdout reaches stdout" cmp -s via-stdout.csv expected.csv
ln -s /proc/self/fd/1 out/to-stdout
kolmi rates export --format csv -o out/to-stdout >via-link.csv
check "a link to /proc/self/fd/1 reaches stdout" cmp -s via-link.csv expected.csv
check "and the link is still a link" test -L out/to-stdout

# A regular file that is replaced keeps its mode; a link to one is followed.
echo old >out/private.csv
chmod 0600 out/private.csv
kolmi rates export --format csv -o out/private.csv
check "a replaced 0600 file stays 0600" test "$(stat -c %a out/private.csv)" = 600
check "and holds the export" cmp -s out/private.csv expected.csv
echo old >out/real.csv
ln -s real.csv out/link.csv
kolmi rates export --format csv -o out/link.csv
check "a symbolic link stays a link" test -L out/link.csv
check "and the file it points to is written" cmp -s out/real.csv expected.csv

# Anything else is refused with exit 2 and left alone.
python3 -c "import socket; s = socket.socket(socket.AF_UNIX); s.bind('out/sock')"
kolmi rates export --format csv -o out/sock 2>err.txt
check "a socket is refused with exit 2" test $? -eq 2
check "and stays a socket" test -S out/sock
ln -s nowhere out/dangling
kolmi rates export --format csv -o out/dangling 2>err.txt
check "a link to nothing is refused" test $? -eq 5
check "and stays a link" test -L out/dangling

# SIGKILL at several points of a large PDF export leaves no temporary file.
sqlite3 "$KOLMI_DB" "UPDATE calls SET calldate = '2026-11-27 10:00:00'"  # all in one period
for delay in 0.05 0.2 0.5 1.0; do
  "$kolmi_bin" calls export --format pdf --from 2026-11-01 --till 2026-11-30 -o out/killed.pdf &
  pid=$!
  sleep "$delay"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  check "SIGKILL after ${delay}s leaves no temporary file" test -z "$(ls -A out | grep -v -x -e fifo -e null -e to-stdout -e private.csv -e real.csv -e link.csv -e sock -e dangling -e killed.pdf)"
done
finish
