# Shared by the bench/*.sh scripts (sourced, not run): the Release build,
# a scratch folder, and timing that puts kolmi and its baseline side by
# side in the same run.
#
# After `bench_init`: $root, $kolmi (the Release binary, built in
# ${KOLMI_BENCH_BUILD:-build-bench/}, whatever build/ is configured as, or
# $KOLMI_BENCH_BIN) and $tmp (removed on exit).

bench_init() {
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  "$root/scripts/install-deps.sh"
  command -v /usr/bin/time >/dev/null || apt-get install -y -qq time >/dev/null
  local build=${KOLMI_BENCH_BUILD:-$root/build-bench}
  "$root/scripts/build.sh" "$build" -DCMAKE_BUILD_TYPE=Release -DKOLMI_BUILD_TESTS=OFF >/dev/null
  kolmi="$build/cli/kolmi"
  # KOLMI_BENCH_BIN=PATH measures another kolmi binary instead (an older
  # build, for before/after figures).
  kolmi=${KOLMI_BENCH_BIN:-$kolmi}
  tmp=$(mktemp -d /tmp/kolmi-bench-XXXXXX)
  trap 'rm -rf "$tmp"' EXIT
}

# One timed run: prints "seconds peak-KiB"; the command's stdout is discarded.
timed() {
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$@" >/dev/null
  cat "$tmp/time"
}

# label, seconds, peak KiB; labels are padded to $label_width (default 52).
report() {
  awk -v l="$1" -v s="$2" -v k="$3" -v w="${label_width:-52}" \
    'BEGIN { printf "%-*s %7.2f s %8.1f MB\n", w, l, s, k / 1024 }'
}

# The smaller of two numbers; an empty first one loses.
best() { awk -v x="$1" -v y="$2" 'BEGIN { print (x == "" || y < x) ? y : x }'; }

# Runs command A and command B alternately, $runs times each, so load from
# anything else on the machine falls on both alike, and sets best_a, best_b
# (best wall times) and peak_a, peak_b (largest max RSS, KiB). Usage:
#   alternate A-words... -- B-words...
# When $before_each names a function, it runs (untimed) before every run
# with the argument a or b (e.g. to restore a fresh database).
alternate() {
  local a=() b=() s k i
  while [[ $1 != -- ]]; do a+=("$1"); shift; done
  shift
  b=("$@")
  best_a="" best_b="" peak_a=0 peak_b=0
  for ((i = 0; i < runs; i++)); do
    [[ -n ${before_each:-} ]] && "$before_each" a
    read -r s k < <(timed "${a[@]}")
    best_a=$(best "$best_a" "$s")
    ((k > peak_a)) && peak_a=$k
    [[ -n ${before_each:-} ]] && "$before_each" b
    read -r s k < <(timed "${b[@]}")
    best_b=$(best "$best_b" "$s")
    ((k > peak_b)) && peak_b=$k
  done
  return 0  # the loop's last test may be false; that is no failure
}

# The best of $runs runs of one command, reported under a label.
measure() {  # label, command...
  local label=$1 best_s="" peak=0 s k i
  shift
  for ((i = 0; i < runs; i++)); do
    read -r s k < <(timed "$@")
    best_s=$(best "$best_s" "$s")
    ((k > peak)) && peak=$k
  done
  report "$label" "$best_s" "$peak"
}

# "target met" or "target MISSED" for label, an awk condition on a and b.
verdict() {  # label, condition, a, b
  if awk -v a="$3" -v b="$4" "BEGIN { exit !($2) }"; then echo "target met:     $1"; else echo "target MISSED:  $1"; fi
}

# The busiest user of the database in $KOLMI_DB: prints "id login calls".
busiest_user() {
  sqlite3 -separator ' ' "$KOLMI_DB" "
    SELECT u.id, u.username,
           (SELECT count(*) FROM calls c WHERE c.user_id = u.id) +
           (SELECT count(*) FROM calls c
             WHERE c.dst_device_id IN (SELECT id FROM devices WHERE user_id = u.id)
               AND (c.user_id IS NULL OR c.user_id <> u.id)) AS n
      FROM users u ORDER BY n DESC, u.id LIMIT 1"
}

