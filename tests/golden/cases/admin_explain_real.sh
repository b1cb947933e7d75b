# kolmi admin explain on real inputs: the ASTPP deck as the demo user's
# tariff, a real Asterisk CDR file (BugaDM's) imported with a device for its
# phone 100 and another for 200; each kind of call it holds explained.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
q() { sqlite3 "$KOLMI_DB" "$1"; }
cp "$KOLMI_TEST_DATA/rating/astpp-outbound-routes.csv" astpp.csv
cp "$KOLMI_TEST_DATA/cdr/asterisk-18col-bugadm.csv" bugadm.csv
kolmi admin import rates astpp.csv --tariff ASTPP >/dev/null 2>&1
q "UPDATE users SET tariff_id = (SELECT id FROM tariffs WHERE name = 'ASTPP') WHERE username = 'demo'"
kolmi admin device add --user demo --type SIP --name 100 --extension 100 >/dev/null
kolmi admin device add --user demo2 --type SIP --name 200 --extension 200 >/dev/null
kolmi admin import cdr bugadm.csv
first="SELECT MIN(id) FROM calls WHERE uniqueid LIKE '14%'"
echo "== priced by the ASTPP deck"
kolmi admin explain "$(q "$first AND user_price > 0")"; echo "exit $?"
echo "== internal (100 -> 200): free"
kolmi admin explain "$(q "$first AND dst_device_id IS NOT NULL AND user_id IS NOT NULL")"; echo "exit $?"
echo "== not priced: the number matches no prefix of the deck, or the call has no device"
kolmi admin explain "$(q "$first AND user_id IS NOT NULL AND user_price IS NULL")"; echo "exit $?"
kolmi admin explain "$(q "$first AND user_id IS NULL AND dst_device_id IS NULL")"; echo "exit $?"
echo "== every imported call agrees with its explanation"
# One session for the sweep, as a script would: no password check per call.
export KOLMI_SESSION="$PWD/session"
kolmi login -u admin -p admin >/dev/null
unset KOLMI_USER KOLMI_PASSWORD
from=$(q "$first")
for id in $(q "SELECT id FROM calls WHERE id >= $from"); do
  kolmi admin explain "$id" >/dev/null || echo "call $id differs"
done
echo "swept $(q "SELECT COUNT(*) FROM calls WHERE uniqueid LIKE '14%'") calls"
