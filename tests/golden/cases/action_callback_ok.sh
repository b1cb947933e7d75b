# A callback through the user's own device: the action XML, the call file in the spool (nothing else there, the temporary folder empty) and the row.
mkdir outgoing; export KOLMI_CALLBACK_SPOOL="$PWD/outgoing"
kolmi login -u demo -p demo >/dev/null && kolmi callback --src "+370 612-34567" --dst "8 800 555-35-35" --device 1; echo "exit $?"
ls -A outgoing tmp; cat outgoing/kolmi-callback-1.call
sqlite3 kolmi.db "SELECT id, user_id, device_id, src, dst, created_at, status, reason, call_file FROM callbacks"
