# The largest deck values and the longest call kolmi accepts are priced,
# rerated, shown and exported (issue 10): 755 USD a minute is about the most
# a USD tariff may charge while JPY (151.3 to the dollar) exists, and the
# call lasts 7 days, billed as two 604799 s increments.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
printf 'prefix,name,rate,connection_fee,increment,min_time\n999,Maxland,756,0,604799,604800\n' > over.csv
kolmi admin import rates over.csv --tariff "Retail USD"; echo "exit $?"
printf 'prefix,name,rate,connection_fee,increment,min_time\n999,Maxland,755,755,604799,604800\n' > max.csv
kolmi admin import rates max.csv --tariff "Retail USD"
printf '"","101","99912345","from-internal","""Test"" <101>","IAX2/101-1","","Dial","IAX2/x","2026-11-27 10:00:00","2026-11-27 10:00:00","2026-11-27 10:00:00",604800,604800,"ANSWERED","DOCUMENTATION","max1",""\n' > week.csv
kolmi admin import cdr week.csv
sqlite3 "$KOLMI_DB" "SELECT user_price, user_billsec FROM calls WHERE uniqueid = 'max1'"
kolmi admin rerate --user demo
export KOLMI_USER=demo KOLMI_PASSWORD=demo
kolmi rates --currency RUB | grep -A4 Maxland
kolmi calls --from 2026-11-27 --till 2026-11-27 --currency RUB | grep -B2 -A8 99912345
kolmi calls export --format pdf --from 2026-11-27 --till 2026-11-27 --currency RUB -o calls.pdf; echo "exit $?"
pdftotext calls.pdf - 2>/dev/null | grep -c 99912345
kolmi rates export --format pdf --currency RUB -o rates.pdf; echo "exit $?"
pdftotext rates.pdf - 2>/dev/null | grep -c Maxland
