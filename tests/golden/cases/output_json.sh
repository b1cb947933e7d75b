# Every page in --output json (long lists cut with head), as the demo user.
export KOLMI_USER=demo KOLMI_PASSWORD=demo
kolmi --output json calls --from 2026-11-27
kolmi --output json main
kolmi --output json details
kolmi --output json login-form
kolmi --output json new-calls | head -4
kolmi --output json missed-calls --from 2026-11-25
kolmi --output json stats --from 2026-11-24 --till 2026-11-26
kolmi --output json rates | head -6
kolmi --output json destinations $(kolmi rates --output tsv >/dev/null; sqlite3 "$KOLMI_DB" "SELECT MIN(destinationgroup_id) FROM rates") | head -6
kolmi --output json devices
kolmi --output json payments
kolmi --output json invoices
kolmi --output json subscriptions
kolmi --output json clis
kolmi --output json phonebook
kolmi --output json faxes --from 2026-01-01
