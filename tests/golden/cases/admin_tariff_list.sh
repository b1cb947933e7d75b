# kolmi admin tariff list: every tariff with its purpose, currency, rates
# and users; after importing a real deck (ASTPP) into a new tariff too.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
kolmi admin tariff list
kolmi admin tariff list --output table
cp "$KOLMI_TEST_DATA/rating/astpp-outbound-routes.csv" astpp.csv
kolmi admin import rates astpp.csv --tariff ASTPP >/dev/null
kolmi admin tariff list --output json
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi admin tariff list; echo "exit $?"
