# Import and rerate reports in the formats of the output contract: a
# person's table, JSON for a script; warnings stay on stderr.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
cp "$KOLMI_TEST_DATA/cdr/asterisk-18col-bugadm.csv" cdr.csv
kolmi admin import cdr cdr.csv --dry-run --output table
kolmi admin import cdr cdr.csv --output json
kolmi admin rerate --period 2026-11 --dry-run --output table
kolmi admin rerate --period 2026-11 --output csv
