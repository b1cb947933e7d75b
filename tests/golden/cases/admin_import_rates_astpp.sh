# The real ASTPP deck into a new tariff for demo, twice (the second import
# changes nothing), then demo's call to Kabul priced again with it.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
cp "$KOLMI_TEST_DATA/rating/astpp-outbound-routes.csv" deck.csv
kolmi admin import rates deck.csv --tariff ASTPP
kolmi admin import rates deck.csv --tariff ASTPP
sqlite3 "$KOLMI_DB" "UPDATE users SET tariff_id = (SELECT id FROM tariffs WHERE name = 'ASTPP') WHERE username = 'demo'"
kolmi admin rerate --user demo --dry-run
