#!/usr/bin/env bash
# Fuzzes the parsers of outside input with libFuzzer (clang 14): the CDR CSV
# parser (fuzz_cdr_csv) and the rate deck parser (fuzz_rate_csv), one after
# the other.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]   (default 300 s each, both targets)
# Seeds are the real files in tests/data (the first byte of an input picks a
# variant, so seeds get one prepended); findings go to build-fuzz/findings.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-300}
shift || true
targets=("$@")
((${#targets[@]} == 0)) && targets=(fuzz_cdr_csv fuzz_rate_csv)
"$root/scripts/install-deps.sh" --test
command -v clang++ >/dev/null || apt-get install -y -qq clang libclang-rt-14-dev >/dev/null
out="$root/build-fuzz"
mkdir -p "$out/findings"
flags=(-std=c++20 -O1 -g -fsanitize=fuzzer,address,undefined -I"$root")

build() {  # target
  case $1 in
    fuzz_cdr_csv)
      clang++ "${flags[@]}" "$root/tests/fuzz/fuzz_cdr_csv.cpp" "$root/core/import/csv_reader.cpp" \
        "$root/core/import/cdr_record.cpp" "$root/core/time/datetime.cpp" \
        -lfmt -ldate-tz -o "$out/fuzz_cdr_csv" ;;
    fuzz_rate_csv)
      clang++ "${flags[@]}" "$root/tests/fuzz/fuzz_rate_csv.cpp" "$root/core/import/csv_reader.cpp" \
        "$root/core/import/deck_reader.cpp" "$root/core/import/country_names.cpp" \
        "$root/core/import/destination_naming.cpp" "$root/core/import/tariff_plan.cpp" \
        "$root/core/decimal.cpp" -lfmt -o "$out/fuzz_rate_csv" ;;
    *) echo "unknown fuzz target: $1" >&2; exit 2 ;;
  esac
}

seeds() {  # target corpus-dir
  case $1 in
    fuzz_cdr_csv) for f in "$root"/tests/data/cdr/*.csv; do cp "$f" "$2/"; done ;;
    fuzz_rate_csv)
      # Seeds small enough for -max_len: the first lines of each deck, as
      # both kinds ('1' = rates, '0' = destinations).
      for f in "$root"/tests/data/rating/*.csv; do
        b=$(basename "$f" .csv)
        { printf 1; head -c 6000 "$f" | sed '$d'; } >"$2/$b-rates"
        { printf 0; head -c 6000 "$f" | sed '$d'; } >"$2/$b-destinations"
      done ;;
  esac
}

for t in "${targets[@]}"; do
  build "$t"
  mkdir -p "$out/corpus-$t"
  seeds "$t" "$out/corpus-$t"
  "$out/$t" -max_total_time="$seconds" -max_len=8192 -timeout=10 \
    -artifact_prefix="$out/findings/$t-" "$out/corpus-$t"
done
