#!/usr/bin/env bash
# Issue 16 item 4: `kolmi stats export --format pdf|svg|csv`. The real
# binary on the demo database: the CSV holds the stats page's by-date
# numbers; the SVG, parsed as XML, has one bar per day and series in date
# order with heights proportional to those numbers, the ASR dots and the
# legend; the PDF passes qpdf --check and pdftotext finds its labels. Page 1
# of each PDF is rendered to PNG under the build folder (artefacts/) for a
# person to look at. A period without calls, a year of days, Russian, -o
# DIR/, and failures that leave no file. With the MariaDB test server, the
# same demo there gives the same bytes.
source "$(dirname "$0")/lib.sh"
command -v python3 >/dev/null || skip "python3 is not installed"
for tool in pdftotext qpdf pdftoppm; do command -v $tool >/dev/null || skip "$tool is not installed"; done
artefacts=${KOLMI_ARTEFACTS:-$(dirname "$kolmi_bin")/../artefacts}
mkdir -p "$artefacts"
make_demo 3000
export KOLMI_USER=demo KOLMI_PASSWORD=demo
set_setting Login_Failure_Delay_Ms 0
qpdf_ok() { qpdf --check "$1" >/dev/null 2>&1; }
png() { pdftoppm -r 100 -png -singlefile "$1" "$artefacts/$2" 2>/dev/null; }  # PDF NAME: its page 1 as NAME.png

# The stats page's rows against the export's CSV and SVG (python3, stdlib).
compare() {  # PAGE_CSV EXPORT_CSV SVG
  python3 - "$@" <<'PY'
import csv, sys, xml.etree.ElementTree as ET
page_csv, export_csv, svg = sys.argv[1:4]
page = list(csv.DictReader(open(page_csv, newline='')))
rows = list(csv.DictReader(open(export_csv, newline=''), delimiter=';'))
def fail(msg):
    print("mismatch:", msg); sys.exit(1)
# The CSV: the page's rows, oldest first, same numbers.
if [r['date'] for r in rows] != sorted(r['date'] for r in page): fail("dates")
by_date = {r['date']: r for r in page}
for r in rows:
    p = by_date[r['date']]
    for k in ('calls_count', 'answered', 'duration', 'billsec', 'avg_time', 'calls_normative'):
        if r[k] != p[k]: fail(f"{r['date']} {k}: {r[k]} != {p[k]}")
# The SVG: one bar per day and series, in date order, values from the page,
# heights proportional to the values (within the two decimals written).
ns = {'s': 'http://www.w3.org/2000/svg'}
root = ET.parse(svg).getroot()
def shapes(tag, cls): return [e for e in root.iter('{http://www.w3.org/2000/svg}' + tag) if e.get('class') == cls]
for series, column, number in (('calls', 'calls_count', int), ('minutes', 'billsec', lambda s: int(s) / 60)):
    bars = shapes('rect', 'bar ' + series)
    if [b.get('data-date') for b in bars] != [r['date'] for r in rows]: fail(series + " bar dates")
    values = [number(r[column]) for r in rows]
    shown = [b.get('data-value') for b in bars]
    expected = [r['calls_count'] if series == 'calls' else r['duration'] for r in rows]
    if shown != expected: fail(series + " bar values")
    xs = [float(b.get('x')) for b in bars]
    if xs != sorted(xs) or len(set(xs)) != len(xs): fail(series + " bars not left to right")
    top = max(values)
    tallest = max(float(b.get('height')) for b in bars)
    for b, v in zip(bars, values):
        if abs(float(b.get('height')) - tallest * v / top) > 0.02: fail(f"{series} {b.get('data-date')} height")
dots = shapes('circle', 'dot asr')
if [d.get('data-value') for d in dots] != [r['calls_normative'] for r in rows if r['calls_count'] != '0']:
    fail("ASR dots")
legend = [t.text for t in root.iter('{http://www.w3.org/2000/svg}text') if t.get('class') == 'legend']
if legend != ['Calls', 'Minutes', 'ASR, %']: fail(f"legend {legend}")
print(f"{len(rows)} days, {sum(int(r['calls_count']) for r in rows)} calls")
PY
}

