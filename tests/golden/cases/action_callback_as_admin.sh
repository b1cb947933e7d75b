# An admin acting --as demo calls back as demo (demo's id in the row and the call file); operator settings shape the call file.
mkdir outgoing; export KOLMI_CALLBACK_SPOOL="$PWD/outgoing"
sqlite3 kolmi.db "INSERT INTO conflines (name, value, owner_id) VALUES ('Callback_Channel', '{device_type}/{device_name}', 0), ('Callback_Application', 'Dial', 0), ('Callback_Data', 'SIP/trunk/{dst},60', 0), ('Callback_Max_Retries', '2', 0), ('Callback_Archive', 'no', 0)"
kolmi login -u admin -p admin >/dev/null && kolmi --as demo callback --src 37061234567 --dst 37060000000 --device 1; echo "exit $?"
cat outgoing/kolmi-callback-1.call; sqlite3 kolmi.db "SELECT user_id, device_id, status FROM callbacks"
