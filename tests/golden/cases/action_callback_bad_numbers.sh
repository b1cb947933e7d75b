# Letters, an injected call file line, SQL and XML metacharacters, an empty number: exit 1, nothing recorded or spooled.
mkdir outgoing; export KOLMI_CALLBACK_SPOOL="$PWD/outgoing"; export KOLMI_USER=demo KOLMI_PASSWORD=demo
kolmi callback --src abc --dst 102 --device 1; echo "exit $?"
kolmi callback --src 101 --dst "$(printf '102\nApplication: System')" --device 1; echo "exit $?"
kolmi callback --src "101'; DROP TABLE callbacks; --" --dst 102 --device 1; echo "exit $?"
kolmi callback --src 101 --dst "<102>&" --device 1; echo "exit $?"
kolmi callback --src "" --dst 102 --device 1; echo "exit $?"
kolmi callback --src 101 --dst 102 --device one; echo "exit $?"
sqlite3 kolmi.db "SELECT count(*) FROM callbacks"; ls -A outgoing
