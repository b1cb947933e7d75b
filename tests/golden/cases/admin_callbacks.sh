# kolmi admin callbacks: every callback request with its user, device,
# numbers, call file and status. Two requests reach the spool; Asterisk
# takes one (its file leaves the spool: written), the other waits (queued);
# one is refused without a spool (failed, with the reason). Filters by
# status, user and period; exit 4, 2 and 3.
export KOLMI_USER=admin KOLMI_PASSWORD=admin
mkdir outgoing
KOLMI_CALLBACK_SPOOL=$PWD/outgoing kolmi --as demo callback --src 37061234567 --dst 37060000000 --device 1 >/dev/null
KOLMI_NOW="2026-11-28 09:40:00" KOLMI_CALLBACK_SPOOL=$PWD/outgoing \
  kolmi --as demo callback --src "+370 612-34568" --dst 37060000001 --device 1 >/dev/null
KOLMI_NOW="2026-11-29 07:00:00" kolmi --as demo callback --src 37061234567 --dst 37060000002 --device 1 >/dev/null 2>&1
echo "exit $?"
rm outgoing/kolmi-callback-1.call  # Asterisk is done with it
kolmi admin callbacks --output table
kolmi admin callbacks --output tsv
kolmi admin callbacks --status queued --output tsv
kolmi admin callbacks --status written --output tsv
kolmi admin callbacks --status failed --output table
kolmi admin callbacks --user demo --period 2026-11-28 --output tsv
kolmi admin callbacks --from "2026-11-29 08:00:00" --tz Europe/Vilnius --output json
kolmi admin callbacks --user admin --output tsv
kolmi admin callbacks --user nobody; echo "exit $?"
kolmi admin callbacks --status done; echo "exit $?"
kolmi admin callbacks --from 2026-11-31; echo "exit $?"
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi admin callbacks; echo "exit $?"
