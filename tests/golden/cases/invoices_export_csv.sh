# kolmi invoices export: one of your invoices as CSV (MOR's invoice details:
# calls by destination group, then the subscriptions, then total, VAT and
# total with VAT), to stdout or into a folder; its calls lines are the
# month's outgoing calls, as the calls page sums them. Another user's
# invoice is not found exactly like a missing one (4); an option of another
# format is refused (2). PDF and XLSX: invoices_export_documents.
export KOLMI_USER=demo KOLMI_PASSWORD=demo
kolmi invoices --output tsv | cut -f2-6,8-
kolmi invoices export 2 --format csv
mkdir out && kolmi invoices export 2 --format csv --separator tab --decimal , -o out/ && ls out && head -2 out/*.csv
kolmi calls --period 2026-08 --direction outgoing --summary --output tsv
kolmi invoices export 5 --format csv; echo "exit $?"
kolmi invoices export 999 --format csv; echo "exit $?"
kolmi invoices export 2 --format pdf --separator , -o out/; echo "exit $?"
kolmi invoices export 0 --format csv; echo "exit $?"
ls out
