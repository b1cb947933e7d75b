# kolmi admin log: the audit trail. Admin writes, a CDR import, --as writes
# and a failed callback each leave one row; a refused write, a dry run and a
# user's own write leave none. Period and --user filters; exit 4 and 3.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
kolmi admin user add bob --password-stdin <<< "bob-password" >/dev/null
kolmi admin user add bob --password-stdin <<< "bob-password"; echo "exit $?"
kolmi admin user block bob >/dev/null
cp "$KOLMI_TEST_DATA/cdr/asterisk-18col-bugadm.csv" cdr.csv
kolmi admin import cdr cdr.csv >/dev/null
kolmi admin rerate --dry-run >/dev/null
kolmi --as demo phonebook add --number 37060000001 --name Mum >/dev/null
kolmi --as demo phonebook add --number x --name Mum >/dev/null; echo "exit $?"
kolmi --as demo callback --src 37061234567 --dst 37060000000 --device 1 >/dev/null 2>&1; echo "exit $?"
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi phonebook add --number 37060000002 --name Dad >/dev/null
KOLMI_NOW="2026-11-29 08:00:00" kolmi admin user unblock bob >/dev/null
kolmi admin log
kolmi admin log --user demo --output json
kolmi admin log --period today --output csv
kolmi admin log --from "2026-11-29 09:00:00" --tz Europe/Vilnius --output table
kolmi admin log --user nobody; echo "exit $?"
kolmi admin log --from 2026-11-31; echo "exit $?"
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi admin log; echo "exit $?"
