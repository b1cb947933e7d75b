#!/usr/bin/env bash
# Issue 15 item 3: `kolmi admin report` against an independent
# recomputation (report_recompute.py: every call read one by one, local
# days and hours from Python's zoneinfo, the figures from their
# definitions) on the demo database: every cell and the order of the lines
# of several reports (by provider, destination and day in Vilnius across
# the end of summer time, by user, by hour in a zone 5:45 ahead, by group
# and device in another currency, filtered), compared as whole TSV files.
source "$(dirname "$0")/lib.sh"
command -v python3 >/dev/null || skip "python3 is not installed"
python3 -c 'import zoneinfo; zoneinfo.ZoneInfo("Europe/Vilnius")' 2>/dev/null || skip "python3 has no zoneinfo data"
make_demo 3000
export KOLMI_USER=admin KOLMI_PASSWORD=admin
set_setting Login_Failure_Delay_Ms 0

# BY FIRST_DAY LAST_DAY ZONE [python options...] -- [kolmi options...]
same_report() {
  local by=$1 first=$2 last=$3 zone=$4 py=() ko=()
  shift 4
  while [[ $# -gt 0 && $1 != -- ]]; do py+=("$1"); shift; done
  [[ $# -gt 0 ]] && shift
  ko=("$@")
  python3 "$here/report_recompute.py" "$KOLMI_DB" expected.tsv "$by" "$first" "$last" "$zone" "${py[@]}" || return 1
  kolmi admin report --by "$by" --from "$first" --till "$last" --tz "$zone" "${ko[@]}" --output tsv >actual.tsv || return 1
  if ! cmp -s expected.tsv actual.tsv; then
    diff expected.tsv actual.tsv | head -20
    return 1
  fi
  echo "  $(($(wc -l <actual.tsv) - 2)) groups, every cell the same"
}

check "by provider,destination,day in Vilnius across the end of summer time" \
  same_report provider,destination,day 2026-09-01 2026-11-28 Europe/Vilnius
check "by user (UTC)" same_report user 2026-08-01 2026-11-30 UTC
check "by user,hour in Kathmandu (5:45 ahead)" same_report hour,user 2026-10-01 2026-11-28 Asia/Kathmandu
check "by group,device in EUR (New York)" \
  same_report group,device 2026-09-15 2026-11-28 America/New_York --currency EUR -- --currency EUR
check "by day for one user, to 44*, one provider" \
  same_report day,destination 2026-09-01 2026-11-28 Europe/Vilnius --user demo3 --dst 44 --provider 1 -- \
  --user demo3 --dst 44 --provider 1
check "every dimension at once" \
  same_report hour,day,group,destination,provider,device,user 2026-11-01 2026-11-28 Europe/Vilnius

# The comparison is sharp enough to see the zone: the recomputation in UTC
# is not kolmi's report in Vilnius (days move by the offset).
python3 "$here/report_recompute.py" "$KOLMI_DB" utc.tsv provider,destination,day 2026-09-01 2026-11-28 UTC >/dev/null
kolmi admin report --by provider,destination,day --from 2026-09-01 --till 2026-11-28 --tz Europe/Vilnius \
  --output tsv >vilnius.tsv
check "a report in another zone is not the same" bash -c '! cmp -s utc.tsv vilnius.tsv'
finish
