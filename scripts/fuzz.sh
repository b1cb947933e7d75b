#!/usr/bin/env bash
# Fuzzes the parsers of outside input with libFuzzer (clang 14).
# Usage: scripts/fuzz.sh [SECONDS]   (default 600)
# Seeds are the real files in tests/data; findings go to build-fuzz/findings.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-600}
"$root/scripts/install-deps.sh" --test
command -v clang++ >/dev/null || apt-get install -y -qq clang libclang-rt-14-dev >/dev/null
out="$root/build-fuzz"
mkdir -p "$out/corpus" "$out/findings"
cp "$root"/tests/data/cdr/*.csv "$out/corpus/"
clang++ -std=c++20 -O1 -g -fsanitize=fuzzer,address,undefined -I"$root" \
  "$root/tests/fuzz/fuzz_cdr_csv.cpp" "$root/core/import/csv_reader.cpp" \
  "$root/core/import/cdr_record.cpp" "$root/core/time/datetime.cpp" \
  -lfmt -ldate-tz -o "$out/fuzz_cdr_csv"
"$out/fuzz_cdr_csv" -max_total_time="$seconds" -max_len=8192 -timeout=10 \
  -artifact_prefix="$out/findings/" "$out/corpus"
