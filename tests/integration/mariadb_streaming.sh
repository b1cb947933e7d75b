#!/usr/bin/env bash
# Issue 14: on MariaDB the big lists stream (Statement::stream, an
# unbuffered result), so kolmi's memory stays flat as the calls grow: the
# peak RSS of a month of the busiest user's calls page, of admin calls over
# the same month, and of the calls CSV export, on a demo of N calls and on
# one of 10 x N, may differ by less than $margin KiB (1 MB). With the rows buffered
# client-side (the connector's default), the bigger demo's month costs
# several MB more.
source "$(dirname "$0")/lib.sh"

sock=${KOLMI_TEST_MARIADB_SOCKET:-}
if [[ -z "$sock" ]]; then
  [[ "${KOLMI_TEST_MARIADB_REQUIRED:-}" == 1 ]] && {
    echo "FAILED: KOLMI_TEST_MARIADB_REQUIRED=1 but no KOLMI_TEST_MARIADB_SOCKET: the test server did not start"
    exit 1
  }
  skip "no MariaDB test server (KOLMI_TEST_MARIADB_SOCKET)"
fi
[[ -x /usr/bin/time ]] || skip "/usr/bin/time is not installed"
client=$(command -v mariadb || command -v mysql)
small=${KOLMI_IT_STREAM_CALLS:-20000}
big=$((10 * small))
margin=1024  # KiB: allocator noise; a buffered month of the big demo costs 4 to 10 MB more
# The page's count reads the month's call totals, one row per busy quarter
# hour: the big demo fills more of the month's 2,976 (about 350 KiB more,
# bounded by the period, not the calls). AddressSanitizer's redzones and size
# classes make that about 1.4 MB; a buffered month still costs several times
# more than this margin under it.
if ldd "$kolmi_bin" 2>/dev/null | grep -q libasan; then margin=3072; fi
db="kolmi_stream_$$"
sql() { "$client" --no-defaults --socket="$sock" -u "$(id -un)" -N -B "$@"; }
trap 'sql -e "DROP DATABASE IF EXISTS ${db}_small; DROP DATABASE IF EXISTS ${db}_big" || true
      [[ -n "${KOLMI_IT_KEEP:-}" ]] || rm -rf "$tmp"' EXIT

# Peak RSS in KiB of kolmi ARGS... on database $url; the output goes to a file.
# Under AddressSanitizer freed memory waits in a quarantine (256 MB) instead
# of being reused, so a sanitized kolmi's peak grows with the bytes it ever
# allocated, streaming or not: with no quarantine, the peak measures what is
# held at once again. (The option means nothing to an unsanitized binary.)
peak() {
  ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=0" /usr/bin/time -f %M -o peak.txt "$kolmi_bin" --db "$url" "$@" >list.out 2>err.txt || {
    echo "kolmi $* failed: $(cat err.txt)" >&2
    echo 0
    return
  }
  cat peak.txt
}
month=(--from 2026-10-01 --till 2026-10-31)
declare -A calls_kib admin_kib export_kib rows
for size in small big; do
  n=$small
  [[ $size == big ]] && n=$big
  sql -e "DROP DATABASE IF EXISTS ${db}_$size; CREATE DATABASE ${db}_$size"
  url="mariadb:///${db}_$size?socket=$sock"
  kolmi --db "$url" demo --users 2 --calls "$n" >/dev/null 2>err.txt
  check "demo of $n calls on MariaDB" test $? -eq 0
  # Sessions, not KOLMI_PASSWORD: checking a password costs 64 MB (the
  # KDF), which would hide what the lists cost.
  export KOLMI_SESSION="$tmp/session-demo-$size"
  kolmi --db "$url" login -u demo -p demo >/dev/null
  calls_kib[$size]=$(peak calls "${month[@]}" --output tsv)
  rows[$size]=$(($(wc -l <list.out) - 1))
  export_kib[$size]=$(peak calls export --format csv "${month[@]}" -o export.csv)
  export KOLMI_SESSION="$tmp/session-admin-$size"
  kolmi --db "$url" login -u admin -p admin >/dev/null
  admin_kib[$size]=$(peak admin calls "${month[@]}" --output tsv)
  echo "$n calls: the month has ${rows[$size]} of demo's calls; peak RSS calls ${calls_kib[$size]} KiB," \
    "admin calls ${admin_kib[$size]} KiB, calls export ${export_kib[$size]} KiB"
done
check "the big demo's month has about 10x the rows" test "${rows[big]}" -gt $((8 * ${rows[small]}))
flat() {  # NAME SMALL-KIB BIG-KIB
  ((${2} > 0 && ${3} > 0 && ${3} - ${2} < margin)) ||
    { echo "$1: ${2} KiB at $small calls, ${3} KiB at $big calls" >&2; return 1; }
}
check "kolmi calls: flat memory (a month, tsv)" flat calls "${calls_kib[small]}" "${calls_kib[big]}"
check "kolmi admin calls: flat memory" flat "admin calls" "${admin_kib[small]}" "${admin_kib[big]}"
check "kolmi calls export --format csv: flat memory" flat export "${export_kib[small]}" "${export_kib[big]}"
finish