kolmi --output csv stats --period 2026-11 >page.csv
kolmi stats export --format csv --period 2026-11 -o month.csv
kolmi stats export --format svg --period 2026-11 -o month.svg
check "the CSV and the SVG show the stats page's numbers" compare page.csv month.csv month.svg
kolmi stats export --format pdf --period 2026-11 -o month.pdf
check "the PDF passes qpdf --check" qpdf_ok month.pdf
pdftotext -q -enc UTF-8 month.pdf month.txt 2>/dev/null
for label in "Detailed statistics" "Calls per day" "Minutes per day" "ASR, %" "Calls" "Minutes" \
  "Period: 2026-11-01" "11-01" "11-27"; do
  check "the PDF shows '$label'" grep -qF -- "$label" month.txt
done
check "the PDF is one A4 landscape page" bash -c "pdfinfo month.pdf | grep -q '841.89 x 595.276 pts (A4)'"
png month.pdf stats-chart-month
check "page 1 rendered to PNG" test -s "$artefacts/stats-chart-month.png"

# A year of days: 365 bars per series, labels thinned.
kolmi --output csv stats --from 2025-11-29 --till 2026-11-28 >year-page.csv
kolmi stats export --format csv --from 2025-11-29 --till 2026-11-28 -o year.csv
kolmi stats export --format svg --from 2025-11-29 --till 2026-11-28 -o year.svg
check "a year: the same numbers" compare year-page.csv year.csv year.svg
check "a year: 365 calls bars" test "$(grep -c 'class="bar calls"' year.svg)" -eq 365
check "a year: a date label every 28 days" test "$(grep -c 'class="date"' year.svg)" -eq 14
kolmi stats export --format pdf --from 2025-11-29 --till 2026-11-28 -o year.pdf
check "a year: qpdf --check" qpdf_ok year.pdf
png year.pdf stats-chart-year

# No calls, in Russian: axes and the note, nothing to crash on.
kolmi --lang ru stats export --format pdf --period 2027-01 -o empty-ru.pdf
check "a period without calls: a PDF" qpdf_ok empty-ru.pdf
pdftotext -q -enc UTF-8 empty-ru.pdf empty-ru.txt 2>/dev/null
for label in "Подробная статистика" "Звонки по дням" "Минуты по дням" "За этот период звонков нет"; do
  check "the empty Russian PDF shows '$label'" grep -qF -- "$label" empty-ru.txt
done
png empty-ru.pdf stats-chart-empty-ru
kolmi --lang ru stats export --format pdf --period 2026-11 -o month-ru.pdf
png month-ru.pdf stats-chart-month-ru
kolmi stats export --format svg --period 2027-01 -o empty.svg
check "a period without calls: a well-formed SVG without bars" \
  python3 -c "import sys, xml.etree.ElementTree as E; r = E.parse('empty.svg').getroot(); sys.exit(any(e.get('class') == 'bar calls' for e in r.iter()))"

# -o DIR/: the default name; failures leave nothing.
mkdir out
kolmi stats export --format pdf --period 2026-11 -o out/
check "-o DIR/ names the file Stats-<login>-<first>-<last>.pdf" test -s out/Stats-demo-2026-11-01-2026-11-30.pdf
mkdir fail
kolmi stats export --format pdf --period 2026-11 --font "$tmp/no-such-font.ttf" -o fail/x.pdf 2>err.txt
check "a missing font is exit 5" test $? -eq 5
kolmi stats export --format svg --period 2026-13 -o fail/x.svg 2>>err.txt
check "a bad period is exit 2" test $? -eq 2
check "and nothing is left behind" test -z "$(ls -A fail)"
kolmi stats export --format pdf --period 2026-11 </dev/null >/dev/null
check "a PDF to stdout when it is not a terminal" test $? -eq 0

# The same demo on MariaDB gives the same bytes.
need_mariadb_server "the SQLite checks passed"
db="kolmi_chart_$$"
sql() { "$client" --no-defaults --socket="$sock" -u "$(id -un)" -N -B "$@"; }
sql -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db"
trap 'sql -e "DROP DATABASE IF EXISTS $db" || true; [[ -n "${KOLMI_IT_KEEP:-}" ]] || rm -rf "$tmp"' EXIT
url="mariadb:///$db?socket=$sock"
kolmi --db "$url" demo --seed 42 --calls 3000 --users 2 >/dev/null
for f in csv svg; do
  kolmi --db "$url" stats export --format $f --period 2026-11 -o mariadb.$f
  check "MariaDB: the same $f" cmp -s month.$f mariadb.$f
done
kolmi --db "$url" stats export --format pdf --period 2026-11 -o mariadb.pdf
check "MariaDB: the same PDF text" cmp -s month.txt <(pdftotext -q -enc UTF-8 mariadb.pdf - 2>/dev/null)
finish
