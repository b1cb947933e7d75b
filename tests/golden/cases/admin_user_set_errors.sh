# kolmi admin user set refusals: nothing given, bad values (exit 2), unknown
# user, tariff or currency (exit 4), an inactive currency (exit 2), the last
# admin (exit 1). Each refusal changes nothing: the users and addresses
# tables and the audit trail are dumped before and after.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
dump() { sqlite3 "$KOLMI_DB" "SELECT * FROM users; SELECT * FROM addresses; SELECT count(*) FROM actions;" | md5sum; }
before=$(dump)
kolmi admin user set demo; echo "exit $?"
kolmi admin user set ghost --vat 5; echo "exit $?"
kolmi admin user set demo --vat 5 --tariff Platinum; echo "exit $?"
kolmi admin user set demo --vat 5 --currency XYZ; echo "exit $?"
[[ "$(dump)" == "$before" ]] && echo "nothing changed"
sqlite3 "$KOLMI_DB" "UPDATE currencies SET active = 0 WHERE name = 'GBP'"
before=$(dump)
kolmi admin user set demo --vat 5 --currency GBP --tariff "Retail EUR"; echo "exit $?"
kolmi admin user set demo --vat 100.5 --tz Europe/Riga; echo "exit $?"
kolmi admin user set demo --vat 21.12345; echo "exit $?"
kolmi admin user set demo --vat 1e2; echo "exit $?"
kolmi admin user set demo --credit -5 --tariff "Retail EUR"; echo "exit $?"
kolmi admin user set demo --credit 1,000; echo "exit $?"
kolmi admin user set demo --tz Mars/Olympus --tariff "Retail EUR"; echo "exit $?"
kolmi admin user set demo --lang de; echo "exit $?"
kolmi admin user set demo --email "not an address" --tariff "Retail EUR"; echo "exit $?"
kolmi admin user set demo --first-name "$(printf 'a\tb')"; echo "exit $?"
kolmi admin user set demo --usertype reseller; echo "exit $?"
kolmi admin user set demo --postpaid --prepaid; echo "exit $?"
kolmi admin user set admin --usertype user --vat 5; echo "exit $?"
[[ "$(dump)" == "$before" ]] && echo "nothing changed"
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi admin user set demo --vat 5; echo "exit $?"
