#!/usr/bin/env python3
"""Checks an XLSX export against the CSV export of the same request.

Usage: xlsx_vs_csv.py calls|rates|invoice EXPORT.xlsx EXPORT.csv

The workbook is read as what it is, a zip of XML parts (zipfile and
xml.etree, no spreadsheet library): the first sheet's cells, their types
(t attribute) and styles (xl/styles.xml number formats). Checks, exiting 1
at the first failure:
  - the header row is text and has as many columns as the CSV;
  - the header row is frozen (a pane split below row 1) and an auto-filter
    covers the header and every data row; every column has a width;
  - dates are numbers with a date format, durations numbers with [hh]:mm:ss,
    prices numbers with a fixed-decimals format (no t attribute), counts
    and minutes numbers in the General format, every other cell an inline
    or shared string, never a formula (<f>);
  - each value equals the CSV's: dates and durations converted back to
    'YYYY-MM-DD HH:MM:SS' and HH:MM:SS, prices as exact decimals, texts
    (the CSV's formula guard, a leading "'", aside); a price is the double a
    spreadsheet reads from the cell, shown with 15 significant digits.
Prints the sheet name, the header, the row count, the number formats and the
exact price totals of both sides.
"""
import csv
import datetime
import decimal
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "rel": "http://schemas.openxmlformats.org/package/2006/relationships"}
KINDS = {"calls": ["date", "text", "text", "text", "duration", "text", "money"],
         "rates": ["text", "text", "money", "money"],
         "invoice": ["text", "date", "date", "text", "text", "number", "number", "money", "text"]}