# The baseline query of the call list benchmarks: user $1's calls from $2
# on, both halves (made by the user, and to their devices by anyone else),
# with the call list's columns (start, src, dst, destination name, talk
# time, disposition, price), oldest first. Written to the file $3.
user_calls_sql() {  # user id, from, file
  cat >"$3" <<SQL
SELECT c.calldate AS date, c.src AS called_from, c.dst AS called_to, d.name AS destination,
       c.billsec, c.disposition AS hangup_cause, c.user_price AS price
  FROM calls c LEFT JOIN destinations d ON d.prefix = c.prefix
 WHERE c.user_id = $1 AND c.calldate >= '$2' AND c.calldate < '2100-01-01'
UNION ALL
SELECT c.calldate, c.src, c.dst, d.name, c.billsec, c.disposition, c.user_price
  FROM calls c LEFT JOIN destinations d ON d.prefix = c.prefix
 WHERE c.dst_device_id IN (SELECT id FROM devices WHERE user_id = $1)
   AND c.calldate >= '$2' AND c.calldate < '2100-01-01' AND (c.user_id IS NULL OR c.user_id <> $1)
 ORDER BY 1;
SQL
}

# Writes a generated Asterisk Master.csv (cdr_csv, 18 columns): ROWS calls
# of DEVICES devices (extensions BASE..., default 1000) from 2026-11-01 UTC
# on, numbers under the prefixes of DECK.
# Usage: generate_master_csv ROWS DEVICES DECK FILE [BASE] [START]
# (START: the first call's time, seconds since 1970, default 2026-11-01.)
generate_master_csv() {
  # The file: one device in 20 dials another device (internal, free), one call
  # in 5 is not answered; the rest dial a number under a random deck prefix.
  awk -F, -v rows="$1" -v devices="$2" -v base="${5:-1000}" -v start="${6:-1793491200}" -v seed=42 '
    NR > 1 { p = $1; gsub(/^\^|\.\*$/, "", p); prefix[n++] = p }
    END {
      srand(seed)
      t = start
      for (i = 0; i < rows; i++) {
        ext = base + int(rand() * devices)
        t += int(rand() * 3)
        if (rand() < 0.05) {
          dst = base + int(rand() * devices); dstchan = sprintf("SIP/%d-%08x", dst, i)
        } else {
          dst = prefix[int(rand() * n)]
          while (length(dst) < 11) dst = dst int(rand() * 10)
          dstchan = sprintf("SIP/trunk-%08x", i)
        }
        answered = rand() >= 0.2
        billsec = answered ? int(rand() * 600) : 0
        duration = billsec + int(rand() * 20)
        start = strftime("%Y-%m-%d %H:%M:%S", t, 1)
        answer = answered ? start : ""
        end = strftime("%Y-%m-%d %H:%M:%S", t + duration, 1)
        printf "\"\",\"%d\",\"%s\",\"from-internal\",\"\"\"Ext %d\"\" <%d>\",\"SIP/%d-%08x\",\"%s\",\"Dial\",\"%s,60\",\"%s\",\"%s\",\"%s\",%d,%d,\"%s\",\"DOCUMENTATION\",\"%d.%d\",\"\"\n", \
          ext, dst, ext, ext, ext, i, dstchan, dstchan, start, answer, end, duration, billsec, \
          answered ? "ANSWERED" : "NO ANSWER", t, i
      }
    }' "$3" >"$4"
}

# The 10 users (tariff ASTPP, which must exist) and DEVICES devices (names
# and extensions BASE..., default 1000) the generated file's calls belong
# to, added to $KOLMI_DB as the logged-in admin. Usage: add_import_users DEVICES [BASE]
add_import_users() {
  local base=${2:-1000} u d
  for ((u = 0; u < 10; u++)); do
    "$kolmi" admin user show "user$u" >/dev/null 2>&1 ||
      echo "password-$u" | "$kolmi" admin user add "user$u" --password-stdin --tariff ASTPP >/dev/null
  done
  for ((d = 0; d < $1; d++)); do
    "$kolmi" admin device add --user "user$((d % 10))" --type SIP --name "$((base + d))" \
      --extension "$((base + d))" >/dev/null
  done
}
