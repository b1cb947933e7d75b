# kolmi invoices export --format pdf|xlsx (issue 16 item 3): the PDF read
# back (letterhead facts, summary, the lines by destination group, the
# invoice row's own total, VAT and total with VAT: compare with the CSV's
# total rows and `kolmi invoices`), its metadata, and the Russian user's
# decimal comma; the XLSX checked cell by cell against the CSV
# (tests/golden/helpers/xlsx_vs_csv.py: typed cells, frozen header,
# auto-filter, widths). Another user's invoice is exit 4 before any file is
# made; options of another format are exit 2.
export KOLMI_USER=demo KOLMI_PASSWORD=demo
check="$KOLMI_TEST_DATA/../golden/helpers/xlsx_vs_csv.py"
mkdir out
kolmi invoices export 2 --format pdf -o out/
kolmi invoices export 2 --format xlsx -o out/
kolmi invoices export 2 -o out/
ls out
tail -3 out/Invoice-INV000102.csv
pdftotext -q -layout out/Invoice-INV000102.pdf - | grep -E "Invoice|Period|Time zone|Currency|Calls|Talk time|VAT|rounded|United|Virtual|Page" | sed 's/  */ /g'
pdfinfo out/Invoice-INV000102.pdf | grep -E "^(Title|Author|Subject|Creator|Pages):" | sed 's/  */ /g'
python3 "$check" invoice out/Invoice-INV000102.xlsx out/Invoice-INV000102.csv
mkdir none
kolmi invoices export 5 --format pdf -o none/; echo "exit $?"
kolmi invoices export 5 --format xlsx -o none/; echo "exit $?"
kolmi invoices export 2 --format xlsx --bom -o none/; echo "exit $?"
kolmi invoices export 2 --format csv --strict -o none/; echo "exit $?"
ls none | wc -l
# demo2 reads Russian: words, month names and a decimal comma.
export KOLMI_USER=demo2 KOLMI_PASSWORD=demo2
kolmi invoices export 8 --format pdf -o ru.pdf
pdftotext -q -layout ru.pdf - | grep -E "Счёт|Итого|НДС" | sed 's/  */ /g'