# The built-in number formats a date style could use, besides custom ones.
BUILTIN = {0: "General", 14: "m/d/yyyy", 22: "m/d/yyyy h:mm"}


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def col_index(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def text_of(cell, shared):
    t = cell.get("t")
    if t == "inlineStr":
        return "".join(x.text or "" for x in cell.iter("{%s}t" % NS["m"]))
    if t == "s":
        return shared[int(cell.find("m:v", NS).text)]
    return None


def main():
    kind, xlsx_file, csv_file = sys.argv[1:4]
    kinds = KINDS[kind]
    z = zipfile.ZipFile(xlsx_file)
    if z.testzip() is not None:
        fail("a zip member is corrupt")
    book = ET.fromstring(z.read("xl/workbook.xml"))
    first = book.find("m:sheets/m:sheet", NS)
    rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    target = {r.get("Id"): r.get("Target") for r in rels}[first.get("{%s}id" % NS["r"])]
    sheet = ET.fromstring(z.read("xl/" + target.lstrip("/").removeprefix("xl/")))
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        sst = ET.fromstring(z.read("xl/sharedStrings.xml"))
        shared = ["".join(x.text or "" for x in si.iter("{%s}t" % NS["m"])) for si in sst]
    styles = ET.fromstring(z.read("xl/styles.xml"))
    formats = dict(BUILTIN)
    for nf in styles.findall("m:numFmts/m:numFmt", NS):
        formats[int(nf.get("numFmtId"))] = nf.get("formatCode")
    xf_format = [formats.get(int(xf.get("numFmtId", "0")), "?") for xf in styles.findall("m:cellXfs/m:xf", NS)]

    with open(csv_file, newline="", encoding="utf-8") as f:
        csv_rows = list(csv.reader(f, delimiter=";"))
    csv_header, csv_data = csv_rows[0], csv_rows[1:]
    if len(csv_header) != len(kinds):
        fail("the CSV has %d columns" % len(csv_header))

    rows = sheet.findall("m:sheetData/m:row", NS)
    if not rows:
        fail("no rows")
    header = [None] * len(kinds)
    for c in rows[0]:
        header[col_index(c.get("r"))] = text_of(c, shared)
    if None in header:
        fail("a header cell is not text: %r" % header)
    print("sheet: %s" % first.get("name"))
    print("header: %s" % " | ".join(header))

    pane = sheet.find("m:sheetViews/m:sheetView/m:pane", NS)
    if pane is None or pane.get("state") != "frozen" or pane.get("ySplit") != "1" or pane.get("topLeftCell") != "A2":
        fail("the header row is not frozen: %r" % (pane.attrib if pane is not None else None))
    last_col = chr(ord("A") + len(kinds) - 1)
    want_filter = "A1:%s%d" % (last_col, len(rows))
    autofilter = sheet.find("m:autoFilter", NS)
    if autofilter is None or autofilter.get("ref") != want_filter:
        fail("auto-filter %r, expected %s" % (autofilter.attrib if autofilter is not None else None, want_filter))
    widths = {}
    for col in sheet.findall("m:cols/m:col", NS):
        for i in range(int(col.get("min")), int(col.get("max")) + 1):
            widths[i - 1] = float(col.get("width"))
    if sorted(widths) != list(range(len(kinds))) or min(widths.values()) <= 0:
        fail("column widths %r" % widths)
    print("frozen header, auto-filter %s, widths %s" % (want_filter, " ".join("%g" % widths[i] for i in sorted(widths))))

    if len(rows) - 1 != len(csv_data):
        fail("%d data rows, the CSV has %d" % (len(rows) - 1, len(csv_data)))
    epoch = datetime.datetime(1899, 12, 30)
    used = {}
    totals = [decimal.Decimal(0), decimal.Decimal(0)]
    for n, (row, want) in enumerate(zip(rows[1:], csv_data), start=2):
        if int(row.get("r")) != n:
            fail("row %s where %d was expected" % (row.get("r"), n))
        cells = {col_index(c.get("r")): c for c in row}
        for i, k in enumerate(kinds):
            c = cells.get(i)
            expected = want[i]
            where = "row %d column %d" % (n, i + 1)
            if c is not None and c.find("m:f", NS) is not None:
                fail(where + ": a formula")
            if k == "text":
                got = text_of(c, shared) if c is not None else ""
                if got is None:
                    fail(where + ": not a string cell")
                if got != expected and not (expected.startswith("'") and got == expected[1:]):
                    fail("%s: %r, the CSV has %r" % (where, got, expected))
                used["text"] = used.get("text", 0) + 1
                continue
            if k in ("money", "number") and expected == "":
                if c is not None and (c.find("m:v", NS) is not None or text_of(c, shared)):
                    fail(where + ": a value where the CSV has none")
                continue
            if c is None or c.get("t") not in (None, "n"):
                fail("%s: not a number cell (%r)" % (where, None if c is None else c.attrib))
            v = c.find("m:v", NS).text
            fmt = xf_format[int(c.get("s", "0"))]
            if k == "date":
                if "yy" not in fmt or "ss" not in fmt:
                    fail("%s: format %r is not a date-time" % (where, fmt))
                t = epoch + datetime.timedelta(seconds=round(float(v) * 86400))
                got = t.strftime("%Y-%m-%d %H:%M:%S")
            elif k == "duration":
                if fmt != "[hh]:mm:ss":
                    fail("%s: format %r is not a duration" % (where, fmt))
                s = round(float(v) * 86400)
                got = "%02d:%02d:%02d" % (s // 3600, s // 60 % 60, s % 60)
            elif k == "number":
                if fmt != "General":
                    fail("%s: format %r is not General" % (where, fmt))
                if decimal.Decimal(format(float(v), ".15g")) != decimal.Decimal(expected):
                    fail("%s: %s, the CSV has %s" % (where, v, expected))
                got = expected
            else:
                if not re.fullmatch(r'#,##0\.0+( "[A-Z]+")?', fmt):
                    fail("%s: format %r is not money with fixed decimals" % (where, fmt))
                # What a spreadsheet holds (the double nearest to the text)
                # and shows (15 significant digits).
                got_d, want_d = decimal.Decimal(format(float(v), ".15g")), decimal.Decimal(expected)
                if got_d != want_d:
                    fail("%s: %s, the CSV has %s" % (where, v, expected))
                totals[0] += got_d
                totals[1] += want_d
                got = expected
            if got != expected:
                fail("%s: %s, the CSV has %s" % (where, got, expected))
            used[fmt] = used.get(fmt, 0) + 1
    print("rows: %d, like the CSV" % (len(rows) - 1))
    for key in sorted(used):
        print("  %s cells: %d" % (key, used[key]))
    print("price total: xlsx %s, csv %s" % (totals[0], totals[1]))


if __name__ == "__main__":
    main()
