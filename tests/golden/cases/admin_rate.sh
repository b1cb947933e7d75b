# kolmi admin rate NUMBER: what a call would cost and why (MOR's rate_get),
# by a user's tariff or a named one, at a moment, with or without a duration;
# then on the real ASTPP deck; then the errors.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
echo "== by the demo user's tariff, 95 s"
kolmi admin rate +19176239200 --user demo --duration 95 --output table; echo "exit $?"
echo "== without a duration: the rate per minute and the details"
kolmi admin rate 0037061234567 --user demo2; echo "exit $?"
echo "== a named tariff at a given moment, in JSON"
kolmi admin rate 380676606023 --tariff 'Retail EUR' --at '2026-11-29 23:30:00' --tz Europe/Kyiv --duration 61 --output json; echo "exit $?"
echo "== a time-of-day detail: the day price at noon, the night price at 23:00"
uzbek="(SELECT r.id FROM rates r JOIN destinations d ON d.destinationgroup_id = r.destinationgroup_id
  JOIN tariffs t ON t.id = r.tariff_id WHERE d.prefix = '99890' AND t.name = 'Retail USD')"
sqlite3 "$KOLMI_DB" "UPDATE aratedetails SET start_time = '08:00:00', end_time = '19:59:59' WHERE rate_id IN $uzbek;
  INSERT INTO aratedetails (rate_id, \"from\", duration, artype, round, price, start_time, end_time)
  SELECT id, 1, -1, 'minute', 60, 10000000, '20:00:00', '07:59:59' FROM rates WHERE id IN $uzbek"
kolmi admin rate 998901234567 --tariff 'Retail USD' --at '2026-11-30 12:00:00' --duration 30 --output tsv; echo "exit $?"
kolmi admin rate 998901234567 --tariff 'Retail USD' --at '2026-11-30 23:00:00' --duration 30 --output tsv; echo "exit $?"
echo "== not priced: exit 1 with the reason"
kolmi admin rate 8821644375949 --tariff 'Retail USD'; echo "exit $?"
echo "== the real ASTPP deck (36,000 prefixes)"
cp "$KOLMI_TEST_DATA/rating/astpp-outbound-routes.csv" astpp.csv
kolmi admin import rates astpp.csv --tariff ASTPP >/dev/null
kolmi admin rate 442079460000 --tariff ASTPP --duration 125; echo "exit $?"
echo "== errors"
kolmi admin rate 123 --user nobody; echo "exit $?"
kolmi admin rate 123 --tariff Nope; echo "exit $?"
kolmi admin rate abc --tariff ASTPP; echo "exit $?"
kolmi admin rate 123 --tariff ASTPP --at 2026-13-01; echo "exit $?"
kolmi admin rate 123 --tariff ASTPP --duration -5; echo "exit $?"
kolmi admin rate 123; echo "exit $?"
kolmi admin rate 123 --user demo --tariff ASTPP; echo "exit $?"
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi admin rate 123 --tariff ASTPP; echo "exit $?"
