# kolmi admin user show: every field of one account, by login or id; one row
# per field in the row formats (table, TSV), one typed record in JSON/XML.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
kolmi admin user show demo --output table
kolmi admin user show 2
kolmi admin user show demo2 --output json
kolmi admin user show demo3 --output xml
kolmi admin user show demo --output tsv | awk -F'\t' '$1 == "balance" { print $2, $3 }'
kolmi admin user show ghost; echo "exit $?"
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi admin user show demo; echo "exit $?"
