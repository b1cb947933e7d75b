# The XLSX exports read back as a zip of XML (tests/golden/helpers/xlsx_vs_csv.py):
# typed cells (dates and durations numbers with date and [hh]:mm:ss formats,
# prices numbers with the currency's fixed decimals, texts strings), a frozen
# header, an auto-filter over the data, column widths, and every value equal
# to the CSV export of the same request. Headings follow the user's language.
# -o DIR/ gives MOR's names with .xlsx; the folder holds nothing else after.
export KOLMI_USER=demo KOLMI_PASSWORD=demo
check="$KOLMI_TEST_DATA/../golden/helpers/xlsx_vs_csv.py"
mkdir out
kolmi calls export --format csv --from 2026-11-01 --till 2026-11-28 --currency EUR -o calls.csv
kolmi calls export --format xlsx --from 2026-11-01 --till 2026-11-28 --currency EUR -o out/
ls -A out
python3 "$check" calls out/Calls-demo-2026-11-01-2026-11-28-EUR.xlsx calls.csv
kolmi rates export --format csv -o rates.csv
kolmi rates export --format xlsx | cat >rates.xlsx
python3 "$check" rates rates.xlsx rates.csv
# demo2 speaks Russian: Russian headings and sheet name, the same values.
export KOLMI_USER=demo2 KOLMI_PASSWORD=demo2
kolmi calls export --format csv --from 2026-11-20 -o calls2.csv
kolmi calls export --format xlsx --from 2026-11-20 -o calls2.xlsx
python3 "$check" calls calls2.xlsx calls2.csv
kolmi rates export --format csv -o rates2.csv
kolmi rates export --format xlsx -o rates2.xlsx
python3 "$check" rates rates2.xlsx rates2.csv
