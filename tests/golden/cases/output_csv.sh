# Every page in --output csv (long lists cut with head), as the demo user.
export KOLMI_USER=demo KOLMI_PASSWORD=demo
kolmi --output csv calls --from 2026-11-27
kolmi --output csv new-calls | head -4
kolmi --output csv missed-calls --from 2026-11-25
kolmi --output csv stats --from 2026-11-24 --till 2026-11-26
kolmi --output csv rates | head -6
kolmi --output csv destinations $(kolmi rates --output tsv >/dev/null; sqlite3 "$KOLMI_DB" "SELECT MIN(destinationgroup_id) FROM rates") | head -6
kolmi --output csv devices
kolmi --output csv payments
kolmi --output csv invoices
kolmi --output csv subscriptions
kolmi --output csv clis
kolmi --output csv phonebook
kolmi --output csv faxes --from 2026-01-01
