#!/usr/bin/env bash
# Issue 16 item 1: the calls and rates PDFs read back as a customer gets
# them. pdftotext finds the letterhead, the summary (calls, answered, talk
# time, totals and VAT equal to `kolmi calls --summary`'s exact sums) and
# the footer; `pdftotext -bbox` proves the money of a column shares one
# decimal-mark x and that no text runs into the next cell; qpdf --check;
# pdfinfo's metadata; the Russian decimal mark; the logo (PNG and JPEG)
# accepted, a wrong or too large file refused before any file is made; and
# --strict. Page 1 of each document is rendered to PNG under
# $KOLMI_ARTEFACTS (build/artefacts) for a person to look at.
# On SQLite always, then on the MariaDB test server when
# KOLMI_TEST_MARIADB_SOCKET names it (KOLMI_TEST_MARIADB_REQUIRED=1: its
# absence fails): the calls PDF reads the calls twice (the summary, then the
# list), closing its cursor in between, which MariaDB's streaming needs.
source "$(dirname "$0")/lib.sh"
for tool in pdftotext pdfinfo pdftoppm pdfimages qpdf sqlite3 python3; do
  command -v "$tool" >/dev/null || skip "$tool is not installed"
done
artefacts=${KOLMI_ARTEFACTS:-$tmp/artefacts}
mkdir -p "$artefacts"
export KOLMI_USER=demo KOLMI_PASSWORD=demo
period=(--from 2026-11-01 --till 2026-11-28)
two_backends pdf  # lib.sh: fresh_backend, query, admin_set
set_setting() { admin_set "$@"; }

