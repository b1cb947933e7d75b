# kolmi admin tariff show on the demo database: a tariff's group rates with
# every detail (a connection fee is an 'event' detail), narrowed by prefix
# or group, in each format; a time-of-day detail added by hand; the errors.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
kolmi admin tariff show "Retail USD" | sed -n '1,6p'
kolmi admin tariff show "Retail USD" | wc -l
# Numbers starting with 4420 are priced by the United Kingdom FIX group rate.
kolmi admin tariff show "Retail USD" --prefix 4420 --output csv
kolmi admin tariff show "Retail EUR" --prefix +7 --output table
# A time-of-day detail: work days 08:00-17:59:59 cost more.
sqlite3 "$KOLMI_DB" "INSERT INTO aratedetails (rate_id, \"from\", duration, artype, round, price, start_time, end_time, daytype) SELECT r.id, 1, -1, 'minute', 1, 30000000, '08:00:00', '17:59:59', 'WD' FROM rates r JOIN tariffs t ON t.id = r.tariff_id JOIN destinationgroups g ON g.id = r.destinationgroup_id WHERE t.name = 'Retail USD' AND g.name = 'United Kingdom' AND g.desttype = 'FIX'"
kolmi admin tariff show "Retail USD" --prefix 4420 --output xml
kolmi admin tariff show "Retail USD" --group 2 --output json
# Errors: unknown tariff or group (4), a prefix that is not digits or both
# filters (2), not an admin (3).
kolmi admin tariff show "Retail GBP"; echo "exit $?"
kolmi admin tariff show "Retail USD" --group 999; echo "exit $?"
kolmi admin tariff show "Retail USD" --prefix '44*'; echo "exit $?"
kolmi admin tariff show "Retail USD" --prefix 44 --group 2; echo "exit $?"
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi admin tariff show "Retail USD"; echo "exit $?"
