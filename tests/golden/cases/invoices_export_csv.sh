# kolmi invoices export: one of your invoices as CSV (MOR's invoice details:
# calls by destination group, then the subscriptions, then total, VAT and
# total with VAT), to stdout or into a folder; its calls lines are the
# month's outgoing calls, as the calls page sums them. Another user's
# invoice is not found exactly like a missing one (4); pdf and xlsx are not
# made yet (2).
export KOLMI_USER=demo KOLMI_PASSWORD=demo
kolmi invoices --output tsv | cut -f2-6,8-
kolmi invoices export 2 --format csv
mkdir out && kolmi invoices export 2 --format csv --separator tab --decimal , -o out/ && ls out && head -2 out/*.csv
kolmi calls --period 2026-08 --direction outgoing --summary --output tsv
kolmi invoices export 5 --format csv; echo "exit $?"
kolmi invoices export 999 --format csv; echo "exit $?"
kolmi invoices export 2 --format pdf -o out/; echo "exit $?"
kolmi invoices export 0 --format csv; echo "exit $?"
ls out
