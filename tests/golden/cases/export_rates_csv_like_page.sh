# The rates CSV read back with python3's csv module has the rates page's rows.
export KOLMI_USER=demo2 KOLMI_PASSWORD=demo2
check="$KOLMI_TEST_DATA/../golden/helpers/export_vs_page.py"
kolmi rates --currency USD >page.xml
kolmi rates export --format csv --currency USD -o rates.csv
python3 "$check" rates page.xml rates.csv
kolmi rates export --format csv --separator , --decimal . | head -4
