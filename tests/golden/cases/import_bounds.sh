# Imported values kolmi could not use are refused with FILE:LINE (exit 1,
# nothing written); control characters are replaced and reported.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
line() { printf '"","%s","%s","from-internal","%s","SIP/x-1","","Dial","SIP/y","2026-11-20 10:00:00","2026-11-20 10:00:00","2026-11-20 10:00:00",%s,%s,"ANSWERED","DOCUMENTATION","%s",""\n' "$@"; }
line 100 700 "$(printf 'Ev\033[2Jil') <100>" 5 5 b1 > control.csv
kolmi admin import cdr control.csv; echo "exit $?"
{ line 100 700 c 5 5 b2; line 100 "$(printf '%081d' 7)" c 5 5 b3; } > long.csv
kolmi admin import cdr long.csv; echo "exit $?"
{ line 100 700 c 604800 604800 b4; line 100 700 c 604801 604801 b5; } > week.csv
kolmi admin import cdr week.csv; echo "exit $?"
sqlite3 "$KOLMI_DB" "SELECT COUNT(*) FROM calls WHERE uniqueid IN ('b2', 'b3', 'b4', 'b5')"
printf 'prefix,name,rate\n44,UK,0.01\n45,Denmark,9300000000\n' > huge.csv
kolmi admin import rates huge.csv --tariff T; echo "exit $?"
printf 'prefix,name,rate\n44,UK,0.01\n45,Den\001mark,0.1\n' > ctrl.csv
kolmi admin import rates ctrl.csv --tariff T; echo "exit $?"
printf 'prefix,name,rate\n44,UK,100000\n' > max.csv
kolmi admin import rates max.csv --tariff T; echo "exit $?"
sqlite3 "$KOLMI_DB" "SELECT COUNT(*) FROM tariffs WHERE name = 'T'"
