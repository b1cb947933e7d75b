# The real A2Billing prefix list into the demo database: a dry run first,
# then the import, then the same file again (nothing changes).
export KOLMI_USER=admin KOLMI_PASSWORD=admin
cp "$KOLMI_TEST_DATA/rating/a2billing-prefixes-josko.csv" deck.csv
kolmi admin import destinations deck.csv --dry-run
kolmi admin import destinations deck.csv
kolmi admin import destinations deck.csv
sqlite3 "$KOLMI_DB" "SELECT d.prefix, d.name, d.direction_code, d.subcode, g.name, g.desttype FROM destinations d JOIN destinationgroups g ON g.id = d.destinationgroup_id WHERE d.prefix IN ('7495', '9370', '447', '1201', '8816') ORDER BY d.prefix"
