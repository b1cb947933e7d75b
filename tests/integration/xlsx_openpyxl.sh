#!/usr/bin/env bash
# The XLSX exports opened by a spreadsheet library, not by kolmi's own
# reading of them: openpyxl (Debian's python3-openpyxl) loads the whole
# workbook, styles included, as a program that shows it would. Every cell's
# value and type equal the CSV export of the same request: dates are
# datetimes, durations are numbers shown as [hh]:mm:ss, prices are numbers
# with the currency's format, counts and minutes plain numbers, texts are
# strings; the header is frozen, the
# auto-filter covers every row and every column has a width.
source "$(dirname "$0")/lib.sh"
py=python3
python3 -c 'import openpyxl' 2>/dev/null || py=/usr/bin/python3
"$py" -c 'import openpyxl' 2>/dev/null || { echo "FAILED: python3-openpyxl is missing (scripts/install-deps.sh --test)"; exit 1; }
make_demo 3000
export KOLMI_USER=demo KOLMI_PASSWORD=demo
set_setting Login_Failure_Delay_Ms 0
kolmi calls export --format csv --from 2026-11-01 --till 2026-11-28 -o calls.csv
kolmi calls export --format xlsx --from 2026-11-01 --till 2026-11-28 -o calls.xlsx
kolmi rates export --format csv -o rates.csv
kolmi rates export --format xlsx -o rates.xlsx
kolmi invoices export 2 --format csv -o invoice.csv
kolmi invoices export 2 --format xlsx -o invoice.xlsx

cat >read.py <<'PY'
import csv, datetime, decimal, sys
import openpyxl
kind, xlsx_file, csv_file = sys.argv[1:4]
book = openpyxl.load_workbook(xlsx_file)  # everything, styles included
sheet = book.worksheets[0]
with open(csv_file, newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f, delimiter=";"))
assert sheet.freeze_panes == "A2", sheet.freeze_panes
width = len(rows[0])
last = openpyxl.utils.get_column_letter(width)
assert sheet.auto_filter.ref == "A1:%s%d" % (last, len(rows)), sheet.auto_filter.ref
for c in range(1, width + 1):
    assert sheet.column_dimensions[openpyxl.utils.get_column_letter(c)].width > 0
got = list(sheet.iter_rows(values_only=False))
assert len(got) == len(rows), (len(got), len(rows))
# The headings are the CSV's in words ("Called from" for Called_from).
headings = [c.value for c in got[0]]
if kind == "invoice":
    assert len(headings) == width and all(headings), headings
else:
    assert headings == [h.replace("_", " ") for h in rows[0]], headings
assert all(c.font.b for c in got[0]), "the header is not bold"
counts = {}
for n, (cells, want) in enumerate(zip(got[1:], rows[1:]), start=2):
    for c, w in zip(cells, want):
        v = c.value
        where = "%s%d" % (c.column_letter, n)
        if isinstance(v, datetime.datetime):
            assert v.strftime("%Y-%m-%d %H:%M:%S") == w, (where, v, w)
            kind_ = "date"
        elif isinstance(v, (datetime.timedelta, datetime.time)):
            secs = v.total_seconds() if isinstance(v, datetime.timedelta) else v.hour * 3600 + v.minute * 60 + v.second
            h, rest = divmod(round(secs), 3600)
            assert "%02d:%02d:%02d" % (h, rest // 60, rest % 60) == w, (where, v, w)
            assert c.number_format == "[hh]:mm:ss", (where, c.number_format)
            kind_ = "duration"
        elif isinstance(v, float) or isinstance(v, int):
            assert decimal.Decimal(repr(float(v))) == decimal.Decimal(w), (where, v, w)
            # Prices have the currency's fixed decimals; counts and minutes
            # (an invoice's) are General.
            assert c.number_format.startswith("#,##0.") or c.number_format == "General", (where, c.number_format)
            kind_ = "number"
        elif v is None:
            assert w == "", (where, w)
            kind_ = "empty"
        else:
            assert isinstance(v, str), (where, type(v))
            assert v == w or (w.startswith("'") and v == w[1:]), (where, v, w)
            kind_ = "text"
        counts[kind_] = counts.get(kind_, 0) + 1
print(sheet.title, len(rows) - 1, "rows", sorted(counts.items()))
PY
check "openpyxl reads the calls export as the CSV" "$py" read.py calls calls.xlsx calls.csv
check "openpyxl reads the rates export as the CSV" "$py" read.py rates rates.xlsx rates.csv
check "openpyxl reads an invoice export as the CSV" "$py" read.py invoice invoice.xlsx invoice.csv
finish
