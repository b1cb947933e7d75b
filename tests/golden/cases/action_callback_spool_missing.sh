# A spool under a regular file (unwritable even for root), set in conflines: exit 1, recorded as failed, no temporary folder made, no file anywhere.
touch plain-file; sqlite3 kolmi.db "INSERT INTO conflines (name, value, owner_id) VALUES ('Callback_Spool_Dir', '$PWD/plain-file/outgoing', 0)"
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi callback --src 101 --dst 102 --device 1; echo "exit $?"
sqlite3 kolmi.db "SELECT status, reason, call_file FROM callbacks"; test -e tmp || echo "no tmp folder"
