# The period's totals in every format; the price is the exact sum of the
# rows' prices (checked against the CSV's own sum) and rounded once in XML.
export KOLMI_USER=demo KOLMI_PASSWORD=demo
for f in xml json csv tsv table; do kolmi calls --from 2026-11-01 --summary --output "$f"; done
kolmi calls --from 2026-11-01 --currency EUR --status answered --summary --output tsv
kolmi calls --from 2026-11-01 --output csv | python3 -c 'import csv, sys; from decimal import Decimal
rows = list(csv.DictReader(sys.stdin)); print(len(rows), sum(Decimal(r["price"]) for r in rows if r["price"]), sum(int(r["billsec"]) for r in rows))'
