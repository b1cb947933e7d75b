# kolmi admin tariff show on a real deck (ASTPP's 36,205 prefixes, imported
# as 434 group rates and 5,725 destination rates): all of it, a destination
# rate, the destination that covers the rest of a prefix, a group.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
cp "$KOLMI_TEST_DATA/rating/astpp-outbound-routes.csv" astpp.csv
kolmi admin import rates astpp.csv --tariff ASTPP >/dev/null 2>&1
kolmi admin tariff show ASTPP | wc -l
kolmi admin tariff show ASTPP | cut -f2 | sort | uniq -c
kolmi admin tariff show ASTPP --output csv | sed -n '2p;$p'
# Afghanistan Cellular-AT has its own rate.
kolmi admin tariff show ASTPP --prefix 9375
# 12015: 1201555 (its own rate) and, for the rest of 12015, 1201.
kolmi admin tariff show ASTPP --prefix 12015 --output table
# A group with only its group rate (Afghanistan FIX), and one whose
# destinations have rates of their own (Afghanistan MOB).
kolmi admin tariff show ASTPP --group 1 --output xml
kolmi admin tariff show ASTPP --group 2 | cut -f1,2,4,5,15
kolmi admin tariff show ASTPP --output json | tail -3