# run_backend BACKEND: the demo (seed 42, 3000 calls) in a fresh database of
# BACKEND, then every check, in a folder of its own; "$b: " starts the names.
run_backend() {
  local b=$1
  fresh_backend "$b" || return 1

  # Without issuer settings: made, and --strict refuses (exit 2) naming them.
  kolmi calls export --format pdf "${period[@]}" -o bare.pdf
  check "$b: made without issuer settings" test -s bare.pdf
  kolmi calls export --format pdf "${period[@]}" --strict -o strict.pdf 2>strict.err
  check "$b: --strict without issuer settings is exit 2" test $? -eq 2
  check "$b: --strict names the missing settings" grep -q "Company, Company_Address1, Company_VAT_Number, Company_Email" strict.err
  check "$b: --strict made no file" test ! -e strict.pdf

  set_issuer
  kolmi calls export --format pdf "${period[@]}" --strict -o calls.pdf
  check "$b: --strict with every issuer setting succeeds" test $? -eq 0
  check "$b: qpdf --check: calls" qpdf --check calls.pdf
  kolmi rates export --format pdf --strict -o rates.pdf
  check "$b: qpdf --check: rates" qpdf --check rates.pdf
  check "$b: the PNG logo is embedded" test "$(pdfimages -list calls.pdf | tail -n +3 | wc -l)" -eq 1

  pdftotext -q -layout -f 1 -l 1 calls.pdf page1.txt
  for text in "Kolmi Telecom UAB" "LT100001234567" "billing@kolmi.example" "Account: " "Issue date:" \
    "28 November 2026" "Total without VAT" "Total with VAT" "Top destinations by spend" "Page 1/"; do
    check "$b: page 1 shows '$text'" grep -qF "$text" page1.txt
  done

  zone=$(query "$b" "SELECT time_zone FROM users WHERE username = 'demo'")
  check "$b: page 1 names the time zone" grep -qE "Time zone: +$zone" page1.txt

  # The summary against `kolmi calls --summary` (exact sums, rounded once)
  # and the user's VAT percent from the database.
  kolmi calls --summary "${period[@]}" >summary.xml
  vat=$(query "$b" "SELECT vat_percent FROM users WHERE username = 'demo'")
  check "$b: the summary agrees with kolmi calls --summary" python3 - summary.xml page1.txt "$vat" <<'PY'
import re, sys, xml.etree.ElementTree as ET
from decimal import Decimal, ROUND_HALF_UP
s = ET.parse(sys.argv[1]).getroot().find('.//summary')
page = open(sys.argv[2], encoding='utf-8').read()
vat_percent = Decimal(int(sys.argv[3])) / Decimal(10**9)
def value(label):
    m = re.search(r'(?:^|\s\s)' + re.escape(label) + r'(?:, [A-Z]{3})?\s\s+(\S+)', page, re.M)
    assert m, label
    return m.group(1)
q = Decimal('0.0001')
net = Decimal(s.findtext('price')).quantize(q, ROUND_HALF_UP)
vat = (net * vat_percent / 100).quantize(q, ROUND_HALF_UP)
checks = [
    (value('Calls'), s.findtext('calls')),
    (value('Answered calls'), s.findtext('answered')),
    (value('Total without VAT'), str(net)),
    (value('Total with VAT'), str(net + vat)),
]
b = int(s.findtext('billsec'))
checks.append((value('Talk time'), '%d:%02d:%02d' % (b // 3600, b // 60 % 60, b % 60)))
bad = [(got, want) for got, want in checks if got != want]
print(bad or 'ok')
sys.exit(1 if bad else 0)
PY

  # Geometry (pdf_geometry.py): every money word of the list (pages 2 on, and
  # the total) has its decimal mark at one x; no word overlaps the next one
  # on its line or leaves the page's content area.
  geometry() {  # PDF DECIMAL_MARK
    pdftotext -q -bbox "$1" bbox.html
    python3 "$here/pdf_geometry.py" bbox.html "$2"
  }
  check "$b: calls: decimal marks aligned, nothing overflows" geometry calls.pdf .
  check "$b: rates: nothing overflows" geometry rates.pdf .

  pdfinfo calls.pdf >info.txt
  check "$b: Title metadata" grep -q "^Title: *Call list" info.txt
  check "$b: Author metadata is the issuer" grep -q "^Author: *Kolmi Telecom UAB" info.txt
  check "$b: Subject metadata" grep -q "^Subject: *Call list" info.txt
  check "$b: Creator metadata" grep -q "^Creator: *kolmi" info.txt
  pdftotext -q -f 1 -l 1 rates.pdf rates1.txt
  check "$b: rates: per minute and the VAT percent" grep -q "/min" rates1.txt
  check "$b: rates: VAT percent in the heading" grep -q "VAT.*%" rates1.txt
  check "$b: rates: no heading cut" bash -c "! grep -q '…' rates1.txt"

  # Russian: the decimal mark is ',', the dates have Russian month words.
  kolmi --lang ru calls export --format pdf "${period[@]}" -o calls-ru.pdf
  pdftotext -q -f 1 -l 1 calls-ru.pdf ru1.txt
  check "$b: ru: a comma decimal mark" grep -qE "^[0-9]+,[0-9]{4}$" ru1.txt
  check "$b: ru: no point decimal mark in money" bash -c "! grep -qE '^[0-9]+\.[0-9]{4}$' ru1.txt"
  check "$b: ru: month words" grep -q "ноября 2026" ru1.txt
  check "$b: ru: decimal marks aligned" geometry calls-ru.pdf ,
  pdfinfo calls-ru.pdf >info-ru.txt
  check "$b: ru: Cyrillic title metadata" grep -q "^Title: *Список звонков" info-ru.txt

  # A JPEG logo (made from a page of the document itself) is accepted.
  pdftoppm -jpeg -r 20 -f 1 -l 1 -singlefile calls.pdf logo
  set_setting Company_Logo "$PWD/logo.jpg"
  kolmi rates export --format pdf -o rates-jpeg.pdf
  check "$b: a JPEG logo is accepted" test "$(pdfimages -list rates-jpeg.pdf | tail -n +3 | wc -l)" -eq 1
  # Refused, before any file is made: not a PNG/JPEG, larger than 2 MB.
  echo "not an image" >logo.txt
  set_setting Company_Logo "$PWD/logo.txt"
  kolmi calls export --format pdf "${period[@]}" -o refused.pdf 2>refused.err
  check "$b: a logo that is no PNG/JPEG is exit 2" test $? -eq 2
  check "$b: the message names the file" grep -q "logo.txt" refused.err
  { cat logo.png; head -c 2200000 /dev/zero; } >big.png
  set_setting Company_Logo "$PWD/big.png"
  kolmi calls export --format pdf "${period[@]}" -o refused.pdf 2>refused.err
  check "$b: a logo over 2 MB is exit 2" test $? -eq 2
  check "$b: the message says 2 MB" grep -q "2 MB" refused.err
  check "$b: no file was made" test ! -e refused.pdf
  kolmi calls export --format csv "${period[@]}" -o still.csv
  check "$b: a CSV export ignores the logo" test -s still.csv

  # Page 1 of each document, for people (CI artefacts).
  pdftoppm -png -r 110 -f 1 -l 1 -singlefile calls.pdf "$artefacts/calls-page1-$b"
  pdftoppm -png -r 110 -f 1 -l 1 -singlefile calls-ru.pdf "$artefacts/calls-ru-page1-$b"
  pdftoppm -png -r 110 -f 1 -l 1 -singlefile rates.pdf "$artefacts/rates-page1-$b"
  pdftoppm -png -r 110 -f 1 -l 1 -singlefile bare.pdf "$artefacts/calls-bare-page1-$b"
  check "$b: page 1 rendered to PNG" test -s "$artefacts/calls-page1-$b.png"
}

run_backend sqlite
need_mariadb_server "the SQLite checks above passed"
run_backend mariadb
finish
