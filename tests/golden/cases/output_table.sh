# Every page in --output table (long lists cut with head), as the demo user.
export KOLMI_USER=demo KOLMI_PASSWORD=demo
kolmi --output table calls --from 2026-11-27
kolmi --output table new-calls | head -4
kolmi --output table missed-calls --from 2026-11-25
kolmi --output table stats --from 2026-11-24 --till 2026-11-26
kolmi --output table rates | head -6
kolmi --output table destinations $(kolmi rates --output tsv >/dev/null; sqlite3 "$KOLMI_DB" "SELECT MIN(destinationgroup_id) FROM rates") | head -6
kolmi --output table devices
kolmi --output table payments
kolmi --output table invoices
kolmi --output table subscriptions
kolmi --output table clis
kolmi --output table phonebook
kolmi --output table faxes --from 2026-01-01
