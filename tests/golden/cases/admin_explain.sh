# kolmi admin explain: the pricing decision of stored calls on the demo
# database, then with a tariff changed under them (a destination rate with a
# time-of-day detail, minimal time, a grace time), each unrated reason, a
# tampered price (exit 1) and the errors.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
q() { sqlite3 "$KOLMI_DB" "$1"; }
demo="(SELECT id FROM users WHERE username = 'demo')"
echo "== a group rate"
group_call=$(q "SELECT MIN(id) FROM calls WHERE user_id = $demo AND user_price > 0 AND billsec > 60")
kolmi admin explain "$group_call" --output table; echo "exit $?"
echo "== incoming: free"
kolmi admin explain "$(q "SELECT MIN(id) FROM calls WHERE dst_device_id IS NOT NULL AND billsec > 0")"; echo "exit $?"
echo "== no destination"
kolmi admin explain "$(q "SELECT MIN(id) FROM calls WHERE user_id IS NOT NULL AND user_price IS NULL")"; echo "exit $?"

echo "== the destination gets its own rate: 0.50/min by day on workdays, 0.10 otherwise, minimal time 60 s"
prefix=$(q "SELECT prefix FROM calls WHERE id = $group_call")
q "INSERT INTO rates (tariff_id, destination_id, min_time)
   SELECT u.tariff_id, d.id, 60 FROM users u, destinations d WHERE u.username = 'demo' AND d.prefix = '$prefix'"
rate="(SELECT MAX(id) FROM rates)"
q "INSERT INTO aratedetails (rate_id, \"from\", duration, artype, round, price, start_time, end_time, daytype) VALUES
   ($rate, 1, -1, 'minute', 30, 500000000, '08:00:00', '19:59:59', 'WD'),
   ($rate, 1, -1, 'minute', 30, 100000000, '20:00:00', '07:59:59', ''),
   ($rate, 1, -1, 'minute', 30, 100000000, '08:00:00', '19:59:59', 'FD')"
q "UPDATE devices SET grace_time = 10 WHERE user_id = $demo"
echo "== before a rerate the stored price is not today's: exit 1"
kolmi admin explain "$group_call" --output json; echo "exit $?"
kolmi admin rerate --user demo
echo "== a destination rate with a time-of-day detail"
kolmi admin explain "$group_call"; echo "exit $?"
echo "== minimal time: a short call to the same destination is billed 60 s"
short=$(q "SELECT MIN(id) FROM calls WHERE user_id = $demo AND prefix = '$prefix' AND billsec BETWEEN 11 AND 59")
[ -n "$short" ] && { kolmi admin explain "$short"; echo "exit $?"; }
echo "== within the grace time: free"
kolmi admin explain "$(q "SELECT MIN(id) FROM calls WHERE user_id = $demo AND dst_device_id IS NULL AND billsec BETWEEN 1 AND 10 AND user_price IS NOT NULL")"; echo "exit $?"

echo "== a tariff in another currency (EUR): converted into the default currency in the one rounding"
demo2="(SELECT id FROM users WHERE username = 'demo2')"
no_rate=$(q "SELECT MIN(id) FROM calls WHERE user_id = $demo2 AND user_price > 0")
kolmi admin explain "$no_rate" --output csv; echo "exit $?"
echo "== no rate: demo2's tariff loses a group rate"
q "DELETE FROM rates WHERE tariff_id = (SELECT tariff_id FROM users WHERE id = $demo2)
   AND destinationgroup_id = (SELECT destinationgroup_id FROM destinations WHERE prefix = (SELECT prefix FROM calls WHERE id = $no_rate))"
kolmi admin rerate --user demo2 >/dev/null
kolmi admin explain "$no_rate"; echo "exit $?"
echo "== no tariff"
q "UPDATE users SET tariff_id = NULL WHERE id = $demo2"
kolmi admin rerate --user demo2 >/dev/null
kolmi admin explain "$no_rate"; echo "exit $?"
echo "== no device: a CDR from a channel no device has"
printf '%s\n' '"","5551234","37060000000","from-internal","""x"" <5551234>","SIP/stranger-00000001","SIP/carrier-00000002","Dial","SIP/x","2026-11-27 10:00:00","2026-11-27 10:00:01","2026-11-27 10:01:00",60,59,"ANSWERED","DOCUMENTATION","999.1",""' > stranger.csv
kolmi admin import cdr stranger.csv >/dev/null
kolmi admin explain "$(q "SELECT id FROM calls WHERE uniqueid = '999.1'")"; echo "exit $?"

echo "== a tampered price: exit 1 with both values and the difference"
q "UPDATE calls SET user_price = user_price + 5000000 WHERE id = $group_call"
kolmi admin explain "$group_call" --output xml; echo "exit $?"
echo "== errors"
kolmi admin explain 99999999; echo "exit $?"
kolmi admin explain abc; echo "exit $?"
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi admin explain "$group_call"; echo "exit $?"
