#!/usr/bin/env bash
# Issue 16 items 3 and 5: invoices as PDF and XLSX, read back as a customer
# and an accountant get them. The PDF: pdftotext of the total, VAT and total
# with VAT against the invoice row's stored amounts (each rounded once to the
# document's decimals), the lines against invoicedetails, the letterhead and
# the period's zone; `pdftotext -bbox` proves the decimal marks of each money
# column share one x and that no text overflows (pdf_geometry.py); qpdf
# --check; pdfinfo's metadata; the Russian decimal comma; --strict and a bad
# logo refused before any file is made. The XLSX: zipfile + XML, cell by cell
# against the CSV (../golden/helpers/xlsx_vs_csv.py). Another user's invoice
# is exit 4; admin invoices export writes one file per invoice of the month.
# Page 1 is rendered to PNG under $KOLMI_ARTEFACTS (build/artefacts).
# On SQLite, then on the MariaDB test server when KOLMI_TEST_MARIADB_SOCKET
# names it (KOLMI_TEST_MARIADB_REQUIRED=1: its absence fails).
source "$(dirname "$0")/lib.sh"
for tool in pdftotext pdfinfo pdftoppm qpdf sqlite3 python3; do
  command -v "$tool" >/dev/null || skip "$tool is not installed"
done
artefacts=${KOLMI_ARTEFACTS:-$tmp/artefacts}
mkdir -p "$artefacts"
xlsx_check="$here/../golden/helpers/xlsx_vs_csv.py"
two_backends inv  # lib.sh: fresh_backend, query, admin_set
as_admin() { KOLMI_USER=admin KOLMI_PASSWORD=admin kolmi "$@"; }

