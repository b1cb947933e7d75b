#!/usr/bin/env bash
# Fuzzes the parsers of outside input with libFuzzer (clang 14): the CDR CSV
# parser (fuzz_cdr_csv), the rate deck parser (fuzz_rate_csv) and the TZif
# zone reader (fuzz_tzif), one after the other. The targets are built by
# CMake (-DKOLMI_FUZZ=ON, clang) in build-fuzz from the library sources the
# importer uses.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]   (default 300 s each, every target)
# Seeds are the real files in tests/data (the first byte of an input picks a
# variant, so seeds get one prepended); findings go to build-fuzz/findings.
# Each run ends with libFuzzer's figures (runs, corpus size) on stderr; a
# crash stops the script with the input saved under findings.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-300}
shift || true
targets=("$@")
((${#targets[@]} == 0)) && targets=(fuzz_cdr_csv fuzz_rate_csv fuzz_tzif)
for t in "${targets[@]}"; do
  case $t in
    fuzz_cdr_csv | fuzz_rate_csv | fuzz_tzif) ;;
    *) echo "unknown fuzz target: $t" >&2; exit 2 ;;
  esac
done
"$root/scripts/install-deps.sh" --test
out="$root/build-fuzz"
mkdir -p "$out/findings"
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [[ ! -f "$out/CMakeCache.txt" ]]; then
  cmake -S "$root" -B "$out" "${generator[@]}" "${launcher[@]}" -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=Debug -DKOLMI_FUZZ=ON -DKOLMI_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$out" --parallel "$(nproc)" --target "${targets[@]}"

seeds() {  # target corpus-dir
  case $1 in
    fuzz_cdr_csv) for f in "$root"/tests/data/cdr/*.csv; do cp "$f" "$2/"; done ;;
    fuzz_tzif)
      # Real zone files ('0' = TZif) and their footers ('1' = POSIX TZ string).
      for f in "$root"/tests/data/tzif/*; do
        b=$(basename "$f")
        { printf 0; cat "$f"; } >"$2/$b"
        { printf 1; tail -n 1 "$f" | tr -d '\n'; } >"$2/$b-footer"
      done ;;
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
  mkdir -p "$out/corpus-$t"
  seeds "$t" "$out/corpus-$t"
  "$out/tests/fuzz/$t" -max_total_time="$seconds" -max_len=8192 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$out/findings/$t-" "$out/corpus-$t"
done
