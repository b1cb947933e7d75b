# A price change in demo's USD tariff reaches stored calls only through rerate.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
kolmi admin rerate
sqlite3 "$KOLMI_DB" "UPDATE aratedetails SET price = price * 2 WHERE artype = 'minute' AND rate_id IN (SELECT id FROM rates WHERE tariff_id = (SELECT id FROM tariffs WHERE name = 'Retail USD'))"
kolmi admin rerate --from 2026-11-01 --till 2026-11-15 --tz Europe/Vilnius --dry-run
kolmi admin rerate --user demo
kolmi admin rerate --user demo
kolmi admin rerate --user nobody; echo "exit $?"
kolmi admin rerate --from 2026-11-31; echo "exit $?"