run_backend() {
  local b=$1
  fresh_backend "$b" || return 1
  export KOLMI_USER=demo KOLMI_PASSWORD=demo
  # The invoice with the most lines of demo, and of demo2 (who reads Russian).
  longest() {  # USER
    query "$b" "SELECT i.id FROM invoices i JOIN users u ON u.id = i.user_id
                LEFT JOIN invoicedetails d ON d.invoice_id = i.id
                WHERE u.username = '$1' GROUP BY i.id ORDER BY COUNT(d.id) DESC, i.id LIMIT 1"
  }
  inv=$(longest demo)
  other=$(longest demo2)
  number=$(query "$b" "SELECT number FROM invoices WHERE id = $inv")
  check "$b: the demo has invoices of both users" test -n "$inv" -a -n "$other"

  # Without issuer settings: made; --strict refuses (exit 2) and makes nothing.
  kolmi invoices export "$inv" --format pdf -o bare.pdf
  check "$b: made without issuer settings" test -s bare.pdf
  kolmi invoices export "$inv" --format pdf --strict -o strict.pdf 2>strict.err
  check "$b: --strict without issuer settings is exit 2" test $? -eq 2
  check "$b: --strict names the settings" grep -q "Company, Company_Address1, Company_VAT_Number, Company_Email" strict.err
  check "$b: --strict made no file" test ! -e strict.pdf

  set_issuer
  mkdir out
  kolmi invoices export "$inv" --format pdf --strict -o out/
  check "$b: --strict with every issuer setting succeeds" test $? -eq 0
  pdf="out/Invoice-$number.pdf"
  check "$b: qpdf --check" qpdf --check "$pdf"
  kolmi invoices export "$inv" --format csv -o out/
  kolmi invoices export "$inv" --format xlsx -o out/
  check "$b: the XLSX, cell by cell like the CSV" python3 "$xlsx_check" invoice "out/Invoice-$number.xlsx" "out/Invoice-$number.csv"

  pdftotext -q -layout "$pdf" text.txt
  for text in "Invoice $number" "Kolmi Telecom UAB" "LT100001234567" "Customer" "Account: " "Summary" \
    "Top destinations by spend" "Page 1/"; do
    check "$b: the PDF shows '$text'" grep -qF "$text" text.txt
  done
  zone=$(query "$b" "SELECT time_zone FROM users WHERE username = 'demo'")
  check "$b: the period's zone is named" grep -qE "Time zone: +$zone" text.txt

  # The totals against the stored invoice row (the demo user pays in the
  # default currency), and every line against invoicedetails.
  query "$b" "SELECT price, price_with_vat FROM invoices WHERE id = $inv" | tr '\t|' '  ' >row.txt
  query "$b" "SELECT name, quantity, total_time, price FROM invoicedetails WHERE invoice_id = $inv ORDER BY id" \
    | tr '|' '\t' >lines.txt
  check "$b: total, VAT and total with VAT are the stored amounts" python3 - text.txt row.txt lines.txt <<'PY'
import re, sys
from decimal import Decimal, ROUND_HALF_UP
text = open(sys.argv[1], encoding='utf-8').read()
price, with_vat = (Decimal(int(x)) / 10**9 for x in open(sys.argv[2]).read().split())
def amount(label):
    m = re.search(r'^\s*' + label + r'\s+(-?\d+)\.(\d+)\s*$', text, re.M)
    assert m, label
    return Decimal(m.group(1) + '.' + m.group(2)), len(m.group(2))
net, digits = amount('Total without VAT')
q = Decimal(1).scaleb(-digits)
want = [price, with_vat - price, with_vat]
got = [net, amount(r'VAT \S+\s?%')[0], amount('Total with VAT')[0]]
bad = [(g, w.quantize(q, ROUND_HALF_UP)) for g, w in zip(got, want) if g != w.quantize(q, ROUND_HALF_UP)]
for line in open(sys.argv[3], encoding='utf-8'):
    name, quantity, seconds, nanos = line.rstrip('\n').split('\t')
    shown = (Decimal(int(nanos)) / 10**9).quantize(q, ROUND_HALF_UP)
    if not re.search(re.escape(name) + r'\s.*\s' + quantity + r'\s.*\s' + re.escape(str(shown)) + r'\s*$', text, re.M):
        bad.append((name, quantity, str(shown)))
print(digits, 'decimals;', bad or 'ok')
sys.exit(1 if bad else 0)
PY
  pdftotext -q -bbox "$pdf" bbox.html
  check "$b: decimal marks aligned, nothing overflows" python3 "$here/pdf_geometry.py" bbox.html . --first-page

  pdfinfo "$pdf" >info.txt
  check "$b: Title metadata" grep -q "^Title: *Invoice $number" info.txt
  check "$b: Author metadata is the issuer" grep -q "^Author: *Kolmi Telecom UAB" info.txt
  check "$b: Subject metadata names the period and zone" grep -q "^Subject: *Invoice $number, .*($zone)" info.txt
  check "$b: Creator metadata" grep -q "^Creator: *kolmi" info.txt

  # Another user's invoice: exit 4, exactly like a missing one, no file.
  mkdir none
  for format in pdf xlsx csv; do
    kolmi invoices export "$other" --format $format -o none/ 2>other.err
    check "$b: another user's invoice as $format is exit 4" test $? -eq 4
    kolmi invoices export 999999 --format $format -o none/ 2>missing.err
    check "$b: the same message as a missing one ($format)" \
      test "$(sed "s/$other/N/" other.err)" = "$(sed 's/999999/N/' missing.err)"
  done
  # A bad logo: exit 2 naming it, before any file.
  echo "not an image" >logo.txt
  admin_set Company_Logo "$PWD/logo.txt"
  kolmi invoices export "$inv" --format pdf -o none/ 2>logo.err
  check "$b: a logo that is no PNG/JPEG is exit 2" test $? -eq 2
  check "$b: the message names the file" grep -q "logo.txt" logo.err
  as_admin admin invoices export --period 2026-10 --format pdf -o none/ >/dev/null 2>logo.err
  check "$b: admin export: a bad logo is exit 2" test $? -eq 2
  check "$b: no file was made" test -z "$(ls -A none)"
  admin_set Company_Logo "$PWD/logo.png"

  # Russian: the decimal comma and the words.
  KOLMI_USER=demo2 KOLMI_PASSWORD=demo2 kolmi invoices export "$other" --format pdf -o ru.pdf
  pdftotext -q -layout ru.pdf ru.txt
  check "$b: ru: Russian words" grep -q "Итого с НДС" ru.txt
  check "$b: ru: a decimal comma" grep -qE "Итого с НДС +[0-9]+,[0-9]+ *$" ru.txt
  pdftotext -q -bbox ru.pdf ru-bbox.html
  check "$b: ru: decimal marks aligned" python3 "$here/pdf_geometry.py" ru-bbox.html , --first-page

  # The admin's export for cron: one file per invoice of the month.
  for format in pdf xlsx csv; do
    mkdir "all-$format"
    as_admin admin invoices export --period 2026-10 --format $format -o "all-$format/" >/dev/null
    check "$b: admin export as $format succeeds" test $? -eq 0
    want=$(query "$b" "SELECT COUNT(*) FROM invoices WHERE period_start >= '2026-09-30' AND period_start < '2026-10-02'")
    check "$b: admin export: one $format per invoice ($want)" test "$(ls "all-$format" | grep -c "\.$format$")" -eq "$want"
  done
  for f in all-pdf/*.pdf; do
    check "$b: admin export: qpdf --check $(basename "$f")" qpdf --check "$f"
  done

  pdftoppm -png -r 110 -f 1 -l 1 -singlefile "$pdf" "$artefacts/invoice-page1-$b"
  pdftoppm -png -r 110 -f 1 -l 1 -singlefile ru.pdf "$artefacts/invoice-ru-page1-$b"
  check "$b: page 1 rendered to PNG" test -s "$artefacts/invoice-page1-$b.png"
}

run_backend sqlite
need_mariadb_server "the SQLite checks above passed"
run_backend mariadb
finish
