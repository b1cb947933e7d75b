# No spool configured: exit 1 with the failed action XML (in Russian with --lang ru), and each request recorded as failed with the reason.
kolmi login -u demo -p demo >/dev/null && kolmi callback --src 101 --dst 37060000000 --device 1; echo "exit $?"
kolmi --lang ru callback --src 101 --dst 102 --device 1; echo "exit $?"
sqlite3 kolmi.db "SELECT id, user_id, device_id, src, dst, status, reason, call_file FROM callbacks"
