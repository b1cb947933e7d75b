#!/usr/bin/env bash
# kolmi sample: every customer's exports of the previous month, for cron.
#
# For each account of type user or reseller that is not blocked (from
# `kolmi admin user list`), writes into a dated folder
# $KOLMI_EXPORT_DIR/YYYY-MM/:
#   Calls-<login>-<first day>-<last day>-<CUR>.csv and .pdf   the month's call list
#   Rates-Personal-<login>-<CUR>.csv and .pdf                 the personal rates
# Each export runs as that user (`kolmi --as ID`), in the user's own time
# zone, language and currency, with an admin's one-shot credentials.
#
# Schedule (crontab of the account that owns the export folder), at 03:15
# on the 1st of every month:
#   15 3 1 * *  /usr/share/doc/kolmi/samples/cron-monthly-exports.sh /etc/kolmi/exports.env
#
# The env file must be mode 0600 (or stricter) and holds KEY=VALUE lines
# (no quotes, no shell code; nothing else is read from it):
#   KOLMI_USER=admin                        an admin's login        (required)
#   KOLMI_PASSWORD=...                      and password            (required)
#   KOLMI_DB=/var/lib/kolmi/kolmi.db        the database            (default: kolmi's)
#   KOLMI_EXPORT_DIR=/var/lib/kolmi/exports where the month folders go (default: that)
#   KOLMI_BIN=/usr/bin/kolmi                the kolmi binary        (default: kolmi on PATH)
#   KOLMI_EXPORT_TYPES=user reseller        account types exported  (default: that)
# The credentials reach kolmi through its environment only, never on a
# command line (where `ps` would show them).
#
# Usage: cron-monthly-exports.sh ENV_FILE [YYYY-MM]
#   YYYY-MM: the month to export (default: the month before today; today
#   is KOLMI_NOW's date when that is set, as in kolmi's tests).
# Exit status: 0 when every export was written; 1 when any export failed
# (each failure is named on stderr, so cron mails it; the other users'
# exports are still written); 2 for a usage or setup problem.
set -euo pipefail

me=$(basename "$0")
die() {
  echo "$me: $*" >&2
  exit 2
}

(($# >= 1 && $# <= 2)) || die "usage: $me ENV_FILE [YYYY-MM]"
env_file=$1
[[ -f $env_file ]] || die "$env_file: no such file"
mode=$(stat -c '%a' "$env_file")
((8#$mode & 8#077)) && die "$env_file: mode $mode lets others read the password; chmod 600 it"

# KEY=VALUE lines, read as data (the file is never executed).
unset KOLMI_USER KOLMI_PASSWORD KOLMI_SESSION
KOLMI_EXPORT_DIR=/var/lib/kolmi/exports
KOLMI_BIN=kolmi
KOLMI_EXPORT_TYPES="user reseller"
line_no=0
while IFS= read -r line || [[ -n $line ]]; do
  line_no=$((line_no + 1))
  [[ $line =~ ^[[:space:]]*(#|$) ]] && continue
  key=${line%%=*}
  value=${line#*=}
  case $key in
    KOLMI_USER | KOLMI_PASSWORD | KOLMI_DB | KOLMI_EXPORT_DIR | KOLMI_BIN | KOLMI_EXPORT_TYPES)
      [[ $line == *=* ]] || die "$env_file:$line_no: expected KEY=VALUE"
      printf -v "$key" '%s' "$value"
      ;;
    *) die "$env_file:$line_no: unknown setting '$key'" ;;
  esac
done <"$env_file"
[[ -n ${KOLMI_USER:-} && -n ${KOLMI_PASSWORD:-} ]] || die "$env_file: KOLMI_USER and KOLMI_PASSWORD are required"
export KOLMI_USER KOLMI_PASSWORD
[[ -n ${KOLMI_DB:-} ]] && export KOLMI_DB
command -v "$KOLMI_BIN" >/dev/null || die "kolmi binary '$KOLMI_BIN' not found"

# The month: YYYY-MM, its first and last day.
if (($# == 2)); then
  month=$2
  [[ $month =~ ^[0-9]{4}-(0[1-9]|1[0-2])$ ]] || die "month '$month' is not YYYY-MM"
else
  today=$(date '+%F')
  [[ -n ${KOLMI_NOW:-} ]] && today=${KOLMI_NOW%% *}
  month=$(date -d "${today:0:7}-01 -1 month" '+%Y-%m')
fi
first="$month-01"
last=$(date -d "$first +1 month -1 day" '+%F')

out="$KOLMI_EXPORT_DIR/$month"
mkdir -p -m 0750 "$out"

# TSV with a header (id, login, type, name, currency, tariff, blocked):
# columns are found by their names, so new columns cannot shift them, and a
# tab never appears inside a value.
users=$("$KOLMI_BIN" admin user list --output tsv) || die "cannot list the users (is $KOLMI_USER an admin?)"
ids=$(awk -F'\t' -v types=" $KOLMI_EXPORT_TYPES " '
  NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
  index(types, " " $col["type"] " ") && $col["blocked"] == "no" { print $col["id"] " " $col["login"] }' \
  <<<"$users")

failed=0
exported=0
while read -r id login; do
  [[ -n $id ]] || continue
  for what in "calls csv" "calls pdf" "rates csv" "rates pdf"; do
    read -r page format <<<"$what"
    args=("$KOLMI_BIN" --as "$id" "$page" export --format "$format" -o "$out/")
    [[ $page == calls ]] && args+=(--from "$first" --till "$last")
    if "${args[@]}"; then
      exported=$((exported + 1))
    else
      echo "$me: user $id ($login): the $page ${format^^} export for $month failed (exit $?)" >&2
      failed=$((failed + 1))
    fi
  done
done <<<"$ids"

if ((failed > 0)); then
  echo "$me: $failed of $((failed + exported)) exports failed; the others are in $out" >&2
  exit 1
fi
