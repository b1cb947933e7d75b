#!/usr/bin/env bash
# Installs the Debian 12 packages kolmi needs, only those still missing, so a
# second run is quick. Usage: scripts/install-deps.sh [--test]
#   --test  also the tools the test suite uses (Catch2, poppler, qpdf, python3,
#           python3-openpyxl to read the XLSX exports as a spreadsheet library does, zsh,
#           clang with libFuzzer for scripts/fuzz.sh; dpkg-dev, file and
#           man-db for the .deb check, scripts/package-check.sh; mariadb-server
#           and mariadb-client for the private test server,
#           scripts/mariadb-test-server.sh, which scripts/test.sh starts;
#           openssl for the certificates of the TLS test)
set -euo pipefail

# libhowardhinnant-date-dev: kolmi uses the header-only civil calendar
# (date/date.h), and the tests use its compiled tz library (libdate-tz) as the
# reference kolmi's own TZif reader is checked against on every zone; the
# kolmi binary no longer links libdate-tz (its first look-up stat'ed all of
# /usr/share/zoneinfo). tzdata: the zone files kolmi reads.
packages=(build-essential cmake ninja-build pkg-config
          libsqlite3-dev libcli11-dev libpugixml-dev libhpdf-dev libfmt-dev
          libsodium-dev libhowardhinnant-date-dev libmariadb-dev tzdata
          libfontconfig-dev fonts-dejavu-core zlib1g-dev sqlite3)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(catch2 poppler-utils qpdf python3 python3-openpyxl diffutils clang libclang-rt-14-dev
             zsh dpkg-dev file man-db  # zsh: tests/integration/completion.sh; the rest: scripts/package-check.sh
             mariadb-server mariadb-client openssl)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "Installing: ${missing[*]}" >&2
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
