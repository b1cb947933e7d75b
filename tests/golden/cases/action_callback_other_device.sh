# Another user's device is reported like a missing one (exit 4): nothing recorded, nothing spooled.
mkdir outgoing; export KOLMI_CALLBACK_SPOOL="$PWD/outgoing"
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi callback --src 101 --dst 102 --device 8; echo "exit $?"
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi callback --src 101 --dst 102 --device 999; echo "exit $?"
sqlite3 kolmi.db "SELECT count(*) FROM callbacks"; ls -A outgoing
