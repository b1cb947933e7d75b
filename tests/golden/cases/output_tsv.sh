# Every page in --output tsv (long lists cut with head), as the demo user.
export KOLMI_USER=demo KOLMI_PASSWORD=demo
kolmi --output tsv calls --from 2026-11-27
kolmi --output tsv new-calls | head -4
kolmi --output tsv missed-calls --from 2026-11-25
kolmi --output tsv stats --from 2026-11-24 --till 2026-11-26
kolmi --output tsv rates | head -6
kolmi --output tsv destinations $(kolmi rates --output tsv >/dev/null; sqlite3 "$KOLMI_DB" "SELECT MIN(destinationgroup_id) FROM rates") | head -6
kolmi --output tsv devices
kolmi --output tsv payments
kolmi --output tsv invoices
kolmi --output tsv subscriptions
kolmi --output tsv clis
kolmi --output tsv phonebook
kolmi --output tsv faxes --from 2026-01-01
