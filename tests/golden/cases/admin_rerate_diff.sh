# kolmi admin rerate --diff: after a deck re-prices London (4420), the calls
# whose price would change, with totals per user and overall; then the same
# for real, after which nothing is left to change.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
printf 'prefix,destination,rate,increment\n4420,United Kingdom London,0.5,60\n' > london.csv
kolmi admin import rates london.csv --tariff "Retail USD" >/dev/null
kolmi admin rerate --dry-run --diff --user demo --output table
kolmi admin rerate --dry-run --diff --output xml
kolmi admin rerate --diff --from 2026-11-01 --output json
kolmi admin rerate --diff --from 2026-11-01 --output csv
kolmi admin rerate --diff
# Without --diff, only the counts, as always.
kolmi admin rerate --dry-run
