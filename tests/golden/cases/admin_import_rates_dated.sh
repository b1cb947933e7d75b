# Dated rates: a deck imported with --effective-from keeps the older prices
# for calls before that moment (admin rate --at prices either side of it,
# to the second; 447 numbers keep their own, the UK Cellular group rate, as an
# import without --replace does); an effective date column gives each row its own moment;
# the listings show the rates in force now (KOLMI_NOW 2026-11-28 09:30).
export KOLMI_USER=admin KOLMI_PASSWORD=admin
printf 'prefix,destination,rate,increment\n44,United Kingdom,0.10,60\n4420,London,0.05,60\n' > base.csv
kolmi admin import rates base.csv --tariff Dated >/dev/null
printf 'prefix,destination,rate,increment\n44,United Kingdom,0.20,60\n4420,London,0.05,60\n' > up.csv
kolmi admin import rates up.csv --tariff Dated --effective-from 2026-12-01 --tz Europe/Vilnius --output table
# 2026-12-01 00:00 in Vilnius is 2026-11-30 22:00:00 UTC.
for at in '2026-11-30 21:59:59' '2026-11-30 22:00:00'; do
  kolmi admin rate 441999123456 --tariff Dated --at "$at" --duration 60 --output json | grep -E '"(price|rate)"'
done
# Now (before December) the tariff shows the November prices.
kolmi admin tariff show Dated --output csv | cut -d, -f4,15
kolmi admin tariff list --output tsv | grep Dated
# The same import again changes nothing.
kolmi admin import rates up.csv --tariff Dated --effective-from 2026-12-01 --tz Europe/Vilnius --output tsv
# A column of dates: 44 rises again from January 1st (UTC).
printf 'prefix,destination,rate,increment,effective_date\n44,United Kingdom,0.30,60,2027-01-01\n' > jan.csv
kolmi admin import rates jan.csv --tariff Dated --output tsv
kolmi admin rate 441999123456 --tariff Dated --at '2027-01-01 00:00:00' --duration 60 --output json | grep '"price"'
kolmi admin rate 441999123456 --tariff Dated --at '2026-12-31 23:59:59' --duration 60 --output json | grep '"price"'
# Bad input, nothing written (exit 2: the option; exit 1: FILE:LINE).
kolmi admin import rates up.csv --tariff Dated --effective-from 2026-02-30; echo "exit $?"
printf 'prefix,destination,rate,effective_date\n44,United Kingdom,0.2,2026-12-01\n4420,London,0.05,1.12.2026\n' > bad.csv
kolmi admin import rates bad.csv --tariff Dated; echo "exit $?"
printf 'prefix,destination,rate,effective_date\n44,United Kingdom,0.2,2026-12-01\n44,United Kingdom,0.3,2026-12-01\n' > twice.csv
kolmi admin import rates twice.csv --tariff Dated; echo "exit $?"
kolmi admin tariff list --output tsv | grep Dated
kolmi admin rate 441999123456 --tariff Dated --at '2027-01-02 00:00:00' --duration 60 --output json | grep '"price"'
