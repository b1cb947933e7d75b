#!/usr/bin/env python3
"""Checks an export CSV against the page XML for the same request.

Usage: export_vs_page.py calls|rates PAGE.xml EXPORT.csv [SEPARATOR] [DECIMAL]

The CSV is read with Python's csv module (RFC 4180, as a spreadsheet or a
script would read it); numbers are read back with DECIMAL as the decimal
mark. Prints the row count and the totals of both sides, and exits 1 at the
first row that differs.
"""
import csv
import decimal
import sys
import xml.etree.ElementTree as ET

COLUMNS = {
    "calls": ("calls_stat/calls/call",
              ["date", "called_from", "called_to", "destination", "duration", "hangup_cause", "price"],
              ["Date", "Called_from", "Called_to", "Destination", "Duration", "Hangup_cause", "Price"],
              [6]),
    "rates": ("rates/rate", ["ratename", "ratetype", "ratecost", "rate_vat_cost"],
              ["Name", "Type", "Rate", "Rate_with_VAT"], [2, 3]),
}


def main():
    kind, page_file, csv_file = sys.argv[1:4]
    sep = sys.argv[4] if len(sys.argv) > 4 else ";"
    mark = sys.argv[5] if len(sys.argv) > 5 else "."
    path, elements, header, numeric = COLUMNS[kind]
    page = ET.parse(page_file).getroot()
    page_rows = [[node.findtext(e) or "" for e in elements] for node in page.findall(path)]
    with open(csv_file, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter=sep))
    if rows[0] != header:
        print(f"header differs: {rows[0]}")
        return 1
    rows = rows[1:]
    for row in rows:
        for i in numeric:
            if mark != ".":
                if "." in row[i]:
                    print(f"'.' in a number written with '{mark}': {row}")
                    return 1
                row[i] = row[i].replace(mark, ".")
    for n, (got, want) in enumerate(zip(rows, page_rows), start=1):
        if got != want:
            print(f"row {n} differs:\n  csv:  {got}\n  page: {want}")
            return 1
    if len(rows) != len(page_rows):
        print(f"csv has {len(rows)} rows, the page {len(page_rows)}")
        return 1
    print(f"rows: csv {len(rows)}, page {len(page_rows)}", end="")
    if kind == "calls":
        print(f", total_calls {page.findtext('total_calls')}")
    else:
        print()
    for i in numeric:
        total = lambda rs: sum((decimal.Decimal(r[i]) for r in rs if r[i]), decimal.Decimal(0))
        print(f"sum of {header[i]}: csv {total(rows)}, page {total(page_rows)}")
    print("every row equal")
    return 0


if __name__ == "__main__":
    sys.exit(main())
