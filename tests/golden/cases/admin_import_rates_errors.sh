# Malformed decks: each refused with FILE:LINE, exit 1, nothing written.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
printf 'pattern,comment,cost,inc\n^44.*,UK,0.01,6\n^4[5].*,Denmark,0.1,6\n' > regex.csv
kolmi admin import rates regex.csv --tariff T; echo "exit $?"
printf 'prefix,name,rate\n44,UK,0.01\n45,Denmark,-0.1\n' > negative.csv
kolmi admin import rates negative.csv --tariff T; echo "exit $?"
printf 'prefix,name,rate\n44,UK,0.01\n44,UK,0.02\n' > twice.csv
kolmi admin import rates twice.csv --tariff T; echo "exit $?"
printf 'prefix,name\n44,UK\n' > noprice.csv
kolmi admin import rates noprice.csv --tariff T; echo "exit $?"
printf 'prefix,name,rate\n44,UK,0.01\n' > ok.csv
kolmi admin import rates ok.csv --tariff "Retail USD" --currency EUR; echo "exit $?"
kolmi admin import rates ok.csv; echo "exit $?"
sqlite3 "$KOLMI_DB" "SELECT COUNT(*) FROM tariffs WHERE name = 'T'"
