# kolmi admin calls over real files: the ASTPP deck and the four CDR files
# of tests/data imported for users with and without a tariff, so unrated
# calls of every reason appear: no device (nobody's), no tariff (bare),
# no destination (demo dialling 't' and '4'), no rate (demo's Retail USD
# does not price the deck's 60, Malaysia); and calls rated by the deck.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
for f in "$KOLMI_TEST_DATA"/cdr/*.csv; do cp "$f" .; done
cp "$KOLMI_TEST_DATA/rating/astpp-outbound-routes.csv" astpp.csv
{
  kolmi admin import rates astpp.csv --tariff ASTPP
  echo password1 | kolmi admin user add sim --tariff ASTPP --password-stdin
  echo password1 | kolmi admin user add bare --password-stdin
  echo password1 | kolmi admin user add shop --tariff 'Retail USD' --password-stdin
  kolmi admin device add --user sim --type SIP --name 1500 --extension 1500
  kolmi admin device add --user bare --type SIP --name 100 --extension 100
  kolmi admin device add --user shop --type SIP --name 211474 --extension 211474
  for f in asterisk-18col-*.csv asterisk-21col-*.csv; do kolmi admin import cdr "$f"; done
  kolmi admin import cdr asterisk-cdr_custom-19col-kelysaina.csv --layout asterisk-custom
} >/dev/null 2>&1
all=(--from 2000-01-01 --till 2025-12-31)
kolmi admin calls "${all[@]}" --unrated | tail -n +2 | cut -f17 | sort | uniq -c
kolmi admin calls "${all[@]}" --user demo --unrated
kolmi admin calls "${all[@]}" --user bare --unrated --limit 3 --output table
kolmi admin calls "${all[@]}" --unassigned --limit 3
kolmi admin calls "${all[@]}" --user sim --dst 1 --output json
kolmi admin calls "${all[@]}" --src '89*' --device 11 --output table
kolmi admin calls --uniqueid 1427211880.0
kolmi admin calls --period 2015-03 --disposition failed --limit 3
