# A prepaid user's balance follows her calls (MOR's rule): demo2 (prepaid,
# Retail EUR, device SIP/201) makes two calls to London; the import takes
# their prices from her balance, importing the file again takes nothing, a
# rerate after a rate change takes the difference, and demo (postpaid)
# pays nothing from his balance for his call.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
balances() { sqlite3 kolmi.db "SELECT username, postpaid, balance FROM users WHERE id IN (1, 2) ORDER BY id"; }
row() { printf '"",%s,%s,"from-internal","","SIP/%s-%s","","Dial","SIP/x","%s","%s","%s",%s,%s,"ANSWERED","DOCUMENTATION","%s",""\n' "$@"; }
{
  row 201 442071234567 201 1 "2026-11-27 10:00:00" "2026-11-27 10:00:00" "2026-11-27 10:00:00" 125 125 u-1
  row 201 442071234568 201 2 "2026-11-27 11:00:00" "2026-11-27 11:00:00" "2026-11-27 11:00:00" 60 60 u-2
  row 101 442071234569 101 3 "2026-11-27 12:00:00" "2026-11-27 12:00:00" "2026-11-27 12:00:00" 60 60 u-3
} > cdr.csv
balances
kolmi admin import cdr cdr.csv --output tsv
sqlite3 kolmi.db "SELECT uniqueid, user_id, user_price FROM calls WHERE uniqueid LIKE 'u-%' ORDER BY uniqueid"
balances
kolmi admin import cdr cdr.csv --output tsv | cut -f1-3
balances
sqlite3 kolmi.db "UPDATE aratedetails SET price = price * 2 WHERE rate_id IN (SELECT r.id FROM rates r JOIN tariffs t ON t.id = r.tariff_id WHERE t.name = 'Retail EUR')"
kolmi admin rerate --user demo2 --from "2026-11-27 10:00:00" --till "2026-11-27 11:30:00" --diff --output tsv 2>/dev/null
balances
KOLMI_USER=demo2 KOLMI_PASSWORD=demo2 kolmi main | grep balance
