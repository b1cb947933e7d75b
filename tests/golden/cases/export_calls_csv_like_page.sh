# The calls CSV read back with python3's csv module has the calls page's rows
# for the same filters (count equal to total_calls, equal price sums), here
# with prices in EUR and a decimal comma.
export KOLMI_USER=demo KOLMI_PASSWORD=demo
check="$KOLMI_TEST_DATA/../golden/helpers/export_vs_page.py"
kolmi calls --from 2026-11-01 --till 2026-11-28 --currency EUR >page.xml
kolmi calls export --format csv --from 2026-11-01 --till 2026-11-28 --currency EUR --decimal , -o calls.csv
python3 "$check" calls page.xml calls.csv ';' ','
kolmi calls --from 2026-09-01 --direction incoming --status answered >page2.xml
kolmi calls export --format csv --separator tab --from 2026-09-01 --direction incoming --status answered >calls2.csv
python3 "$check" calls page2.xml calls2.csv "$(printf '\t')" .
