# kolmi admin tariff diff of two real decks: ASTPP's routes and a next
# version edited by hand (tests/data/rating/README.md), effective
# 2026-12-01, 2 days and 14.5 hours after KOLMI_NOW: the rises have too
# little notice for the default 7 days (exit 1), enough for 2. Nothing is
# written.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
cp "$KOLMI_TEST_DATA/rating/astpp-outbound-routes.csv" astpp.csv
cp "$KOLMI_TEST_DATA/rating/astpp-outbound-routes-2026-12.csv" astpp-2026-12.csv
kolmi admin import rates astpp.csv --tariff ASTPP >/dev/null 2>&1
kolmi admin tariff diff ASTPP astpp-2026-12.csv --effective-from 2026-12-01 --output table; echo "exit $?"
kolmi admin tariff diff ASTPP astpp-2026-12.csv --effective-from 2026-12-01 --notice-days 2 --output csv; echo "exit $?"
kolmi admin tariff diff ASTPP astpp-2026-12.csv --effective-from 2026-12-01 --output json | head -20
kolmi admin tariff diff ASTPP - --effective-from 2026-12-01 --output xml < astpp-2026-12.csv | head -16
kolmi admin tariff list --output tsv | grep ASTPP
# Errors: a date that is not one (2), an unknown tariff (4), a bad deck (1), not an admin (3).
kolmi admin tariff diff ASTPP astpp-2026-12.csv --effective-from 2026-11-31; echo "exit $?"
kolmi admin tariff diff Nope astpp-2026-12.csv; echo "exit $?"
printf 'prefix,destination,rate,effective_date\n44,UK,0.1,2026-12-01\n44,UK,0.2,2026-12-01\n' > twice.csv
kolmi admin tariff diff ASTPP twice.csv; echo "exit $?"
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi admin tariff diff ASTPP astpp-2026-12.csv; echo "exit $?"
