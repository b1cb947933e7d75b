# kolmi admin report on the demo database: MOR's aggregate statistics by
# provider and destination group, by user in every output format, by day in
# a zone with daylight time and in another currency, by hour, filtered, the
# CSV and PDF exports, and bad input: an unknown --by word, user, provider
# or currency, -o without --format (exit 2), a user who is not an admin
# (exit 3).
export KOLMI_USER=admin KOLMI_PASSWORD=admin
kolmi admin report --by provider,group --output table
kolmi admin report --by user
kolmi admin report --by user --output json
kolmi admin report --by user --output xml
kolmi admin report --by day,user --from 2026-10-20 --till 2026-10-28 --tz Europe/Vilnius --currency EUR --user demo
kolmi admin report --by hour --period last-week --tz Asia/Kathmandu --output csv
kolmi admin report --by destination,provider --period this-month --dst '44*' --provider 1 --output table
kolmi admin report --by device --period 2026-11-27
kolmi admin report --by provider --format csv -o report.csv && cat report.csv
mkdir out && kolmi admin report --by provider,day --format pdf -o out/ && ls out
pdftotext -layout out/*.pdf - 2>/dev/null | grep -E 'Aggregate report|Grouped by|^ *Total' | sed 's/  */ /g'
kolmi admin report --by user,planet; echo "exit $?"
kolmi admin report --by user --user nobody; echo "exit $?"
kolmi admin report --by user --provider Nope; echo "exit $?"
kolmi admin report --by user --currency XYZ; echo "exit $?"
kolmi admin report --by user -o report2.csv; echo "exit $?"
kolmi admin report; echo "exit $?"
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi admin report --by user; echo "exit $?"
