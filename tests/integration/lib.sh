# Shared by the integration scripts: the real kolmi binary against a fresh
# demo database in a scratch folder, with real concurrent processes, signals,
# special files and mounts. Each script is one ctest test; exit 77 = skipped
# (the reason is printed), any failed check exits 1 naming it.
set -uo pipefail
kolmi_bin=$(realpath "$1")
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
data="$here/../data"
tmp=$(mktemp -d /tmp/kolmi-it-XXXXXX)
trap '[[ -n "${KOLMI_IT_KEEP:-}" ]] || rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
export HOME="$tmp/home" KOLMI_DB="$tmp/kolmi.db" KOLMI_SESSION="$tmp/session"
export KOLMI_NOW="2026-11-28 09:30:00" TZ=UTC LC_ALL=C.UTF-8
unset KOLMI_USER KOLMI_PASSWORD XDG_DATA_HOME XDG_STATE_HOME
mkdir -p "$HOME"
failures=0

kolmi() { "$kolmi_bin" "$@"; }
check() {  # DESCRIPTION COMMAND...: the command must succeed
  local what=$1
  shift
  if "$@"; then echo "ok: $what"; else echo "FAILED: $what"; failures=$((failures + 1)); fi
}
skip() { echo "SKIPPED: $*"; exit 77; }
finish() {
  if ((failures > 0)); then echo "$failures check(s) failed"; exit 1; fi
  echo "all checks passed"
}
# Something the MariaDB tests need is missing (WHAT): skipped, or failed
# when they are required (KOLMI_TEST_MARIADB_REQUIRED=1).
missing() {  # WHAT
  [[ "${KOLMI_TEST_MARIADB_REQUIRED:-}" == 1 ]] && {
    echo "FAILED: KOLMI_TEST_MARIADB_REQUIRED=1 but $1 (scripts/install-deps.sh --test)"
    exit 1
  }
  skip "$1"
}
# The MariaDB test server (scripts/mariadb-test-server.sh) for the scripts
# that need one: sets `sock` (its socket) and `client` (the mariadb client).
# Without it the script is skipped, after checks so far passed ("$1" says
# which), or fails when KOLMI_TEST_MARIADB_REQUIRED=1.
need_mariadb_server() {  # [WHAT PASSED SO FAR]
  sock=${KOLMI_TEST_MARIADB_SOCKET:-}
  if [[ -z "$sock" ]]; then
    if [[ "${KOLMI_TEST_MARIADB_REQUIRED:-}" == 1 ]]; then
      echo "FAILED: KOLMI_TEST_MARIADB_REQUIRED=1 but no KOLMI_TEST_MARIADB_SOCKET: the test server did not start"
      exit 1
    fi
    finish
    skip "no MariaDB test server (KOLMI_TEST_MARIADB_SOCKET)${1:+; $1}"
  fi
  client=$(command -v mariadb || command -v mysql)
}
make_demo() { kolmi demo --seed 42 --calls "${1:-3000}" --users 2 --force >/dev/null; }
set_setting() {  # NAME VALUE
  sqlite3 "$KOLMI_DB" "INSERT INTO conflines (name, value) VALUES ('$1', '$2')
                       ON CONFLICT (name, owner_id) DO UPDATE SET value = excluded.value"
}
# An Asterisk cdr_csv (18 columns) file of N answered calls by the demo
# user's device SIP/101 on 2026-11-DAY, uniqueids starting at FIRST.
cdr_file() {  # FILE N FIRST [DAY]
  awk -v n="$2" -v first="$3" -v day="${4:-27}" 'BEGIN {
    for (i = 0; i < n; i++) {
      s = (first + i) % 86400; t = sprintf("2026-11-%02d %02d:%02d:%02d", day, s / 3600, (s / 60) % 60, s % 60)
      printf "\"\",\"101\",\"4420%07d\",\"out\",\"\",\"SIP/101-%08x\",\"\",\"Dial\",\"\",\"%s\",\"%s\",\"%s\",60,50,\"ANSWERED\",\"DOCUMENTATION\",\"it-%d\",\"\"\n", i, first + i, t, t, t, first + i
    }
  }' >"$1"
}
# For the scripts whose checks run on both back-ends (pdf_documents,
# invoice_documents). `two_backends NAME`: the test server's socket, if any
# (`sock`), its client and the server database kolmi_NAME_PID, dropped at
# exit with $tmp. `fresh_backend BACKEND`: into the folder $tmp/BACKEND, with
# KOLMI_DB a fresh database of BACKEND (an SQLite file, or the server
# database made anew) holding the demo (seed 42, 3000 calls, no login delay).
# `query BACKEND SQL`: the rows, from BACKEND's own client. `admin_set NAME
# VALUE`: a setting through kolmi admin config set, on either back-end.
# `set_issuer`: every issuer setting a document's letterhead has, and the
# PNG logo (copied into the current folder as logo.png).
two_backends() {  # NAME
  sock=${KOLMI_TEST_MARIADB_SOCKET:-}
  client=$(command -v mariadb || command -v mysql)
  server_db="kolmi_${1}_$$"
  trap '[[ -z "$sock" ]] || msql -e "DROP DATABASE IF EXISTS $server_db" || true
        [[ -n "${KOLMI_IT_KEEP:-}" ]] || rm -rf "$tmp"' EXIT
}
msql() { "$client" --no-defaults --socket="$sock" -u "$(id -un)" -N -B "$@"; }
admin_set() { KOLMI_USER=admin KOLMI_PASSWORD=admin kolmi admin config set "$1" "$2" >/dev/null; }
fresh_backend() {  # BACKEND
  mkdir -p "$tmp/$1" && cd "$tmp/$1" || return 1
  if [[ $1 == sqlite ]]; then
    export KOLMI_DB="$tmp/$1/kolmi.db"
  else
    msql -e "DROP DATABASE IF EXISTS $server_db; CREATE DATABASE $server_db"
    export KOLMI_DB="mariadb:///$server_db?socket=$sock"
  fi
  make_demo 3000
  admin_set Login_Failure_Delay_Ms 0
}
query() {  # BACKEND SQL
  if [[ $1 == sqlite ]]; then sqlite3 "$KOLMI_DB" "$2"; else msql -D "$server_db" -e "$2"; fi
}
set_issuer() {
  admin_set Company "Kolmi Telecom UAB"
  admin_set Company_Address1 "Gedimino pr. 1"
  admin_set Company_Address2 "LT-01103 Vilnius, Lithuania"
  admin_set Company_VAT_Number "LT100001234567"
  admin_set Company_Email "billing@kolmi.example"
  cp "$data/logo/logo.png" logo.png
  admin_set Company_Logo "$PWD/logo.png"
}
